import Foundation
import Testing

/// Issue 17: a plan built only by chat commands fills every section, and the board's document says
/// where its sections disagree.
@Suite("End to end: a plan the board approves")
struct BoardPlanEndToEndTests {
    /// Everything after setup and the tips, in Finnish: each section's command once, its flow answered
    /// by step id (a step left out gets Enter: its suggestion, or nothing). `"id/item"` answers one
    /// channel of `/kanavat`.
    static let finnishSections: [(command: String, answers: [String: [String]])] = [
        ("/tavoitteet", ["coreMessage": ["Olemme täällä jäseniä varten."], "goals": ["Uudet opiskelijat löytävät tapahtumat"]]),
        ("/yhteystiedot", ["emails": ["sitsit@tyy.fi"]]),
        ("/luottamustoimija", ["name": ["Matti Virtanen"], "role": ["puheenjohtaja"], "signature": ["Matti, TYY:n pj"]]),
        ("/kanavat", ["choose": ["instagram, verkkosivut"],
                      "channelAudiences/instagram-feed": ["1, 2"], "owners/instagram-feed": ["1"], "substitutes/instagram-feed": ["Matti Virtanen"],
                      "channelAudiences/website": ["1, 4"], "owners/website": ["Liisa Laine"]]),
        ("/vuosikello", ["name": ["Vappu"], "month": ["5"], "day": ["1"], "notes": ["Haalarimerkit"]]),
        ("/luonnos", ["channels": ["1"], "key-message": ["Syysjuhla on perjantaina!"], "details": ["Ylioppilastalolla klo 18."],
                      "call-to-action": ["Ilmoittaudu!"], "link": ["https://tyy.fi/juhla"], "languages": ["englanti"],
                      "version": ["The autumn party is on Friday at the student house from 18. Sign up!"], "hashtags": ["#TYY"],
                      "media": ["1"], "scheduled-at": ["4.12.2026 18.00"]]),
        ("/moderointi", ["decides": ["puheenjohtaja"]]),
        ("/tietosuoja", ["planStorage": ["hallituksen jaettu kansio"], "planAccess": ["hallitus ja viestintätiimi"]]),
        ("/tilit", ["platform": ["instagram"], "account": ["@tyy_ry"], "admins": ["1, 2"], "twoFactor": ["k"], "recovery": ["toimisto@tyy.fi"],
                    "reviewedAt": ["1.1.2027"]]),
        ("/aihetunnisteet", [:]),
        ("/kuuntelu", ["text": ["Milloin vappu alkaa?"]]),
        ("/vastaa 1", ["acknowledge": ["Kiitos kysymyksestä!"], "facts": ["Vappu alkaa 30.4. kello 12."]]),
        ("/hyväksyntä", ["label": ["2027"], "date": ["12.1.2027"], "meeting": ["hallituksen kokous 1/2027"]]),
    ]

    /// The same in English.
    static let englishSections: [(command: String, answers: [String: [String]])] = [
        ("/goals", ["coreMessage": ["We are here for our members."], "goals": ["New students find the events"]]),
        ("/contacts", ["emails": ["office@esu.example"]]),
        ("/trustee", ["name": ["Sam Smith"], "role": ["vice chair"], "signature": ["Sam, ESU"]]),
        ("/channels", ["choose": ["instagram, website"],
                       "channelAudiences/instagram-feed": ["1, 2"], "owners/instagram-feed": ["1"], "substitutes/instagram-feed": ["Sam Smith"],
                       "channelAudiences/website": ["1, 4"], "owners/website": ["Robin Reed"]]),
        ("/annual", ["name": ["Freshers' week"], "month": ["8"], "notes": ["Welcome posts in English too"]]),
        ("/draft", ["channels": ["1"], "key-message": ["The autumn party is on Friday!"], "details": ["At the student house from 18."],
                    "call-to-action": ["Sign up!"], "link": ["https://esu.example/party"], "hashtags": ["#ESU"], "media": ["1"],
                    "scheduled-at": ["4.12.2026 18.00"]]),
        ("/moderation", ["decides": ["the chair"]]),
        ("/privacy", ["planStorage": ["the board's shared folder"], "planAccess": ["the board"]]),
        ("/accounts", ["platform": ["instagram"], "account": ["@esu"], "admins": ["1, 2"], "twoFactor": ["y"], "recovery": ["office@esu.example"],
                       "reviewedAt": ["1 January 2027"]]),
        ("/hashtags", [:]),
        ("/listen", ["text": ["When does the gala start?"]]),
        ("/reply 1", ["acknowledge": ["Thanks for asking!"], "facts": ["The gala starts at 18 on Friday."]]),
        ("/approval", ["label": ["2027"], "date": ["12 January 2027"]]),
    ]

