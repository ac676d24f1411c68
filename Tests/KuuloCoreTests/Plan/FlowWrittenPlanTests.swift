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
        for account in (plan.accounts ?? [:]).values {
            found += account.unknown.keys.map { "/accounts/\(account.id)/" + $0 }
        }
        for event in (plan.annualCalendar ?? [:]).values {
            found += event.unknown.keys.map { "/annualCalendar/\(event.id)/" + $0 }
        }
        found += (plan.moderation?.unknown.keys).map { $0.map { "/moderation/" + $0 } } ?? []
        found += (plan.dataProtection?.unknown.keys).map { $0.map { "/dataProtection/" + $0 } } ?? []
        found += (plan.approval?.unknown.keys).map { $0.map { "/approval/" + $0 } } ?? []
        found += (plan.organisation?.publicContacts?.unknown.keys).map { $0.map { "/organisation/publicContacts/" + $0 } } ?? []
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

    @Test("the board's sections: trustees added, edited and removed; accounts, the annual calendar, moderation, privacy, approval")
    func boardSections() throws {
        var chat = ChatHarness(language: .fi)
        chat.send("Tampereen ylioppilaskunta", "TYY", "", "", "", "Maija Meikäläinen", "viestintävastaava")
        chat.send("/luottamustoimija", "Matti Virtanen", "puheenjohtaja", "Matti, TYY:n pj", "matti@tyy.example")
        #expect(chat.content["trustees"]?["matti-virtanen"]?["role"] == "puheenjohtaja", "kept under the id setup would give him")
        #expect(chat.content["trustees"]?["1"] == nil)
        chat.send("/luottamustoimija matti", "", "varapuheenjohtaja", "", "")
        #expect(chat.content["trustees"]?["matti-virtanen"]?["role"] == "varapuheenjohtaja")
        #expect(chat.content["trustees"]?["matti-virtanen"]?["signature"] == "Matti, TYY:n pj", "Enter keeps an answer")
        #expect(chat.send("/luottamustoimija poista pekka").contains("”pekka” ei löydy suunnitelmasta. Suunnitelmassa on: Maija Meikäläinen, Matti Virtanen."))
        chat.send("/tilit", "instagram", "@tyy_ry", "1, 2", "k", "", "")
        chat.send("/tilit", "facebook-sivu", "facebook.com/tyy", "Matti", "e", "", "")
        #expect(chat.content["accounts"]?["2"]?["twoFactor"] == false)
        chat.send("/vuosikello", "Vappu", "5", "1", "")
        chat.send("/vuosikello", "Vaalit", "13")
        #expect(chat.all.contains("Kirjoita kuukausi nimellä tai numerolla"), "a month outside 1–12 is refused")
        chat.send("lokakuussa", "", "")
        #expect(chat.content["annualCalendar"]?["2"]?["month"] == .int(10), "a month's name in any form is its number")
        #expect(chat.all.contains("Kuukausi: lokakuu"), "and the summary says the month's name")
        chat.send("/moderointi", "", "", "", "puheenjohtaja", "")
        chat.send("/tietosuoja", "", "", "jaettu kansio", "hallitus", "")
        chat.send("/hyväksyntä", "2027", "12.1.2027", "")
        chat.send("/luottamustoimija poista matti")
        #expect(chat.content["trustees"]?["matti-virtanen"] == nil)
        #expect(chat.session.document.history.last?.summary == "Poistettu: Matti Virtanen")
        chat.send("/tilit poista 2")
        #expect(chat.content["accounts"]?["2"] == nil)
        #expect(chat.content["annualCalendar"]?["2"]?["month"] == 10)
        #expect(chat.content["moderation"]?["decides"] == "puheenjohtaja")
        #expect(chat.content["moderation"]?["hide"]?.arrayValue?.isEmpty == false, "the suggested rules were taken")
        #expect(chat.content["approval"]?["label"] == "2027")
        let plan = Plan(json: chat.content)
        #expect(plan.json == chat.content)
        #expect(Self.unknownMembers(plan) == [])
    }
}
