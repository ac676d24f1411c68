import Foundation
import Testing

@Suite("End to end: onboarding piped into the binary")
struct OnboardingEndToEndTests {
    static let finnishSetup: [String: [String]] = ["name": ["Tampereen ylioppilaskunta"], "shortName": ["TYY"],
                                                   "userName": ["Maija Meikäläinen"], "userRole": ["viestintävastaava"]]
    /// The eight tips by step id; a step left out gets Enter (its default, or nothing).
    static let finnishTips: [String: [String]] = [
        "keywords": ["TYY", "Tampereen ylioppilaskunta"],
        "monitoredHashtags": ["#Vappu2026"],
        "monitoredAccounts": ["@tamperelaiset"],
        "monitoringFrequency": ["3"],
        "likeAndComment": ["jäsenjärjestöjen tapahtumat"],
        "organisationAccountRules": ["vain sovitut ylläpitäjät julkaisevat"],
        "personalAccountRules": ["kerro, kun puhut omissa nimissäsi"],
        "selfApproval": ["e"],
        "hashtagIdeas": ["TYY", "Vappu2026"],
        "reviewRhythm": ["2"],
        "encouragement": ["tilinvaltaukset"],
        "criticism": ["Kiitämme, vastaamme faktoilla ja tarjoamme yksityisviestiä."],
        "crisisDecider": ["hallituksen puheenjohtaja"],
        "escalation": ["puheenjohtaja"],
        "adminsListed": ["k"],
    ]

    @Test("from an empty folder: setup and all eight tips in Finnish; every answer and the progress are in the file")
    func finnish() throws {
        let folder = BinaryRunner.makeFolder()
        var input = PipedInput(language: .fi)
        input.answer(Self.finnishSetup)
        input.send("/vinkit")
        input.answer(Self.finnishTips)
        input.send("/suunnitelma")
        let result = try BinaryRunner.run(["--lang", "fi"], input: input.text, folder: folder)
        #expect(result.code == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Vinkki 8/8"))
        #expect(result.stdout.contains("• Maija Meikäläinen: 8/8, valmis"))
        let plan = BinaryRunner.json(folder + "/kuulo-plan.json")
        #expect(plan.at("plan", "monitoring", "keywords") as? [String] == ["TYY", "Tampereen ylioppilaskunta"])
        #expect(plan.at("plan", "monitoring", "hashtags") as? [String] == ["#Vappu2026"])
        #expect(plan.at("plan", "monitoring", "owner") as? String == "Maija Meikäläinen")
        #expect(plan.at("plan", "engagement", "responseTime") as? String == "1-day")
        #expect(plan.at("plan", "hashtags", "ideas") as? [String] == ["#TYY", "#Vappu2026"])
        #expect(plan.at("plan", "crisis", "escalation") as? [String] == ["puheenjohtaja"])
        #expect(plan.at("plan", "trustees", "maija-meikalainen", "signature") as? String == "– Maija, TYY")
        #expect(plan.at("plan", "signatures", "adminsListed") as? Bool == true)
        #expect(plan.at("plan", "groundRules", "selfApproval") as? Bool == false, "a second trustee approves posts")
        let tips = plan.at("plan", "trustees", "maija-meikalainen", "onboarding", "tips") as? [String: Any]
        #expect(tips?.keys.sorted() == ["1", "2", "3", "4", "5", "6", "7", "8"])
        let summaries = (plan["history"] as? [[String: Any]])?.compactMap { $0["summary"] as? String }
        #expect(summaries == ["Perustiedot: TYY", "Perehdytys"])
    }

    @Test("from an empty folder in English, quitting at tip 5, and resuming in a second run")
    func englishWithResume() throws {
        let folder = BinaryRunner.makeFolder()
        var firstHalf = PipedInput(language: .en)
        firstHalf.answer(["name": ["Example Student Union"], "shortName": ["ESU"], "languages": ["en"], "userName": ["Alex Example"], "userRole": ["chair"]])
        firstHalf.send("/tips")
        firstHalf.answer(["keywords": ["ESU"], "monitoredHashtags": ["#ESUgala"], "likeAndComment": ["members' news"],
                          "organisationAccountRules": ["only admins post"], "hashtagIdeas": ["ESU"]], until: "measures")
        firstHalf.send("/quit")
        let first = try BinaryRunner.run(["--lang", "en"], input: firstHalf.text, folder: folder)
        #expect(first.code == 0, "\(first.stderr)")
        #expect(first.stdout.contains("Tip 5/8"))
        var plan = BinaryRunner.json(folder + "/kuulo-plan.json")
        #expect(plan.at("plan", "trustees", "alex-example", "onboarding", "resumeAt") as? Int == 5)

        var secondHalf = PipedInput(language: .en, user: "Alex Example", planPath: folder + "/kuulo-plan.json")
        secondHalf.send("/tips")
        secondHalf.answer(["encouragement": ["story templates"], "criticism": ["Calmly, with facts."], "crisisDecider": ["the chair"],
                           "escalation": ["chair"], "adminsListed": ["y"]])
        let second = try BinaryRunner.run(["--lang", "en"], input: secondHalf.text, folder: folder)
        #expect(second.code == 0, "\(second.stderr)")
        #expect(second.stdout.contains("Let's continue from tip 5."))
        #expect(!second.stdout.contains("Tip 1/8"))
        #expect(second.stdout.contains("That's all eight tips, Alex."))
        plan = BinaryRunner.json(folder + "/kuulo-plan.json")
        #expect(plan.at("plan", "monitoring", "hashtags") as? [String] == ["#ESUgala"])
        #expect(plan.at("plan", "sharing", "encouragement") as? [String] == ["story templates"])
        #expect(plan.at("plan", "metrics", "reviewRhythm") as? String == "monthly")
        #expect(plan.at("plan", "trustees", "alex-example", "onboarding", "completedAt") is String)
        #expect(plan.at("plan", "trustees", "alex-example", "onboarding", "resumeAt") == nil)
    }
}
