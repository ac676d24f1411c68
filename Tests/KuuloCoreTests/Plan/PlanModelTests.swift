import Foundation
import Testing
@testable import KuuloCore

@Suite("Typed plan")
struct PlanModelTests {
    /// A plan file's bytes in the test folder.
    static func planFile(_ name: String) throws -> [UInt8] {
        let url = GoldenFile.folder.appendingPathComponent(name)
        return try #require(FileManager.default.contents(atPath: url.path).map(Array.init), "missing \(name)")
    }

    @Test("an existing plan file decodes to typed values and encodes back to the same bytes", arguments: ["rich-plan.json", "name-only-plan.json"])
    func sameBytes(name: String) throws {
        let bytes = try Self.planFile(name)
        var document = try PlanDocument.decode(bytes, schema: planSchema)
        let plan = document.plan
        document.content = plan.json
        #expect(document.encodedBytes() == bytes)
    }

    @Test("a plan saved before the typed plan, with a draft key nothing reads any more, keeps its bytes")
    func legacyDraftKeysKeepTheirBytes() throws {
        var legacy = ExportFixtures.rich()
        legacy.content.setValue(["fi", "en"], at: JSONPointer(tokens: ["calendar", "drafts", "1", "languages"]))
        legacy.content.setValue(nil, at: JSONPointer(tokens: ["calendar", "drafts", "1", "otherLanguages"]))
        let bytes = legacy.encodedBytes()
        var document = try PlanDocument.decode(bytes, schema: planSchema)
        #expect(document.plan.draft("1")?.unknown["languages"] == ["fi", "en"])
        document.content = document.plan.json
        #expect(document.encodedBytes() == bytes)
    }

    @Test("the fixture plans read every part they hold into typed values")
    func richPlanIsTyped() throws {
        let document = ExportFixtures.rich()
        let plan = document.plan
        // The imported results and the listening log have their own readers (InsightsLog, ListeningLog).
        #expect(Set(plan.unknown.keys).isSubset(of: ["insights", "listening"]))
        #expect(InsightsLog(content: document.content).posts.count == 5)
        #expect(ListeningLog(content: document.content).entries.count == 6)
        #expect(plan.organisation?.shortName == "KYY")
        #expect(plan.organisation?.publicContacts?.emails == ["viestinta@kyy.example"])
        #expect(plan.trustees?["maija-meikalainen"]?.name == "Maija Meikäläinen")
        #expect(plan.trustees?["ville-virtanen"]?.onboarding?.resumeAt == 4)
        #expect(plan.channels?["instagram"]?.cadence?.max == 3)
        #expect(plan.channels?["tiktok"]?.inUse == false)
        #expect(plan.hashtags?.sets?["tapahtumat"]?.tags == ["#KYY", "#KYYSyysbileet"])
        #expect(plan.draft("1")?.status == .approved)
        #expect(plan.draft("2")?.status == .review)
        #expect(plan.draft("1")?.unknown.isEmpty == true)
        #expect(plan.signatures?.adminsListed == true)
    }

    @Test("members a newer Kuulo writes, and known members of an unexpected shape, survive a round trip")
    func unknownMembersSurvive() {
        let content: JSONValue = [
            "organisation": ["name": "KYY", "mascot": ["name": "Kuulo-kettu"], "goals": "one goal as a string"],
            "listening": ["sources": ["rss"]],
            "calendar": ["drafts": [
                "1": ["status": "archived", "channels": ["instagram"], "media": "image", "altText": "Kuva", "boost": 3,
                      "texts": ["instagram": ["fi": "Hei"]]],
                "2": ["media": [["kind": "video", "captions": true]], "texts": ["x": "not an object"]],
            ]],
            "trustees": ["aino": ["name": "Aino", "onboarding": ["tips": ["1": ["completedAt": "2026-01-01T00:00:00Z"]]]]],
        ]
        let plan = Plan(json: content)
        #expect(plan.json == content)
        #expect(plan.unknown["listening"] != nil)
        #expect(plan.organisation?.unknown["mascot"] != nil)
        #expect(plan.organisation?.goals == nil)
        #expect(plan.organisation?.unknown["goals"] == "one goal as a string")
        #expect(plan.draft("1")?.status == nil)
        #expect(plan.draft("1")?.unknown["status"] == "archived")
        #expect(plan.draft("2")?.texts == nil)
        #expect(plan.draft("2")?.shownMedia == [Draft.ShownMedia(kind: "video", altText: nil)])
    }

    @Test("a changed typed value is written where the flows write it, the rest untouched")
    func editWritesBack() {
        var plan = Plan(json: ["trustees": ["matti": ["role": "pj", "x": 1]]])
        plan.trustees?["matti"]?.name = "Matti Meikäläinen"
        #expect(plan.json == ["trustees": ["matti": ["role": "pj", "x": 1, "name": "Matti Meikäläinen"]]])
    }
}
