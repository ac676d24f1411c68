import Testing
@testable import KuuloCore

/// Answers to the eight tips, in Finnish, by step id, as a trustee would type them; a step left out
/// is answered with Enter (its default, or nothing).
let finnishTipAnswers: [String: [String]] = [
    "keywords": ["TYY", "Tampereen ylioppilaskunta"],
    "monitoredHashtags": ["#Vappu2026", "TYYläiset"],
    "monitoredAccounts": ["@tamperelaiset", "Tampereen yliopisto"],
    "monitoringFrequency": ["3"],
    "likeAndComment": ["jäsenjärjestöjen tapahtumat"],
    "organisationAccountRules": ["vain sovitut ylläpitäjät julkaisevat"],
    "personalAccountRules": ["kerro, kun puhut omissa nimissäsi"],
    "hashtagIdeas": ["TYY", "Vappu2026"],
    "reviewRhythm": ["2"],
    "encouragement": ["tilinvaltaukset"],
    "criticism": ["Kiitämme, vastaamme faktoilla ja tarjoamme yksityisviestiä."],
    "crisisDecider": ["hallituksen puheenjohtaja"],
    "escalation": ["puheenjohtaja", "pääsihteeri"],
    "adminsListed": ["k"],
]

/// The same in English.
let englishTipAnswers: [String: [String]] = [
    "keywords": ["ESU", "Example Student Union"],
    "monitoredHashtags": ["#ESUgala"],
    "monitoredAccounts": ["@exampleuni"],
    "monitoringOwner": ["Alex and Sam"],
    "monitoringFrequency": ["1"],
    "likeAndComment": ["members' achievements"],
    "responseTime": ["3"],
    "organisationAccountRules": ["only agreed admins post"],
    "personalAccountRules": ["say when you speak for yourself"],
    "hashtagIdeas": ["ESU", "ESUgala2026"],
    "measures": ["reach", "comments"],
    "reviewRhythm": ["3"],
    "encouragement": ["story templates"],
    "criticism": ["We thank, give the facts and offer a private channel."],
    "crisisDecider": ["chair of the board"],
    "escalation": ["chair"],
    "signature": ["– Alex / ESU"],
    "adminsListed": ["no"],
]

func setUpPlan(language: Language) -> PlanDocument {
    var document = PlanDocument()
    let values: JSONValue = language == .fi ? ["kuuntelu", "vuorovaikutus", "opiskelijalähtöisyys"] : ["listening", "openness"]
    document.content = ["organisation": ["name": "Tampereen ylioppilaskunta", "shortName": language == .fi ? "TYY" : "ESU", "values": values],
                        "trustees": ["maija": ["name": "Maija", "role": "viestintävastaava"]]]
    document.recordRevision(author: "Maija", time: "2026-11-25T10:00:00Z", summary: "setup")
    return document
}

