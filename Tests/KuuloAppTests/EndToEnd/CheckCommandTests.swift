import Foundation
import Testing

@Suite("End to end: kuulo check")
struct CheckCommandTests {
    @Test("a short Finnish post with English words and hashtags is checked as Finnish, not with the English speller's suggestions (a user trial)")
    func finnishPostWithLoanwords() throws {
        let folder = BinaryRunner.makeFolder()
        let result = try BinaryRunner.run(["check", "-"], input: "Game night keskiviikkona, boardgamet mukaan! #gamenight #welcome\n", folder: folder)
        #expect(result.stdout.contains("boardgamet"), "\(result.stdout)")
        #expect(!result.stdout.contains("boardgames"), "the English speller's suggestion: \(result.stdout)")
    }

    @Test("JSON output has the documented shape and exit 1 when a finding is an error")
    func jsonAndExit() throws {
        let folder = BinaryRunner.makeFolder()
        let draft = "Vappu! #a1 #b2 #c3 #d4 #e5 #f6 @tyy https://tyy.fi/vappu\n"
        let result = try BinaryRunner.run(["check", "--channel", "instagram", "--format", "json", "--lang", "en", "-"], input: draft, folder: folder)
        #expect(result.code == 1)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(object["hashtags"] as? [String] == ["a1", "b2", "c3", "d4", "e5", "f6"])
        #expect(object["mentions"] as? [String] == ["tyy"])
        #expect(object["urls"] as? [String] == ["https://tyy.fi/vappu"])
        let length = object["length"] as? [String: Int]
        #expect(length?["graphemes"] == draft.count)
        #expect(length?["utf16"] == draft.utf16.count)
        let findings = try #require(object["findings"] as? [[String: Any]])
        let count = try #require(findings.first { $0["rule"] as? String == "hashtag.count" })
        #expect(count["severity"] as? String == "error")
        #expect(count["start"] as? Int == 7)
        #expect((count["message"] as? String)?.contains("at most 5 hashtags") == true)
        #expect(Set(count.keys) == ["rule", "severity", "message", "start", "end", "excerpt"])
    }

    @Test("text output points at the problem with a caret, in Finnish; clean text exits 0")
    func textOutput() throws {
        let folder = BinaryRunner.makeFolder()
        try "Tervetuloa!\nJuhlitaan #vappu-juhla\n".write(toFile: folder + "/luonnos.txt", atomically: true, encoding: .utf8)
        let result = try BinaryRunner.run(["check", "--lang", "fi", "luonnos.txt"], folder: folder)
        #expect(result.code == 0)
        #expect(result.stdout.contains("luonnos.txt:2:11: varoitus: #vappu-juhla lyhenee muotoon #vappu"))
        #expect(result.stdout.contains("  Juhlitaan #vappu-juhla\n            ^^^^^^^^^^^^\n"))
        let clean = try BinaryRunner.run(["check", "--channel", "facebook", "--lang", "en"], input: "Welcome to the autumn party! #TYY\n", folder: folder)
        #expect(clean.code == 0)
        #expect(clean.stdout.contains("No findings"))
    }

    @Test("CamelCase advice knows student words (Voikko and Hunspell as installed): #sitsit and #sitsiviikko stay as they are, #nowheresitsit becomes #NowhereSitsit, never #SitsIt")
    func camelCaseStudentWords() throws {
        let folder = BinaryRunner.makeFolder()
        let result = try BinaryRunner.run(["check", "--lang", "fi", "--format", "json", "-"], input: "Sitsit tulee! #sitsit #sitsiviikko #nowheresitsit #tampereenylioppilaskunta\n", folder: folder)
        #expect(!result.stdout.contains("SitsIt"), "\(result.stdout)")
        #expect(!result.stdout.contains("SitsiViikko"))
        #expect(result.stdout.contains("#NowhereSitsit"))
        #expect(result.stdout.contains("#TampereenYlioppilaskunta"), "ordinary advice still given")
    }

    @Test("a reply that tells the member they are wrong, or raises its voice with one word in capitals, is not called calm; an apology is (a user trial)")
    func replyTone() throws {
        let folder = BinaryRunner.makeFolder()
        let english = try BinaryRunner.run(["check", "--reply", "--lang", "en", "-"], input: "You are wrong. The tickets were NEVER sold out.\n", folder: folder)
        #expect(english.code == 1)
        #expect(english.stdout.contains("“You are wrong” sounds dismissive") && english.stdout.contains("“NEVER” is written in capitals"), "\(english.stdout)")
        let finnish = try BinaryRunner.run(["check", "--reply", "--lang", "fi", "-"], input: "Ootte väärässä, liput ei loppuneet kesken.\n", folder: folder)
        #expect(finnish.code == 1 && finnish.stdout.contains("”Ootte väärässä” kuulostaa"), "\(finnish.stdout)")
        let apology = try BinaryRunner.run(["check", "--reply", "--lang", "fi", "-"], input: "Olimme väärässä, ja pahoittelemme. Liput myydään uudelleen perjantaina.\n", folder: folder)
        #expect(apology.code == 0 && !apology.stdout.contains("tone."), "\(apology.stdout)")
        let post = try BinaryRunner.run(["check", "--lang", "en", "-"], input: "The party is NEXT week, see you there.\n", folder: folder)
        #expect(!post.stdout.contains("tone.shouting"), "one capitalised word in an ordinary post stays allowed: \(post.stdout)")
    }

