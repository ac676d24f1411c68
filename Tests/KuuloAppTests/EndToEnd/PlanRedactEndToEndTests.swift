import Foundation
import Testing

@Suite("End to end: plan scan and plan redact")
struct PlanRedactEndToEndTests {
    static let code = "131052-308T"

    /// A plan whose draft held a henkilötunnus that was edited out (so it is in two history values),
    /// another draft that still holds it, a phone number, and the organisation's public address; and a
    /// line history (mode 0644) with the code in it.
    func makeFolder(language: String) throws -> String {
        let folder = BinaryRunner.makeFolder()
        let organisation = #"{"name": "Testiyhdistys", "languages": ["\#(language)"], "publicContacts": {"emails": ["info@tyy.fi"]}}"#
        let withCode = "Ilmoittautumiset: Maija \(Self.code)"
        let edited = "Ilmoittautumiset: Maija, info@tyy.fi, puh. 040 123 4567"
        let morning = #"{"details": "Tiedustelut \#(Self.code)", "status": "draft"}"#
        let plan = """
        {"schemaVersion": 1, "revision": 3,
         "plan": {"organisation": \(organisation),
                  "calendar": {"drafts": {"ilta": {"details": "\(edited)", "status": "draft"}, "aamu": \(morning)}}},
         "history": [
          {"number": 1, "time": "2026-12-01T10:00:00+02:00", "author": "Maija", "summary": "Setup",
           "changes": [{"path": "/organisation", "after": \(organisation)}]},
          {"number": 2, "time": "2026-12-01T10:05:00+02:00", "author": "Maija", "summary": "Draft",
           "changes": [{"path": "/calendar", "after": {"drafts": {"ilta": {"details": "\(withCode)", "status": "draft"}}}}]},
          {"number": 3, "time": "2026-12-01T10:09:00+02:00", "author": "Maija", "summary": "Edit",
           "changes": [{"path": "/calendar/drafts/aamu", "after": \(morning)},
                       {"path": "/calendar/drafts/ilta/details", "before": "\(withCode)", "after": "\(edited)"}]}
         ]}
        """
        try plan.write(toFile: folder + "/kuulo-plan.json", atomically: true, encoding: .utf8)
        try FileManager.default.createDirectory(atPath: folder + "/state/kuulo", withIntermediateDirectories: true)
        try "/muokkaa\n\(withCode)\n/quit\n".write(toFile: historyPath(folder), atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: historyPath(folder))
        return folder
    }

    func historyPath(_ folder: String) -> String { folder + "/state/kuulo/history" }

    func bytes(_ path: String) -> Data { FileManager.default.contents(atPath: path) ?? Data() }

    @Test("scan finds the code masked, redact removes it from plan, history and line history, then all is clean (Finnish)")
    func finnish() throws {
        let folder = try makeFolder(language: "fi")
        let plan = folder + "/kuulo-plan.json"
        #expect(bytes(plan).range(of: Data(Self.code.utf8)) != nil)

        let scan = try BinaryRunner.run(["plan", "scan"], folder: folder)
        #expect(scan.code == 1)
        #expect(scan.stdout.contains("131052-**** (henkilötunnus) — Sisältökalenteri (calendar.drafts.aamu.details), suunnitelmassa nyt"))
        #expect(scan.stdout.contains("131052-**** (henkilötunnus) — Sisältökalenteri (calendar.drafts.ilta.details), aiempi arvo, versio 3, tekijä Maija"))
        #expect(scan.stdout.contains("040 *** **** (puhelinnumero)"))
        #expect(!scan.stdout.contains("info@tyy.fi") && !scan.stdout.contains("i***@tyy.fi"))
        #expect(!scan.stdout.contains("308T"))

        let redact = try BinaryRunner.run(["plan", "redact", Self.code, "--user", "Pekka"], folder: folder)
        #expect(redact.code == 0)
        #expect(redact.stdout.contains("Poistettu suunnitelmasta ja sen historiasta: henkilötunnus."))
        #expect(redact.stdout.contains("sisällöstä 1 ja historiasta 3 (versioita 2)"))
        #expect(redact.stdout.contains("kirjattu versioksi 4"))
        #expect(redact.stdout.contains("poistettiin rivit, joilla teksti oli (1)"))
        #expect(!redact.stdout.contains("308T"))

        #expect(bytes(plan).range(of: Data(Self.code.utf8)) == nil)
        #expect(bytes(plan).range(of: Data("308T".utf8)) == nil)
        #expect(bytes(historyPath(folder)) == Data("/muokkaa\n/quit\n".utf8))
        #expect(BinaryRunner.mode(historyPath(folder)) == 0o600)
        let history = BinaryRunner.json(plan)["history"] as? [[String: Any]]
        #expect(history?.last?["summary"] as? String == "Poistettu suunnitelmasta ja sen historiasta: henkilötunnus")
        #expect(history?.last?["author"] as? String == "Pekka")

        let validate = try BinaryRunner.run(["plan", "validate"], folder: folder)
        #expect(validate.code == 0)
        #expect(validate.stdout.contains("versio 4"))

        let phone = try BinaryRunner.run(["plan", "redact", "040 123 4567"], folder: folder)
        #expect(phone.code == 0)
        #expect(phone.stdout.contains("Rivihistoriassa"))
        let clean = try BinaryRunner.run(["plan", "scan"], folder: folder)
        #expect(clean.code == 0)
        #expect(clean.stdout.contains("Suunnitelmassa ja sen historiassa ei ole henkilötunnuksia"))

        let again = try BinaryRunner.run(["plan", "redact", Self.code], folder: folder)
        #expect(again.code == 0)
        #expect(again.stdout.contains("Suunnitelmassa tai sen historiassa ei ole tätä tekstiä"))
        #expect(BinaryRunner.json(plan)["revision"] as? Int == 5)
    }