    /// The English setup and the eight tips by step id (as `OnboardingEndToEndTests` answers them).
    static let englishSetup: [String: [String]] = ["name": ["Example Student Union"], "shortName": ["ESU"], "languages": ["en"],
                                                   "userName": ["Alex Example"], "userRole": ["chair"]]
    static let englishTips: [String: [String]] = [
        "keywords": ["ESU"], "monitoredHashtags": ["#ESUgala"], "likeAndComment": ["members' news"], "organisationAccountRules": ["only admins post"],
        "hashtagIdeas": ["ESU"], "encouragement": ["story templates"], "criticism": ["Calmly, with facts."], "crisisDecider": ["the chair"],
        "escalation": ["chair"], "adminsListed": ["y"],
    ]

    @Test("a plan built only by chat commands has no empty section, and the written plan says so", arguments: ["fi", "en"])
    func everySectionFilled(language: String) throws {
        let folder = BinaryRunner.makeFolder()
        // The setup and the tips, then every section's command, all answered by step id.
        let finnish = language == "fi"
        var piped = PipedInput(language: finnish ? .fi : .en)
        piped.answer(finnish ? OnboardingEndToEndTests.finnishSetup : Self.englishSetup)
        piped.send(finnish ? "/vinkit" : "/tips")
        piped.answer(finnish ? OnboardingEndToEndTests.finnishTips : Self.englishTips)
        for (command, answers) in finnish ? Self.finnishSections : Self.englishSections {
            piped.send(command)
            piped.answer(answers)
        }
        piped.send(finnish ? "/suunnitelma" : "/plan")
        let run = try BinaryRunner.run(["--lang", language], input: piped.text, folder: folder)
        #expect(run.code == 0, "\(run.stderr)")
        let report = run.stdout.components(separatedBy: "\n").drop { !$0.hasPrefix(language == "fi" ? "TYY:n suunnitelma" : "ESU’s plan") }
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
        let setup = PipedInput.answering(["name": ["Lappeenrannan ylioppilaskunta"], "shortName": ["LYY"], "userName": ["Maija"]], language: .fi)
        _ = try BinaryRunner.run(["--lang", "fi"], input: setup, folder: folder)
        let before = try BinaryRunner.run(["check", "--channel", "instagram", "--lang", "fi", "--format", "json", "-"], input: post, folder: folder)
        #expect(before.stdout.contains("sitsit@lyy.fi") || before.stdout.contains("email"), "flagged while not yet a public contact")
        var contacts = PipedInput(language: .fi, user: "Maija", planPath: folder + "/kuulo-plan.json")
        contacts.send("/yhteystiedot")
        contacts.answer(["emails": ["sitsit@lyy.fi"]])
        contacts.send("/lopeta")
        _ = try BinaryRunner.run(["--lang", "fi"], input: contacts.text, folder: folder)
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
                         "Aihetunniste #KYY on tarkoitettu TikTok-kanavalle", "Osiossa ”Kritiikki ja kriisiviestintä” on yhteystieto"] {
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
        _ = try BinaryRunner.run(["--lang", "en"], input: PipedInput.namingOrganisation("Only A Name"), folder: folder)
        let run = try BinaryRunner.run(["plan", "export", "--format", "pdf", "--lang", "en", "-o", "plan.pdf"], folder: folder,
                                       environment: ["KUULO_CHROMIUM": folder + "/no-such-browser"])
        #expect(run.code == 69)
        #expect(run.stderr.contains("sudo apt-get install chromium"))
        #expect(!FileManager.default.fileExists(atPath: folder + "/plan.pdf"))
    }
}
