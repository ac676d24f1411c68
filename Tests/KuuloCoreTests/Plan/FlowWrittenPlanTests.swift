import Testing
@testable import KuuloCore

/// What the flows write is what the typed plan reads: nothing they write is left as an unknown member.
@Suite("Typed plan of what the flows write")
struct FlowWrittenPlanTests {
    /// Every unknown member in a typed plan, by where it is.
    static func unknownMembers(_ plan: Plan) -> [String] {
        var found = plan.unknown.keys.map { "/" + $0 }
        found += (plan.organisation?.unknown.keys).map { $0.map { "/organisation/" + $0 } } ?? []
        for trustee in (plan.trustees ?? [:]).values {
            found += trustee.unknown.keys.map { "/trustees/\(trustee.id)/" + $0 }
        }
        for draft in plan.drafts.values {
            found += draft.unknown.keys.map { "/calendar/drafts/\(draft.number)/" + $0 }
        }
        for channel in (plan.channels ?? [:]).values {
            found += channel.unknown.keys.map { "/channels/\(channel.id)/" + $0 }
        }
        return found.sorted()
    }

    @Test("setup and a draft in two languages write only members the typed plan knows, and read back unchanged")
    func setupAndDraft() throws {
        var chat = ChatHarness(language: .fi)
        chat.send("Tampereen ylioppilaskunta", "TYY", "", "1, 3", "", "Maija Meikäläinen", "viestintävastaava")
        #expect(chat.session.flow == nil)
        chat.session.document.content.setValue(["kind": "facebook-page", "purpose": "Tapahtumakutsut"], at: JSONPointer(tokens: ["channels", "facebook-page"]))
        chat.session.services.checkServices = { LanguageServices.none }
        chat.send("/luonnos", "facebook", "", "Syyskokous pidetään tiistaina.", "", "Tule paikalle!", "https://tyy.fi/kokous", "englanti")
        chat.send("The autumn meeting is on Tuesday. Come along!", "", "", "", "", "")
        #expect(chat.session.flow == nil)
        let plan = Plan(json: chat.content)
        #expect(plan.json == chat.content)
        #expect(Self.unknownMembers(plan) == [])
        let draft = try #require(plan.draft("1"))
        #expect(draft.language == "fi")
        #expect(draft.otherLanguages == ["en"])
        #expect(draft.status == .draft)
        #expect(draft.languages == ["fi", "en"])
        #expect(draft.textEntries().map(\.language) == ["fi", "en"])
        #expect(plan.trustees?["maija-meikalainen"]?.name == "Maija Meikäläinen")
    }
}