    @Test("a plan in the folder enables the plan rules; without one they are skipped")
    func planRules() throws {
        let folder = BinaryRunner.makeFolder()
        let draft = "Hei #TYY #Uusi\n"
        let without = try BinaryRunner.run(["check", "--format", "json"], input: draft, folder: folder)
        #expect(!without.stdout.contains("hashtag.unplanned"))
        var input = PipedInput(language: .fi)
        input.answer(["name": ["Org"], "shortName": ["TYY"], "userName": ["Maija"]])
        input.send("/vinkit 4")
        input.answer(["hashtagIdeas": ["#TYY"]])
        input.send("/lopeta")
        _ = try BinaryRunner.run(["--lang", "fi"], input: input.text, folder: folder)
        let with = try BinaryRunner.run(["check", "--format", "json"], input: draft, folder: folder)
        #expect(with.stdout.contains("hashtag.unplanned"))
        #expect(with.stdout.contains("\"excerpt\": \"#Uusi\""))
        #expect(!with.stdout.contains("\"excerpt\": \"#TYY\""))
    }

    @Test("usage, missing file and invalid UTF-8 have their exit codes")
    func exitCodes() throws {
        let folder = BinaryRunner.makeFolder()
        let unknown = try BinaryRunner.run(["check", "--channel", "myspace", "--lang", "en"], input: "x", folder: folder)
        #expect(unknown.code == 64)
        #expect(unknown.stderr.contains("Unknown channel “myspace”"))
        let missing = try BinaryRunner.run(["check", "nope.txt", "--lang", "en"], folder: folder)
        #expect(missing.code == 66)
        let binary = try BinaryRunner.run(["check", "--lang", "en"], inputBytes: [0x48, 0xFF, 0xFE, 0x0A], folder: folder)
        #expect(binary.code == 65)
        #expect(binary.stderr.contains("not valid UTF-8"))
    }

    @Test("an empty draft is clean; a 100,000-character paste is checked and shown around the problem, not whole")
    func emptyAndHuge() throws {
        let folder = BinaryRunner.makeFolder()
        let empty = try BinaryRunner.run(["check", "--lang", "en", "--channel", "instagram"], input: "", folder: folder)
        #expect(empty.code == 0)
        #expect(empty.stdout.contains("No findings: the text looks ready."), "\(empty.stdout)")
        let paste = String(repeating: "Welcome to the party! ", count: 4_546)
        let huge = try BinaryRunner.run(["check", "--lang", "en", "--channel", "instagram"], input: paste, folder: folder)
        #expect(huge.code == 1, "over Instagram's 2,200 characters is an error")
        #expect(huge.stdout.contains("[length.limit]"))
        #expect(huge.stdout.count < 3_000, "the excerpt is a window, not the whole paste: \(huge.stdout.count) characters")
        #expect(huge.stdout.contains("…"))
    }
}

@Suite("End to end: kuulo check content rules")
struct CheckContentRulesTests {
    @Test("a personal identity code is an error; the organisation's own public phone from the plan is not flagged")
    func privacy() throws {
        let folder = BinaryRunner.makeFolder()
        let draft = "Soita 040 123 4567 tai 050 765 4321. Tunnus 131052-308T.\n"
        let result = try BinaryRunner.run(["check", "--format", "json", "--lang", "fi"], input: draft, folder: folder)
        #expect(result.code == 1)
        #expect(result.stdout.contains("\"rule\": \"privacy.personal-id\""))
        #expect(result.stdout.contains("\"excerpt\": \"040 123 4567\""))
        let plan = """
        {"schemaVersion": 1, "revision": 0, "plan": {"organisation": {"name": "TYY", "publicContacts": {"phones": ["+358 40 123 4567"]}}}, "history": []}

        """
        try plan.write(toFile: folder + "/kuulo-plan.json", atomically: true, encoding: .utf8)
        let withPlan = try BinaryRunner.run(["check", "--format", "json", "--lang", "fi"], input: draft, folder: folder)
        #expect(!withPlan.stdout.contains("\"excerpt\": \"040 123 4567\""))
        #expect(withPlan.stdout.contains("\"excerpt\": \"050 765 4321\""))
    }

