import Foundation
import Testing

@Suite("End to end: onboarding piped into the binary")
struct OnboardingEndToEndTests {
    static let finnishSetup = ["Tampereen ylioppilaskunta", "TYY", "", "", "", "Maija Meikäläinen", "viestintävastaava"]
    static let finnishTips = [
        "/vinkit",
        "TYY", "Tampereen ylioppilaskunta", "",
        "#Vappu2026", "", "@tamperelaiset", "", "", "3",
        "jäsenjärjestöjen tapahtumat", "", "",
        "vain sovitut ylläpitäjät julkaisevat", "", "kerro, kun puhut omissa nimissäsi", "", "e",
        "TYY", "Vappu2026", "",
        "", "2",
        "tilinvaltaukset", "",
        "Kiitämme, vastaamme faktoilla ja tarjoamme yksityisviestiä.", "hallituksen puheenjohtaja", "puheenjohtaja", "",
        "", "k",
    ]

    @Test("from an empty folder: setup and all eight tips in Finnish; every answer and the progress are in the file")
    func finnish() throws {
        let folder = BinaryRunner.makeFolder()
        let input = (Self.finnishSetup + Self.finnishTips + ["/suunnitelma"]).joined(separator: "\n") + "\n"
        let result = try BinaryRunner.run(["--lang", "fi"], input: input, folder: folder)
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
        #expect(summaries == ["Perustiedot: TYY", "Perehdytys: Maija Meikäläinen"])
    }

    @Test("from an empty folder in English, quitting at tip 5, and resuming in a second run")
    func englishWithResume() throws {
        let folder = BinaryRunner.makeFolder()
        let setup = ["Example Student Union", "ESU", "", "en", "", "Alex Example", "chair"]
        let firstHalf = ["/tips", "ESU", "", "#ESUgala", "", "", "", "", "members' news", "", "", "only admins post", "", "", "", "ESU", "", "/quit"]
        let first = try BinaryRunner.run(["--lang", "en"], input: (setup + firstHalf).joined(separator: "\n") + "\n", folder: folder)
        #expect(first.code == 0, "\(first.stderr)")
        #expect(first.stdout.contains("Tip 5/8"))
        var plan = BinaryRunner.json(folder + "/kuulo-plan.json")
        #expect(plan.at("plan", "trustees", "alex-example", "onboarding", "resumeAt") as? Int == 5)

        let secondHalf = ["/tips", "", "", "story templates", "", "Calmly, with facts.", "the chair", "chair", "", "", "y"]
        let second = try BinaryRunner.run(["--lang", "en"], input: secondHalf.joined(separator: "\n") + "\n", folder: folder)
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
