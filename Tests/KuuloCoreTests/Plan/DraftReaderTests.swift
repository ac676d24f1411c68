import Testing
@testable import KuuloCore

@Suite("One draft reader")
struct DraftReaderTests {
    /// A draft as the drafting flow writes and assembles it.
    static let flowDraft: JSONValue = [
        "channels": ["instagram", "facebook"], "keyMessage": "Syysbileet!", "language": "fi", "otherLanguages": ["en", "sv"],
        "versions": ["en": "Autumn party!"], "media": "image", "altText": "Tanssijoita", "status": "review",
        "texts": ["facebook": ["en": "Autumn party!", "fi": "Syysbileet!"], "instagram": ["fi": "Syysbileet! #KYY", "en": "   "]],
    ]

    @Test("languages: the one it is written in, then the other versions it needs, as the flow writes them")
    func languages() {
        let draft = Draft(number: "1", json: Self.flowDraft)
        #expect(draft.languages == ["fi", "en", "sv"])
        #expect(draft.otherLanguages(besides: "fi") == ["en", "sv"])
        #expect(Draft(number: "2", json: ["texts": ["x": ["en": "a", "fi": "b"]]]).languages == ["en", "fi"])
        // A key nothing writes is kept, not read.
        let legacy = Draft(number: "3", json: ["languages": ["en"], "language": "fi"])
        #expect(legacy.languages == ["fi"])
        #expect(legacy.unknown["languages"] == ["en"])
    }

    @Test("channels: the chosen list, then any channel it has a text for")
    func channels() {
        #expect(Draft(number: "1", json: Self.flowDraft).allChannels == ["instagram", "facebook"])
        let handEdited = Draft(number: "2", json: ["channels": ["website"], "texts": ["newsletter": ["fi": "a"], "website": ["fi": "b"]]])
        #expect(handEdited.allChannels == ["website", "newsletter"])
        #expect(Draft(number: "3", json: ["texts": ["website": ["fi": "b"], "newsletter": ["fi": "a"]]]).allChannels == ["newsletter", "website"])
    }

    @Test("texts in channel order, then language order; blank ones left out; narrowed by channel and language")
    func texts() {
        let draft = Draft(number: "1", json: Self.flowDraft)
        #expect(draft.textEntries().map { "\($0.channel)/\($0.language)" } == ["instagram/fi", "facebook/fi", "facebook/en"])
        #expect(draft.textEntries(channels: ["facebook"], language: "en").map(\.text) == ["Autumn party!"])
        // kuulo check --draft and plan export --draft read the same.
        #expect(DraftTextExport.entries(of: Self.flowDraft) == draft.textEntries())
    }

    @Test("the schedule checks, the calendar and the export see the same channels and media")
    func everyReaderAgrees() {
        let json: JSONValue = ["texts": ["website": ["fi": "b"]], "scheduledAt": "2026-12-01T18:00", "media": [["kind": "video"], ["altText": "Kuva"]]]
        let schedule = DraftSchedule(draft: json, number: "4")
        #expect(schedule.channels == ["website"])
        #expect(schedule.media == "video")
        #expect(schedule.altText == nil)
        let posts = CalendarPost.posts(in: ["calendar": ["drafts": ["4": json]]], excluding: nil)
        #expect(posts.map(\.channels) == [["website"]])
        let shown = PlanDraft(Draft(number: "4", json: json))
        #expect(shown.allChannels == ["website"])
        #expect(shown.media == [Draft.ShownMedia(kind: "video", altText: nil), Draft.ShownMedia(kind: "image", altText: "Kuva")])
        #expect(shown.allLanguages == ["fi"])
        let flow = DraftSchedule(draft: Self.flowDraft, number: "1")
        #expect(flow.media == "image")
        #expect(flow.altText == "Tanssijoita")
    }

    @Test("status is one of four; anything else is kept as written and read as none")
    func status() {
        #expect(Draft(number: "1", json: Self.flowDraft).status == .review)
        #expect(Draft(number: "1", json: ["status": "approved"]).status == .approved)
        let unknown = Draft(number: "1", json: ["status": "scheduled"])
        #expect(unknown.status == nil)
        #expect(unknown.currentStatus == .draft)
        #expect(unknown.json == ["status": "scheduled"])
    }
}