@Suite("Onboarding flow")
struct OnboardingFlowTests {
    @Test("the eight tips in Finnish: every answer lands in the plan, progress is recorded, one revision at the end")
    func finnishOnboarding() throws {
        var chat = ChatHarness(language: .fi, user: "Maija", document: setUpPlan(language: .fi))
        let opening = chat.send("/vinkit")
        #expect(opening.contains("Vinkki 1/8: Seuraa, mitä järjestöstänne puhutaan"))
        #expect(opening.contains("Vinkki tukee arvojanne: kuuntelu, opiskelijalähtöisyys."))
        chat.answerFlow(finnishTipAnswers)
        let plan = chat.content
        #expect(plan["monitoring"]?["keywords"] == ["TYY", "Tampereen ylioppilaskunta"])
        #expect(plan["monitoring"]?["hashtags"] == ["#Vappu2026", "#TYYläiset"])
        #expect(plan["monitoring"]?["accounts"] == ["@tamperelaiset", "Tampereen yliopisto"])
        #expect(plan["monitoring"]?["owner"] == "Maija")
        #expect(plan["monitoring"]?["frequency"] == "weekly")
        #expect(plan["engagement"]?["likeAndComment"] == ["jäsenjärjestöjen tapahtumat"])
        #expect(plan["engagement"]?["responseTime"] == "1-day")
        #expect(plan["groundRules"]?["organisationAccounts"] == ["vain sovitut ylläpitäjät julkaisevat"])
        #expect(plan["groundRules"]?["personalAccounts"] == ["kerro, kun puhut omissa nimissäsi"])
        #expect(plan["hashtags"]?["ideas"] == ["#TYY", "#Vappu2026"])
        #expect(plan["metrics"]?["measures"] == ["tavoittavuus", "kommentit ja vastaukset", "jaot", "mitä jäsenet kysyvät ja ehdottavat"])
        #expect(plan["metrics"]?["reviewRhythm"] == "termly")
        #expect(plan["sharing"]?["encouragement"] == ["tilinvaltaukset"])
        #expect(plan["crisis"]?["criticism"] == "Kiitämme, vastaamme faktoilla ja tarjoamme yksityisviestiä.")
        #expect(plan["crisis"]?["decider"] == "hallituksen puheenjohtaja")
        #expect(plan["crisis"]?["escalation"] == ["puheenjohtaja", "pääsihteeri"])
        #expect(plan["trustees"]?["maija"]?["signature"] == "– Maija, TYY")
        #expect(plan["signatures"]?["adminsListed"] == true)
        let onboarding = try #require(plan["trustees"]?["maija"]?["onboarding"])
        #expect(onboarding["tips"]?.objectValue?.keys.sorted() == ["1", "2", "3", "4", "5", "6", "7", "8"])
        #expect(onboarding["completedAt"] != nil)
        #expect(onboarding["startedAt"] != nil)
        #expect(onboarding["resumeAt"] == nil)
        #expect(chat.session.flow == nil)
        #expect(chat.session.document.revision == 2)
        #expect(chat.session.document.history.last?.summary == "Perehdytys")
        #expect(chat.all.contains("Suunnitelmaan lisättiin:"))
        #expect(chat.all.contains("• Seurattavat aihetunnisteet: #Vappu2026, #TYYläiset"))
        #expect(chat.all.contains("Siinä olivat kaikki kahdeksan vinkkiä, Maija."))
        #expect(chat.persists >= 18)
    }

    @Test("the eight tips in English, with plan values matched by their English names")
    func englishOnboarding() {
        var chat = ChatHarness(language: .en, user: "Maija", document: setUpPlan(language: .en))
        let opening = chat.send("/tips")
        #expect(opening.contains("Tip 1/8: "))
        #expect(opening.contains("The tip supports your values: listening."))
        chat.answerFlow(englishTipAnswers)
        let plan = chat.content
        #expect(plan["monitoring"]?["owner"] == "Alex and Sam")
        #expect(plan["monitoring"]?["frequency"] == "daily")
        #expect(plan["engagement"]?["responseTime"] == "2-working-days")
        #expect(plan["metrics"]?["measures"] == ["reach", "comments"])
        #expect(plan["metrics"]?["reviewRhythm"] == "after-campaigns")
        #expect(plan["trustees"]?["maija"]?["signature"] == "– Alex / ESU")
        #expect(plan["signatures"]?["adminsListed"] == false)
        #expect(chat.session.document.history.last?.summary == "Onboarding")
        #expect(chat.all.contains("That's all eight tips, Maija."))
    }

    @Test("quitting at tip 5 and coming back resumes at tip 5")
    func resume() {
        var chat = ChatHarness(language: .fi, user: "Maija", document: setUpPlan(language: .fi))
        chat.send("/vinkit")
        chat.answerFlow(finnishTipAnswers, until: "measures")
        #expect(chat.all.contains("Vinkki 5/8"))
        chat.absorb(chat.session.endOfInput())
        #expect(chat.exitCode == 0)
        let saved = chat.session.document
        #expect(saved.content["trustees"]?["maija"]?["onboarding"]?["resumeAt"] == 5)
        #expect(saved.history.last?.summary == "Perehdytys – kesken")

        var again = ChatHarness(language: .fi, user: "Maija", document: saved)
        #expect(again.all.contains("olet vinkissä 5/8"))
        let reply = again.send("/vinkit")
        #expect(reply.contains("Jatketaan vinkistä 5."))
        #expect(reply.contains("Vinkki 5/8"))
        #expect(reply.contains("Mistä näette, mitkä julkaisut kiinnostavat"))
        #expect(!reply.contains("Vinkki 1/8"))
    }

