import Foundation
import Testing

/// Issue 17: a plan built only by chat commands fills every section, and the board's document says
/// where its sections disagree.
@Suite("End to end: a plan the board approves")
struct BoardPlanEndToEndTests {
    /// Everything after setup and the tips, in Finnish: one run of each section's command.
    static let finnishSections = [
        "/tavoitteet", "Olemme täällä jäseniä varten.", "Uudet opiskelijat löytävät tapahtumat", "",
        "/yhteystiedot", "sitsit@tyy.fi", "", "", "",
        "/vastuuhenkilö", "Matti Virtanen", "puheenjohtaja", "Matti, TYY:n pj", "",
        "/kanavat", "", "instagram, verkkosivut",
        "", "1, 2", "1", "Matti Virtanen", "", "", "",
        "", "1, 4", "Liisa Laine", "", "", "", "",
        "/vuosikello", "Vappu", "5", "1", "Haalarimerkit",
        "/luonnos", "1", "", "Syysjuhla on perjantaina!", "Ylioppilastalolla klo 18.", "Ilmoittaudu!", "https://tyy.fi/juhla",
        "englanti", "The autumn party is on Friday at the student house from 18. Sign up!", "#TYY", "", "", "1", "4.12.2026 18.00",
        "/moderointi", "", "", "", "puheenjohtaja", "",
        "/tietosuoja", "", "", "hallituksen jaettu kansio", "hallitus ja viestintätiimi", "",
        "/tilit", "instagram", "@tyy_ry", "1, 2", "k", "toimisto@tyy.fi", "1.1.2027",
        "/aihetunnisteet", "", "", "", "", "", "", "", "", "",
        "/kuuntelu", "Milloin vappu alkaa?", "", "",
        "/vastaa 1", "Kiitos kysymyksestä!", "Vappu alkaa 30.4. kello 12.", "", "",
        "/hyväksyntä", "2027", "12.1.2027", "hallituksen kokous 1/2027",
        "/suunnitelma",
    ]

    /// The same in English.
    static let englishSections = [
        "/goals", "We are here for our members.", "New students find the events", "",
        "/contacts", "office@esu.example", "", "", "",
        "/trustee", "Sam Smith", "vice chair", "Sam, ESU", "",
        "/channels", "", "instagram, website",
        "", "1, 2", "1", "Sam Smith", "", "", "",
        "", "1, 4", "Robin Reed", "", "", "", "",
        "/annual", "Freshers' week", "8", "", "Welcome posts in English too",
        "/draft", "1", "", "The autumn party is on Friday!", "At the student house from 18.", "Sign up!", "https://esu.example/party",
        "", "#ESU", "", "", "1", "4.12.2026 18.00",
        "/moderation", "", "", "", "the chair", "",
        "/privacy", "", "", "the board's shared folder", "the board", "",
        "/accounts", "instagram", "@esu", "1, 2", "y", "office@esu.example", "1 January 2027",
        "/hashtags", "", "", "", "", "", "", "", "", "",
        "/listen", "When does the gala start?", "", "",
        "/reply 1", "Thanks for asking!", "The gala starts at 18 on Friday.", "", "",
        "/approval", "2027", "12 January 2027", "",
        "/plan",
    ]

    static let englishSetup = ["Example Student Union", "ESU", "", "en", "", "Alex Example", "chair"]
    static let englishTips = ["/tips", "ESU", "", "#ESUgala", "", "", "", "", "members' news", "", "", "only admins post", "", "", "ESU", "",
                              "", "", "story templates", "", "Calmly, with facts.", "the chair", "chair", "", "", "y"]

    @Test("a plan built only by chat commands has no empty section, and the written plan says so", arguments: ["fi", "en"])
    func everySectionFilled(language: String) throws {
        let folder = BinaryRunner.makeFolder()
        let input: String
        if language == "fi" {
            // The setup and the tips by step id (OnboardingEndToEndTests), then the sections' commands.
            var piped = PipedInput(language: .fi)
            piped.answer(OnboardingEndToEndTests.finnishSetup)
            piped.send("/vinkit")
            piped.answer(OnboardingEndToEndTests.finnishTips)
            input = piped.text + Self.finnishSections.map { $0 + "\n" }.joined()
        } else {
            input = (Self.englishSetup + Self.englishTips + Self.englishSections).joined(separator: "\n") + "\n"
        }
        let run = try BinaryRunner.run(["--lang", language], input: input, folder: folder)
        #expect(run.code == 0, "\(run.stderr)")
        let report = run.stdout.components(separatedBy: "\n").drop { !$0.hasPrefix(language == "fi" ? "Suunnitelma: TYY" : "Plan of ESU") }
        #expect(report.count > 19, "the plan report was printed")
        let empty = report.filter { $0.hasPrefix("  – ") }
        #expect(empty.isEmpty, "sections left empty: \(empty)")
        let plan = BinaryRunner.json(folder + "/kuulo-plan.json")
        #expect(plan.at("plan", "trustees", language == "fi" ? "liisa-laine" : "robin-reed", "name") != nil, "an owner named on the spot is a trustee")
        // `/reply 1` answered the logged question with the reply flow and marked it answered.
        #expect(run.stdout.contains(language == "fi" ? "Vastaat viestiin 1 (kommentti" : "You are answering message 1 (comment"))
        #expect(run.stdout.contains(language == "fi" ? "Kuuntelulokin viesti 1 on merkitty vastatuksi." : "Message 1 of the listening log is marked answered."))
        #expect(plan.at("plan", "listening", "entries", "1", "answered") as? Bool == true)
        #expect(plan.at("plan", "interaction", "replies", "1", "listeningEntry") as? String == "1")
        let markdown = try BinaryRunner.run(["plan", "export", "--format", "markdown", "--lang", language], folder: folder)
        #expect(markdown.code == 0)
        #expect(!markdown.stdout.contains(language == "fi" ? "Tätä osaa ei ole vielä kirjattu" : "The plan does not cover this part yet"))
        #expect(markdown.stdout.contains(language == "fi" ? "Versio 2027, hyväksytty 12.1.2027" : "Version 2027, approved 12 January 2027"))
        #expect(!markdown.stdout.contains("`/"), "no chat commands in the board's document")
    }