    @Test("the same in English, JSON scan output, and refused texts with their exit codes")
    func englishAndJSON() throws {
        let folder = try makeFolder(language: "en")
        let plan = folder + "/kuulo-plan.json"
        let scan = try BinaryRunner.run(["plan", "scan", "--format", "json"], folder: folder)
        #expect(scan.code == 1)
        let parsed = try JSONSerialization.jsonObject(with: Data(scan.stdout.utf8)) as? [String: Any]
        let findings = try #require(parsed?["findings"] as? [[String: Any]])
        #expect(findings.count == 6)
        #expect(findings.first?["kind"] as? String == "personal-identity-code")
        #expect(findings.first?["masked"] as? String == "131052-****")
        #expect(findings.first?["place"] as? String == "/calendar/drafts/aamu/details")
        #expect(findings.first?["revision"] is NSNull)
        #expect(findings.contains { $0["revision"] as? Int == 3 && $0["kind"] as? String == "phone-number" })
        #expect(!scan.stdout.contains("308T"))

        let text = try BinaryRunner.run(["plan", "scan"], folder: folder)
        #expect(text.stdout.contains("131052-**** (personal identity code) — Content calendar (calendar.drafts.ilta.details), earlier value, version 3 by Maija"))

        let short = try BinaryRunner.run(["plan", "redact", "ab"], folder: folder)
        #expect(short.code == 64)
        #expect(short.stderr.contains("at least 3 characters"))
        let none = try BinaryRunner.run(["plan", "redact"], folder: folder)
        #expect(none.code == 64)
        #expect(none.stderr.contains("Give the text to remove"))
        let structural = try BinaryRunner.run(["plan", "redact", "detail"], folder: folder)
        #expect(structural.code == 1)
        #expect(structural.stderr.contains("field name “details”"))
        #expect(BinaryRunner.json(plan)["revision"] as? Int == 3)

        let aside = plan + ".unsaved-20261201-100000-abcd.json"
        try FileManager.default.copyItem(atPath: plan, toPath: aside)
        let redact = try BinaryRunner.run(["plan", "redact", Self.code, "-"], input: "040 123 4567\n", folder: folder)
        #expect(redact.code == 0)
        #expect(redact.stdout.contains("Copies set aside beside the plan after refused saves still hold the text (1)"))
        #expect(redact.stdout.contains("Removed from the plan and its history: personal identity code, phone number."))
        #expect(redact.stdout.contains("Removed the lines holding the text from the line-editing history"))
        #expect(bytes(plan).range(of: Data(Self.code.utf8)) == nil)
        let clean = try BinaryRunner.run(["plan", "scan", "--format", "json"], folder: folder)
        #expect(clean.code == 0)
        #expect(clean.stdout.contains("\"findings\": []"))
        #expect(try BinaryRunner.run(["plan", "validate"], folder: folder).code == 0)
    }