    @Test("hostile tone is a warning in a post and an error with --reply; dates, prices and times are not personal data")
    func replyMode() throws {
        let folder = BinaryRunner.makeFolder()
        let draft = "You are idiots. See you on 24.12.2026 at 18.00, tickets 12,50 €.\n"
        let post = try BinaryRunner.run(["check", "--format", "json", "--lang", "en"], input: draft, folder: folder)
        #expect(post.code == 0)
        #expect(post.stdout.contains("\"rule\": \"tone.hostile\""))
        #expect(!post.stdout.contains("privacy."))
        let reply = try BinaryRunner.run(["check", "--reply", "--format", "json", "--lang", "en"], input: draft, folder: folder)
        #expect(reply.code == 1)
    }

    @Test("a misspelt Finnish word is found with suggestions; inflected social-media words are not misspellings")
    func spelling() throws {
        let folder = BinaryRunner.makeFolder()
        let result = try BinaryRunner.run(["check", "--format", "json", "--lang", "fi"], input: "Katso storyssa lisää juhllasta.\n", folder: folder)
        #expect(result.stdout.contains("\"excerpt\": \"juhllasta\""))
        #expect(!result.stdout.contains("\"excerpt\": \"storyssa\""))
    }

    @Test("--list-rules prints every rule with its severity and summary, aligned, in the chat's language; exit 0")
    func listRulesText() throws {
        let folder = BinaryRunner.makeFolder()
        let finnish = try BinaryRunner.run(["check", "--list-rules", "--lang", "fi"], folder: folder)
        #expect(finnish.code == 0)
        let lines = finnish.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == 29)
        let phone = try #require(lines.first { $0.hasPrefix("privacy.phone ") })
        #expect(phone.contains(" varoitus ") && phone.contains("Puhelinnumero"))
        #expect(lines.first?.hasPrefix("hashtag.invalid ") == true)
        // The summaries start in one column.
        let columns = Set(lines.map { line in
            line.distance(from: line.startIndex, to: line.range(of: "  ", options: .backwards)?.upperBound ?? line.startIndex)
        })
        #expect(columns.count == 1, "\(lines)")
        let english = try BinaryRunner.run(["check", "--list-rules", "--lang", "en"], folder: folder)
        #expect(english.code == 0)
        #expect(english.stdout.contains("A phone number that is not one of the organisation's public ones."))
        #expect(english.stdout.contains("privacy.personal-id"))
        #expect(english.stdout.contains(" error "))
        // Without --lang, the plan's language (as in the chat); a broken plan does not stop the list.
        try #"{"schemaVersion": 1, "revision": 0, "plan": {"organisation": {"languages": ["fi"]}}, "history": []}"#
            .write(toFile: folder + "/kuulo-plan.json", atomically: true, encoding: .utf8)
        let fromPlan = try BinaryRunner.run(["check", "--list-rules"], folder: folder, environment: ["LANG": "en_US.UTF-8"])
        #expect(fromPlan.code == 0)
        #expect(fromPlan.stdout.contains("Puhelinnumero"), "\(fromPlan.stdout)\(fromPlan.stderr)")
        try "{ broken".write(toFile: folder + "/kuulo-plan.json", atomically: true, encoding: .utf8)
        let broken = try BinaryRunner.run(["check", "--list-rules", "--lang", "en"], folder: folder)
        #expect(broken.code == 0)
        #expect(broken.stdout.contains("A phone number"))
    }

    @Test("--list-rules --format json is an array of {id, severity, summary} in a stable order")
    func listRulesJSON() throws {
        let folder = BinaryRunner.makeFolder()
        let first = try BinaryRunner.run(["check", "--list-rules", "--format", "json", "--lang", "en"], folder: folder)
        #expect(first.code == 0)
        let rules = try #require(try JSONSerialization.jsonObject(with: Data(first.stdout.utf8)) as? [[String: String]])
        #expect(rules.count == 29)
        #expect(rules.allSatisfy { Set($0.keys) == ["id", "severity", "summary"] && !($0["summary"] ?? "").isEmpty })
        #expect(Set(rules.compactMap { $0["severity"] }).isSubset(of: ["error", "warning", "info"]))
        #expect(rules.first { $0["id"] == "length.limit" }?["severity"] == "error")
        #expect(rules.first { $0["id"] == "hashtag.unplanned" }?["severity"] == "info")
        #expect(Set(rules.compactMap { $0["id"] }).count == 29)
        let again = try BinaryRunner.run(["check", "--list-rules", "--format", "json", "--lang", "en"], folder: folder)
        #expect(again.stdout == first.stdout)
    }
}