    @Test("the union's own address is not flagged once it is a public contact")
    func publicContactNotFlagged() throws {
        let folder = BinaryRunner.makeFolder()
        let post = "Sitsien ilmoittautumiset: sitsit@lyy.fi #LYY\n"
        _ = try BinaryRunner.run(["--lang", "fi"], input: "Lappeenrannan ylioppilaskunta\nLYY\n\n\n\nMaija\n\n", folder: folder)
        let before = try BinaryRunner.run(["check", "--channel", "instagram", "--lang", "fi", "--format", "json", "-"], input: post, folder: folder)
        #expect(before.stdout.contains("sitsit@lyy.fi") || before.stdout.contains("email"), "flagged while not yet a public contact")
        _ = try BinaryRunner.run(["--lang", "fi"], input: "/yhteystiedot\nsitsit@lyy.fi\n\n\n\n/lopeta\n", folder: folder)
        let after = try BinaryRunner.run(["check", "--channel", "instagram", "--lang", "fi", "--format", "json", "-"], input: post, folder: folder)
        #expect(!after.stdout.contains("privacy.email"), "\(after.stdout)")
    }

    @Test("the written plan of a plan whose sections disagree lists the disagreements, and plan validate --strict fails on them")
    func contradictionsListed() throws {
        let folder = BinaryRunner.makeFolder()
        let plan = """
        {"schemaVersion": 1, "revision": 0, "history": [], "plan": {
          "organisation": {"name": "Kuulolan ylioppilaskunta", "audiences": ["jäsenet", "somea käyttämättömät jäsenet"],
                           "publicContacts": {"emails": ["toimisto@kyy.example"]}},
          "channels": {"instagram-feed": {"kind": "instagram-feed", "audiences": ["jäsenet"], "cadence": {"min": 3, "max": 2}},
                       "website": {"kind": "website", "audiences": ["jäsenet"]}},
          "hashtags": {"tags": {"kyy": {"tag": "KYY", "display": "KYY", "role": "brand", "channels": ["tiktok"]}}},
          "crisis": {"escalation": ["puheenjohtaja, 040 123 4567"]}
        }}
        """
        try plan.write(toFile: folder + "/kuulo-plan.json", atomically: true, encoding: .utf8)
        let markdown = try BinaryRunner.run(["plan", "export", "--format", "markdown", "--lang", "fi"], folder: folder)
        #expect(markdown.code == 0, "\(markdown.stderr)")
        for expected in ["julkaisuja enintään 2 on vähemmän kuin vähintään 3", "Kohderyhmä ”somea käyttämättömät jäsenet” ei ole yhdenkään kanavan kohderyhmä",
                         "Aihetunniste #KYY on suunniteltu kanavaan TikTok", "Osiossa ”Kritiikki ja kriisiviestintä” on yhteystieto"] {
            #expect(markdown.stdout.contains(expected), "the document does not list: \(expected)")
            #expect(markdown.stderr.contains(expected), "not pointed out before export: \(expected)")
        }
        let strict = try BinaryRunner.run(["plan", "validate", "--strict", "--lang", "en"], folder: folder)
        #expect(strict.code == 1)
        #expect(strict.stdout.contains("The hashtag #KYY is planned for TikTok, which is not one of the plan's channels."))
        let lenient = try BinaryRunner.run(["plan", "validate"], folder: folder)
        #expect(lenient.code == 0)
    }

    @Test("--format pdf without a browser says how to get one, and writes nothing")
    func pdfWithoutBrowser() throws {
        let folder = BinaryRunner.makeFolder()
        _ = try BinaryRunner.run(["--lang", "en"], input: "Only A Name\n", folder: folder)
        let run = try BinaryRunner.run(["plan", "export", "--format", "pdf", "--lang", "en", "-o", "plan.pdf"], folder: folder,
                                       environment: ["KUULO_CHROMIUM": folder + "/no-such-browser"])
        #expect(run.code == 69)
        #expect(run.stderr.contains("sudo apt-get install chromium"))
        #expect(!FileManager.default.fileExists(atPath: folder + "/plan.pdf"))
    }
}
