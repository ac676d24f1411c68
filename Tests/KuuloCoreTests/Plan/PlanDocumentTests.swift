import KuuloData
import Testing
@testable import KuuloCore

/// The shipped plan schema, for decoding in tests.
let planSchema: JSONValue = DataFiles(embedded: EmbeddedFiles.all).tree("Schema/plan.schema.json") ?? .object([:])

func pointer(_ text: String) -> JSONPointer {
    JSONPointer(text) ?? JSONPointer()
}

@Suite("Plan document")
struct PlanDocumentTests {
    @Test("revisions record field-level changes and replay to any earlier state")
    func revisionsReplay() {
        var document = PlanDocument()
        document.content.setValue("TYY", at: pointer("/organisation/shortName"))
        let first = document.recordRevision(author: "Maija", time: "2026-11-25T10:00:00Z", summary: "Setup")
        #expect(first?.number == 1)
        document.content.setValue(["kuuntelu"], at: pointer("/organisation/values"))
        document.content.setValue("Tampereen ylioppilaskunta", at: pointer("/organisation/name"))
        let second = document.recordRevision(author: "Maija", time: "2026-11-25T10:05:00Z", summary: "More")
        #expect(second?.changes.map(\.path.description) == ["/organisation/name", "/organisation/values"])
        #expect(document.revision == 2)
        #expect(document.content(atRevision: 1) == ["organisation": ["shortName": "TYY"]])
        #expect(document.content(atRevision: 0) == .object([:]))
        #expect(document.content(atRevision: 3) == nil)
        #expect(!document.hasUnrecordedChanges)
        #expect(document.recordRevision(author: "Maija", time: "t", summary: "nothing") == nil)
    }

    @Test("restore brings back an old state as a new revision")
    func restore() {
        var document = PlanDocument()
        document.content.setValue("A", at: pointer("/organisation/name"))
        document.recordRevision(author: "a", time: "t1", summary: "one")
        document.content.setValue("B", at: pointer("/organisation/name"))
        document.recordRevision(author: "a", time: "t2", summary: "two")
        let restored = document.restore(revision: 1, author: "b", time: "t3", summary: "restore 1")
        #expect(restored?.number == 3)
        #expect(document.content["organisation"]?["name"] == "A")
        #expect(restored?.changes == [PlanChange(path: pointer("/organisation/name"), before: "B", after: "A")])
    }

    @Test("encoding and decoding give the same document, with unknown fields kept")
    func roundTrip() throws {
        var document = PlanDocument()
        document.content = ["organisation": ["name": "Ä"], "futureField": ["kept": true]]
        document.unknownMembers = ["addedByNewerKuulo": "yes"]
        document.recordRevision(author: "Maija", time: "2026-11-25T10:00:00Z", summary: "Setup")
        let text = document.encoded()
        #expect(text.hasSuffix("}\n"))
        #expect(text.hasPrefix("{\n  \"schemaVersion\": 1,\n  \"revision\": 1,"))
        let decoded = try PlanDocument.decode(Array(text.utf8), schema: planSchema)
        #expect(decoded == document)
        #expect(decoded.encoded() == text)
    }

    @Test("a newer schemaVersion is refused")
    func tooNew() {
        #expect(throws: PlanError.tooNew(found: 2, supported: 1)) {
            try PlanDocument.decode(Array(#"{"schemaVersion": 2, "revision": 0, "plan": {}, "history": []}"#.utf8), schema: planSchema)
        }
    }

    @Test("JSON without schemaVersion is not a plan")
    func notAPlan() {
        #expect(throws: PlanError.notAPlan) {
            try PlanDocument.decode(Array(#"{"hello": 1}"#.utf8), schema: planSchema)
        }
        #expect(throws: PlanError.notAPlan) {
            try PlanDocument.decode(Array("[1, 2]".utf8), schema: planSchema)
        }
    }

    @Test("wrong types are reported with their JSON path")
    func wrongTypes() {
        let text = #"{"schemaVersion": 1, "revision": 0, "plan": {"organisation": {"values": "listening"}}, "history": []}"#
        #expect(throws: PlanError.invalid([SchemaViolation(path: "$.plan.organisation.values", expected: "array", found: "string")])) {
            try PlanDocument.decode(Array(text.utf8), schema: planSchema)
        }
    }

    @Test("a revision count that does not match the history is refused")
    func revisionMismatch() {
        let text = #"{"schemaVersion": 1, "revision": 3, "plan": {}, "history": []}"#
        #expect(throws: PlanError.invalid([SchemaViolation(path: "$.revision", expected: "0", found: "3")])) {
            try PlanDocument.decode(Array(text.utf8), schema: planSchema)
        }
    }

    @Test("a truncated file is a syntax error")
    func truncated() throws {
        var document = PlanDocument()
        document.content.setValue("X", at: pointer("/organisation/name"))
        document.recordRevision(author: "a", time: "t", summary: "s")
        let bytes = Array(document.encoded().utf8)
        let cut = Array(bytes.prefix(bytes.count / 2))
        #expect(throws: PlanError.self) { try PlanDocument.decode(cut, schema: planSchema) }
        do {
            _ = try PlanDocument.decode(cut, schema: planSchema)
        } catch {
            guard case .syntax(let syntax) = error else {
                Issue.record("expected a syntax error, got \(error)")
                return
            }
            #expect(syntax.kind == .unexpectedEnd)
        }
    }

    @Test("history grows by the change: 1,000 small edits to a 200 KB plan stay far under 10 MB")
    func historyGrowsByChange() {
        var document = PlanDocument()
        let filler = String(repeating: "sisältöä ", count: 20)
        for index in 0..<1_200 {
            document.content.setValue(.string(filler + String(index)), at: pointer("/notes/n\(index)"))
        }
        document.recordRevision(author: "a", time: "t", summary: "bulk")
        let baseSize = document.encoded().utf8.count
        #expect(baseSize > 200_000)
        for index in 0..<1_000 {
            document.content.setValue(.string("edit \(index)"), at: pointer("/organisation/coreMessage"))
            document.recordRevision(author: "a", time: "2026-11-25T10:00:00Z", summary: "edit \(index)")
        }
        let size = document.encoded().utf8.count
        #expect(document.revision == 1_001)
        #expect(size < 10_000_000)
        // Each small edit adds well under a kilobyte: the change, not a copy of the plan.
        #expect(size - baseSize < 1_000 * 1_000)
    }
}

@Suite("Plan migration")
struct PlanMigrationTests {
    @Test("steps apply in order and set the version; a missing step stops the migration")
    func steps() {
        let renameStep = PlanMigration(from: 1) { value in
            var result = value
            if let old = value.value(at: pointer("/plan/org")) {
                result.setValue(old, at: pointer("/plan/organisation"))
                result.setValue(nil, at: pointer("/plan/org"))
            }
            return result
        }
        let addStep = PlanMigration(from: 2) { value in
            var result = value
            result.setValue(.array([]), at: pointer("/plan/wordList"))
            return result
        }
        let fixture: JSONValue = ["schemaVersion": 1, "plan": ["org": ["name": "TYY"]]]
        let migrated = PlanMigration.migrate(fixture, from: 1, to: 3, using: [addStep, renameStep])
        #expect(migrated == ["schemaVersion": 3, "plan": ["organisation": ["name": "TYY"], "wordList": []]])
        #expect(PlanMigration.migrate(fixture, from: 1, to: 3, using: [renameStep]) == nil)
        #expect(PlanMigration.migrate(fixture, from: 1, to: 1) == fixture)
    }
}