    @Test("a second trustee sees the first one's answers and keeps, adds to or changes them")
    func secondTrustee() {
        var first = ChatHarness(language: .fi, user: "Maija", document: setUpPlan(language: .fi))
        first.send("/vinkit")
        first.answerFlow(finnishTipAnswers)
        var second = ChatHarness(language: .fi, user: "Pekka", document: first.session.document)
        let opening = second.send("/vinkit")
        #expect(opening.contains("Nyt: TYY, Tampereen ylioppilaskunta"))
        #expect(opening.contains("Enter pitää listan"))
        second.answer("keywords", "")
        second.answer("monitoredHashtags", "+#Hervanta", "")
        second.answer("monitoredAccounts", "")
        second.answer("monitoringOwner", "Pekka")
        #expect(second.content["monitoring"]?["keywords"] == ["TYY", "Tampereen ylioppilaskunta"])
        #expect(second.content["monitoring"]?["hashtags"] == ["#Vappu2026", "#TYYläiset", "#Hervanta"])
        #expect(second.content["monitoring"]?["accounts"] == ["@tamperelaiset", "Tampereen yliopisto"])
        #expect(second.content["monitoring"]?["owner"] == "Pekka")
        #expect(second.content["trustees"]?["maija"]?["onboarding"]?["completedAt"] != nil)
        let status = second.send("/suunnitelma")
        #expect(status.contains("Perehdytys (kahdeksan vinkkiä):"))
        #expect(status.contains("• Maija: 8/8, valmis"))
        #expect(status.contains("• Pekka: ei aloitettu"))
    }

    @Test("/tips 7 goes through tip 7 only and records just that tip")
    func oneTip() {
        var chat = ChatHarness(language: .en, user: "Maija", document: setUpPlan(language: .en))
        let reply = chat.send("/tips 7")
        #expect(reply.contains("Tip 7/8"))
        let before = chat.transcript.count
        chat.answerFlow(["criticism": ["Calmly, with facts."], "crisisDecider": ["the chair"], "escalation": ["chair"]])
        #expect(chat.session.flow == nil)
        // One tip asked, one tip closed: not "That's all eight tips".
        let closing = chat.transcript[before...].joined(separator: "\n")
        #expect(closing.contains("That tip is done, Maija."), "\(closing)")
        #expect(!closing.contains("all eight"))
        #expect(chat.content["crisis"]?["decider"] == "the chair")
        let onboarding = chat.content["trustees"]?["maija"]?["onboarding"]
        #expect(onboarding?["tips"]?.objectValue?.keys.sorted() == ["7"])
        #expect(onboarding?["completedAt"] == nil)
        #expect(onboarding?["resumeAt"] == 1)
        #expect(chat.send("/tips 9").contains("There is no tip “9”: choose 1–8"))
    }

    @Test("? on a tip's question shows the whole article, and the question goes on")
    func articleHelp() {
        var chat = ChatHarness(language: .fi, user: "Maija", document: setUpPlan(language: .fi))
        chat.send("/vinkit 7")
        let reply = chat.send("?")
        #expect(!reply.contains("(tip-7)"), "no article ids")
        // The article as terminal text: headings without Markdown marks, list items with bullets.
        #expect(reply.contains("\nKäytännössä"))
        #expect(!reply.contains("## "))
        #expect(!reply.contains("<!--"))
        #expect(reply.contains("\n  • "))
        #expect(chat.currentStep?.id == "criticism")
    }

    @Test("a hashtag that would break is refused with the reason, the list goes on")
    func invalidHashtag() {
        var chat = ChatHarness(language: .en, user: "Maija", document: setUpPlan(language: .en))
        chat.send("/tips")
        chat.answer("keywords", "")
        let reply = chat.send("#student-union")
        #expect(reply.contains("would end at “-”"))
        chat.send("#2026")
        #expect(chat.all.contains("is only digits"))
        chat.send("#StudentUnion", "")
        #expect(chat.content["monitoring"]?["hashtags"] == ["#StudentUnion"])
    }
}
