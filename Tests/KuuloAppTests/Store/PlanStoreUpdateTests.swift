import Foundation
import KuuloCore
import KuuloData
import Testing
@testable import KuuloApp

/// `PlanStore.update`, which `plan redact` and the chat's `/redact` use: the plan is read after the
/// lock is taken, so a save another session made since this one loaded is neither lost nor merged
/// in twice, and nobody can save while the change is made.
@Suite("Plan store: changes under the lock")
struct PlanStoreUpdateTests {
    let schema = DataFiles(embedded: EmbeddedFiles.all).tree("Schema/plan.schema.json") ?? .object([:])

    func folder() -> String {
        let path = NSTemporaryDirectory() + "kuulo-update-" + UUID().uuidString
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    @Test("the change sees another session's later save, holds the lock, and adds exactly one revision")
    func readsUnderLock() throws {
        let path = folder() + "/kuulo-plan.json"
        var first = PlanDocument()
        first.content = ["organisation": ["name": "TYY", "coreMessage": "Soita 040 123 4567"]]
        first.recordRevision(author: "Maija", time: "2026-11-25T10:00:00Z", summary: "setup")
        let ours = PlanStore(path: path, fileSystem: LocalFileSystem(), schema: schema)
        #expect(try ours.save(first) == .saved)
        _ = try ours.load()

        let other = PlanStore(path: path, fileSystem: LocalFileSystem(), schema: schema)
        var theirs = try #require(try other.load())
        theirs.content.setValue("Pekka", at: JSONPointer(tokens: ["monitoring", "owner"]))
        theirs.recordRevision(author: "Pekka", time: "2026-11-25T11:00:00Z", summary: "owner")
        #expect(try other.save(theirs) == .saved)

        let redaction = try PlanRedaction(texts: ["040 123 4567"])
        var lockedDuringChange = false
        let written = try ours.update { current in
            do {
                _ = try LocalFileSystem().lockPlan(path, timeout: 0.2)
            } catch let error as SafeFileError {
                lockedDuringChange = error == .lockTimedOut(lockFile: LocalFileSystem.lockPath(for: path))
            } catch {}
            return redaction.apply(to: current, author: "Maija", time: "2026-11-25T12:00:00Z", summary: "redacted")?.document
        }
        #expect(lockedDuringChange)
        let result = try #require(written)
        #expect(result.revision == 3)
        #expect(result.history.map { $0.author } == ["Maija", "Pekka", "Maija"])
        #expect(result.content["monitoring"]?["owner"] == "Pekka")
        let reread = try #require(try PlanStore(path: path, fileSystem: LocalFileSystem(), schema: schema).load())
        #expect(reread == result)
        #expect(!JSONWriter.compact(reread.json).contains("4567"))
        #expect(try ours.update { _ in nil } == nil)
        #expect(try #require(try other.load()).revision == 3)
    }

    @Test("a start removes the user and line-history files' temporary leftovers once they are stale, nothing else")
    func staleLeftovers() throws {
        let base = folder()
        let history = base + "/history"
        let names = [".history.kuulo-tmp-abcdefABCD12", ".history.kuulo-tmp-short", ".history.other", "history.kuulo-tmp-abcdefABCD12"]
        for name in names { FileManager.default.createFile(atPath: base + "/" + name, contents: Data("x".utf8)) }
        let fresh = base + "/.history.kuulo-tmp-FRESHfresh12"
        FileManager.default.createFile(atPath: fresh, contents: Data("x".utf8))
        let old = Date(timeIntervalSinceNow: -3_600)
        for name in names { try FileManager.default.setAttributes([.modificationDate: old], ofItemAtPath: base + "/" + name) }
        let removed = LocalFileSystem().removeStaleLeftovers(of: history, olderThan: 60)
        #expect(removed == [base + "/.history.kuulo-tmp-abcdefABCD12"])
        let left = try FileManager.default.contentsOfDirectory(atPath: base).sorted()
        #expect(left == [".history.kuulo-tmp-FRESHfresh12", ".history.kuulo-tmp-short", ".history.other", "history.kuulo-tmp-abcdefABCD12"])
    }
}
