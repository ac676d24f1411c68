import Foundation
import KuuloCore
import KuuloData
import Testing
@testable import KuuloApp

@Suite("Plan store")
struct PlanStoreTests {
    let schema = DataFiles(embedded: EmbeddedFiles.all).tree("Schema/plan.schema.json") ?? .object([:])

    func document(name: String) -> PlanDocument {
        var document = PlanDocument()
        document.content = ["organisation": ["name": .string(name)]]
        document.recordRevision(author: "Maija", time: "2026-11-25T10:00:00Z", summary: "setup")
        return document
    }

    @Test("a missing file loads as nil and the first save creates it")
    func createsFile() throws {
        let files = MemoryFileSystem()
        let store = PlanStore(path: "kuulo-plan.json", fileSystem: files, schema: schema)
        #expect(try store.load() == nil)
        #expect(try store.save(document(name: "TYY")) == .saved)
        #expect(files.text("kuulo-plan.json").contains("\"TYY\""))
        #expect(files.modes["kuulo-plan.json"] == 0o600)
    }

    @Test("a broken file is reported and never overwritten")
    func brokenFileUntouched() {
        let files = MemoryFileSystem()
        files.files["kuulo-plan.json"] = Array("{\"schemaVersion\": 1, \"plan\": {".utf8)
        let store = PlanStore(path: "kuulo-plan.json", fileSystem: files, schema: schema)
        #expect(throws: PlanStoreError.self) { try store.load() }
        #expect(files.writes == 0)
    }

    @Test("someone else's save to other fields is merged, not overwritten")
    func mergesOtherSession() throws {
        let files = MemoryFileSystem()
        let first = PlanStore(path: "p.json", fileSystem: files, schema: schema)
        #expect(try first.save(document(name: "TYY")) == .saved)
        let second = PlanStore(path: "p.json", fileSystem: files, schema: schema)
        var theirs = try #require(try second.load())
        var ours = try #require(try first.load())
        theirs.content.setValue("weekly", at: JSONPointer(tokens: ["monitoring", "frequency"]))
        #expect(try second.save(theirs) == .saved)
        ours.content.setValue("Pekka", at: JSONPointer(tokens: ["monitoring", "owner"]))
        guard case .merged(let outcome) = try first.save(ours) else {
            Issue.record("expected a merge")
            return
        }
        let merged = outcome.document
        #expect(merged.content["monitoring"] == ["frequency": "weekly", "owner": "Pekka"])
        let onDisk = try PlanDocument.decode(files.files["p.json"] ?? [], schema: schema)
        #expect(onDisk.content == merged.content)
    }

    @Test("a real conflict writes nothing and reports the field")
    func conflictWritesNothing() throws {
        let files = MemoryFileSystem()
        let first = PlanStore(path: "p.json", fileSystem: files, schema: schema)
        _ = try first.save(document(name: "TYY"))
        let second = PlanStore(path: "p.json", fileSystem: files, schema: schema)
        var theirs = try #require(try second.load())
        var ours = try #require(try first.load())
        theirs.content.setValue("Theirs", at: JSONPointer(tokens: ["organisation", "name"]))
        _ = try second.save(theirs)
        let before = files.files["p.json"]
        ours.content.setValue("Ours", at: JSONPointer(tokens: ["organisation", "name"]))
        guard case .conflicts(let outcome) = try first.save(ours) else {
            Issue.record("expected a conflict")
            return
        }
        #expect(outcome.conflicts.map(\.path.description) == ["/organisation/name"])
        #expect(files.files["p.json"] == before)
        // Once settled, the next save goes through against what the other side saved.
        let settled = PlanMerge.resolve(outcome, keepingOurs: [JSONPointer(tokens: ["organisation", "name"]): true])
        #expect(try first.save(settled) == .saved)
        #expect(files.text("p.json").contains("\"Ours\""))
    }

    @Test("a folder that cannot take the file is an error, not a crash")
    func unwritableFolder() {
        let files = MemoryFileSystem()
        files.writableFolders = []
        let store = PlanStore(path: "locked/p.json", fileSystem: files, schema: schema)
        #expect(!store.canCreate())
        #expect(throws: PlanStoreError.unwritableDirectory("locked")) { try store.save(document(name: "X")) }
    }
}