    @Test("/unohda in the piped chat removes the code from plan, history and line history, and records the redaction")
    func chatCommand() throws {
        let folder = try makeFolder(language: "fi")
        let plan = folder + "/kuulo-plan.json"
        let chat = try BinaryRunner.run(["--user", "Pekka"], input: "/unohda \(Self.code)\n/lopeta\n", folder: folder)
        #expect(chat.code == 0)
        #expect(chat.stdout.contains("Poistettu suunnitelmasta ja sen historiasta: henkilötunnus."))
        #expect(chat.stdout.contains("kirjattu versioksi 4"))
        #expect(chat.stdout.contains("poistettiin rivit, joilla teksti oli (1)"))
        #expect(bytes(plan).range(of: Data(Self.code.utf8)) == nil)
        #expect(bytes(plan).range(of: Data("308T".utf8)) == nil)
        #expect(bytes(historyPath(folder)) == Data("/muokkaa\n/quit\n".utf8))
        let history = BinaryRunner.json(plan)["history"] as? [[String: Any]]
        #expect(history?.count == 4)
        #expect(history?.last?["summary"] as? String == "Poistettu suunnitelmasta ja sen historiasta: henkilötunnus")
        #expect(history?.last?["author"] as? String == "Pekka")
        #expect(try BinaryRunner.run(["plan", "validate"], folder: folder).code == 0)

        let english = try BinaryRunner.run(["--user", "Pekka", "--lang", "en"], input: "/redact 040 123 4567\n/quit\n", folder: folder)
        #expect(english.code == 0)
        #expect(english.stdout.contains("Removed from the plan and its history: phone number."))
        let clean = try BinaryRunner.run(["plan", "scan"], folder: folder)
        #expect(clean.code == 0)
    }

    @Test("a redaction while another chat has the plan open: that chat's next save keeps its own work and does not bring the text back")
    func redactionUnderLiveChat() throws {
        let folder = try makeFolder(language: "en")
        let plan = folder + "/kuulo-plan.json"
        // Maija's chat reads the plan (code and all, in its content and its history) and keeps it open.
        let maija = try LiveProcess(["--lang", "en", "--user", "Maija"], folder: folder)
        maija.send("/history\n")
        #expect(maija.waitFor("3 versions, newest first:"), "\(maija.stdout)")

        let redact = try BinaryRunner.run(["plan", "redact", Self.code, "--user", "Pekka"], folder: folder)
        #expect(redact.code == 0, "\(redact.stderr)")
        #expect(bytes(plan).range(of: Data(Self.code.utf8)) == nil)

        // Maija goes on with her own work, which is saved over the redacted plan.
        var typed = PipedInput(language: .en, user: "Maija", planPath: plan)
        typed.send("/setup")
        typed.answer(["name": ["Renamed Union"]], until: "shortName")
        maija.send(typed.newText())
        #expect(maija.waitFor(SetupQuestions.shortName), "\(maija.stdout)")
        maija.send("/quit\n")
        #expect(maija.finish() == 0, "\(maija.stderr)")

        #expect(bytes(plan).range(of: Data(Self.code.utf8)) == nil, "Maija's save brought the code back")
        #expect(bytes(plan).range(of: Data("308T".utf8)) == nil)
        let json = BinaryRunner.json(plan)
        #expect(json.at("plan", "organisation", "name") as? String == "Renamed Union")
        let history = json["history"] as? [[String: Any]] ?? []
        #expect(history.map { $0["author"] as? String } == ["Maija", "Maija", "Maija", "Pekka", "Maija"])
        #expect(history.map { $0["number"] as? Int } == [1, 2, 3, 4, 5])
        #expect(history[3]["summary"] as? String == "Removed from the plan and its history: personal identity code")
        #expect(try BinaryRunner.run(["plan", "validate"], folder: folder).code == 0)
        let scan = try BinaryRunner.run(["plan", "scan", "--format", "json"], folder: folder)
        #expect(!scan.stdout.contains("personal-identity-code"), "\(scan.stdout)")
    }

    @Test("a line break in a name from the plan or --user is shown as a space, never as a line of its own")
    func namesOnOneLine() throws {
        let folder = try makeFolder(language: "fi")
        let plan = folder + "/kuulo-plan.json"
        var text = try String(contentsOfFile: plan, encoding: .utf8)
        text = text.replacingOccurrences(of: #""author": "Maija", "summary": "Setup""#, with: #""author": "Maija\nVAROITUS: anna salasana", "summary": "Setup""#)
        try text.write(toFile: plan, atomically: true, encoding: .utf8)
        let log = try BinaryRunner.run(["plan", "log"], folder: folder)
        #expect(log.code == 0)
        #expect(log.stdout.contains("Maija VAROITUS: anna salasana"))
        #expect(!log.stdout.contains("\nVAROITUS"))
        let chat = try BinaryRunner.run(["--user", "Pekka\nKuulo: kirjoita salasana"], input: "/historia\n/lopeta\n", folder: folder)
        #expect(chat.code == 0)
        #expect(!chat.stdout.contains("\nKuulo: kirjoita salasana"))
        #expect(!chat.stdout.contains("\nVAROITUS"))
        #expect(chat.stdout.contains("Hei Pekka!"), "the name is one line (the greeting uses its first word)")
    }
}
