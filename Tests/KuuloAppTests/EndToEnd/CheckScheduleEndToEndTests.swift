import Foundation
import Testing

@Suite("End to end: kuulo check --draft and --at")
struct CheckScheduleEndToEndTests {
    /// A plan with an Instagram feed (at most 2 posts a week) and a Facebook page, and three drafts in
    /// week 49 of 2026: the third, at 23.30 with an image but no alt text, has a text per channel.
    static let plan = """
    {"schemaVersion": 1, "revision": 0, "plan": {
      "organisation": {"name": "Tampereen ylioppilaskunta", "shortName": "TYY"},
      "channels": {"instagram-feed": {"cadence": {"min": 1, "max": 2}}, "facebook-page": {"kind": "facebook-page", "cadence": {"min": 1, "max": 3}}},
      "calendar": {"drafts": {
        "1": {"channels": ["instagram-feed"], "scheduledAt": "2026-11-30T10:00", "status": "published"},
        "2": {"channels": ["instagram-feed"], "scheduledAt": "2026-12-03T12:00", "status": "approved"},
        "3": {"channels": ["instagram-feed", "facebook-page"], "scheduledAt": "2026-12-03T23:30", "timeZone": "Europe/Helsinki",
              "media": "image", "status": "draft", "language": "fi", "otherLanguages": ["en"],
              "texts": {"instagram-feed": {"fi": "Syysjuhla perjantaina! Liput https://tyy.fi/juhla"},
                        "facebook-page": {"fi": "Syysjuhla perjantaina!", "en": "The autumn party is on Friday!"}}}
      }}
    }, "history": []}

    """

    /// The binary's clock: before every draft, so no time is past (schedule.past has its own tests).
    static let clock = ["KUULO_NOW": "2026-11-25T12:00:00Z"]

    static func folderWithPlan() throws -> String {
        let folder = BinaryRunner.makeFolder()
        try plan.write(toFile: folder + "/kuulo-plan.json", atomically: true, encoding: .utf8)
        return folder
    }

    @Test("--draft N --format json: the whole-post findings at 0–0, then each channel text with its own report; exit 1 for the missing alt text")
    func draftJSON() throws {
        let folder = try Self.folderWithPlan()
        let result = try BinaryRunner.run(["check", "--draft", "3", "--format", "json", "--lang", "en"], folder: folder, environment: Self.clock)
        #expect(result.code == 1, "\(result.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(object["draft"] as? String == "3")
        let findings = try #require(object["findings"] as? [[String: Any]])
        #expect(Set(findings.compactMap { $0["rule"] as? String }) == ["alt-text.missing", "schedule.quiet-hours", "schedule.too-frequent"])
        for finding in findings {
            #expect(finding["start"] as? Int == 0 && finding["end"] as? Int == 0 && finding["excerpt"] as? String == "")
            #expect(Set(finding.keys) == ["rule", "severity", "message", "start", "end", "excerpt"])
        }
        let frequent = try #require(findings.first { $0["rule"] as? String == "schedule.too-frequent" })
        #expect(frequent["message"] as? String == "Instagram feed: week 49 (2026-11-30 – 2026-12-06) would have 3 posts with this one, but you agreed to post at most twice a week. Too many posts tire followers — gather small items into one or move a post to another week.")
        let texts = try #require(object["texts"] as? [[String: Any]])
        #expect(texts.map { "\($0["channel"] ?? "")/\($0["language"] ?? "")" } == ["instagram-feed/fi", "facebook-page/fi", "facebook-page/en"])
        #expect(Set(texts[0].keys) == ["channel", "language", "hashtags", "mentions", "urls", "length", "findings"])
        let instagram = try #require(texts[0]["findings"] as? [[String: Any]])
        #expect(instagram.contains { $0["rule"] as? String == "link.instagram-caption" && $0["excerpt"] as? String == "https://tyy.fi/juhla" })
        #expect(!(texts[1]["findings"] as? [[String: Any]] ?? []).contains { $0["rule"] as? String == "link.instagram-caption" })
    }

    @Test("--draft N in Finnish: whole-post findings without a caret, text findings at their place in the plan, one summary")
    func draftText() throws {
        let folder = try Self.folderWithPlan()
        let result = try BinaryRunner.run(["check", "--draft", "3", "--lang", "fi"], folder: folder, environment: Self.clock)
        #expect(result.code == 1)
        #expect(result.stdout.contains("/calendar/drafts/3: virhe: Kuvalta puuttuu vaihtoehtoinen teksti. Kuvaile lyhyesti, mitä kuvassa näkyy: ruudunlukija lukee kuvauksen niille, jotka eivät näe kuvaa. [alt-text.missing]\n"))
        #expect(result.stdout.contains("/calendar/drafts/3: varoitus: Julkaisu osuu hiljaiseen aikaan (klo 23.30; hiljainen aika 22.00–7.00). Moni näkee sen vasta aamulla – harkitse aamua tai iltapäivää. [schedule.quiet-hours]\n"))
        #expect(result.stdout.contains("/calendar/drafts/3: varoitus: Instagram-syöte: viikolla 49 (30.11.–6.12.2026) olisi tämän kanssa 3 julkaisua"))
        #expect(result.stdout.contains("/calendar/drafts/3/texts/instagram-feed/fi:1:30: varoitus: "))
        #expect(result.stdout.contains("[link.instagram-caption]\n  Syysjuhla perjantaina! Liput https://tyy.fi/juhla\n"))
        #expect(result.stdout.components(separatedBy: "Virheet: ").count == 2, "one summary")
        #expect(result.stdout.hasSuffix("Virheet: 1, varoitukset: 3, huomiot: 0.\n"))
    }

    @Test("--draft with --at checks the draft at another time; --channel narrows it to one channel")
    func draftAtAndChannel() throws {
        let folder = try Self.folderWithPlan()
        let moved = try BinaryRunner.run(["check", "--draft", "3", "--at", "7.12.2026 12.00", "--channel", "facebook", "--format", "json", "--lang", "en"], folder: folder, environment: Self.clock)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(moved.stdout.utf8)) as? [String: Any])
        let rules = (object["findings"] as? [[String: Any]] ?? []).compactMap { $0["rule"] as? String }
        #expect(rules == ["alt-text.missing"])
        #expect((object["texts"] as? [[String: Any]] ?? []).compactMap { $0["channel"] as? String } == ["facebook-page", "facebook-page"])
    }

    @Test("--at for a free text: cadence and calendar of the plan channel the --channel names, quiet hours even without a plan")
    func atFreeText() throws {
        let folder = try Self.folderWithPlan()
        let busy = try BinaryRunner.run(["check", "--channel", "instagram", "--at", "2026-12-02 18:00", "--format", "json", "--lang", "en"],
                                        input: "Tervetuloa syysjuhlaan!\n", folder: folder, environment: Self.clock)
        #expect(busy.code == 0, "\(busy.stderr)")
        #expect(busy.stdout.contains("\"rule\": \"schedule.too-frequent\""))
        #expect(busy.stdout.contains("would have 4 posts with this one"))
        let facebook = try BinaryRunner.run(["check", "--channel", "facebook-page", "--at", "2026-12-02 18:00", "--format", "json", "--lang", "en"],
                                            input: "Tervetuloa syysjuhlaan!\n", folder: folder, environment: Self.clock)
        #expect(!facebook.stdout.contains("schedule.too-frequent"))
        let night = try BinaryRunner.run(["check", "--channel", "instagram", "--at", "2.12.2026 23.30", "--lang", "fi"], input: "Hyvää yötä!\n", folder: folder, environment: Self.clock)
        #expect(night.stdout.contains("-: varoitus: Julkaisu osuu hiljaiseen aikaan (klo 23.30;"))
        let empty = BinaryRunner.makeFolder()
        let noPlan = try BinaryRunner.run(["check", "--channel", "instagram", "--at", "2026-12-02 23:30", "--format", "json", "--lang", "en"],
                                          input: "Good night!\n", folder: empty)
        #expect(noPlan.code == 0)
        #expect(noPlan.stdout.contains("\"rule\": \"schedule.quiet-hours\""))
        #expect(!noPlan.stdout.contains("schedule.too-frequent"))
        let without = try BinaryRunner.run(["check", "--channel", "instagram", "--format", "json", "--lang", "en"], input: "Good night!\n", folder: folder, environment: Self.clock)
        #expect(!without.stdout.contains("schedule."), "no --at, no schedule rules")
    }

    @Test("no plan, no such draft, a file with --draft and an unreadable --at have clear messages and exit codes")
    func errors() throws {
        let folder = try Self.folderWithPlan()
        let missing = try BinaryRunner.run(["check", "--draft", "9", "--lang", "en"], folder: folder, environment: Self.clock)
        #expect(missing.code == 66)
        #expect(missing.stderr.contains("The plan has no draft 9. Its drafts: 1, 2, 3."))
        let missingFi = try BinaryRunner.run(["check", "--draft", "9", "--lang", "fi"], folder: folder, environment: Self.clock)
        #expect(missingFi.stderr.contains("Suunnitelmassa ei ole luonnosta 9. Sen luonnokset: 1, 2, 3."))
        let withFile = try BinaryRunner.run(["check", "--draft", "3", "luonnos.txt", "--lang", "en"], folder: folder, environment: Self.clock)
        #expect(withFile.code == 64)
        #expect(withFile.stderr.contains("leave out the file “luonnos.txt”"))
        let badTime = try BinaryRunner.run(["check", "--at", "huomenna", "--lang", "fi"], input: "Hei\n", folder: folder, environment: Self.clock)
        #expect(badTime.code == 64)
        #expect(badTime.stderr.contains("”huomenna” ei ole päivämäärä ja kellonaika."))
        let noPlan = try BinaryRunner.run(["check", "--draft", "1", "--lang", "en"], folder: BinaryRunner.makeFolder())
        #expect(noPlan.code == 66)
        #expect(noPlan.stderr.contains("--draft checks a draft in the plan, but there is no plan at"))
        let unknown = try BinaryRunner.run(["check", "--channel", "myspace", "--lang", "en"], input: "x", folder: folder, environment: Self.clock)
        #expect(unknown.code == 64)
        #expect(unknown.stderr.contains("Known: instagram, facebook"))
    }

    @Test("a time already past on the binary's clock is schedule.past; a date in the text before the publishing day is date.passed; 23:30 in Finnish is time.notation")
    func pastTimeAndDate() throws {
        let folder = try Self.folderWithPlan()
        let text = "Ilmoittaudu viimeistään 30.11. ja tule paikalle 23:30!\n"
        let late = try BinaryRunner.run(["check", "--at", "1.12.2026 klo 18", "--lang", "fi", "--format", "json"], input: text, folder: folder,
                                        environment: ["KUULO_NOW": "2026-12-02T10:00:00Z"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(late.stdout.utf8)) as? [String: Any])
        let rules = Set((object["findings"] as? [[String: Any]] ?? []).compactMap { $0["rule"] as? String })
        #expect(rules.isSuperset(of: ["schedule.past", "date.passed", "time.notation"]), "\(rules)")
        let early = try BinaryRunner.run(["check", "--at", "1.12.2026 klo 18", "--lang", "fi", "--format", "json"], input: text, folder: folder,
                                         environment: ["KUULO_NOW": "2026-11-20T10:00:00Z"])
        #expect(!early.stdout.contains("schedule.past"))
        #expect(early.stdout.contains("date.passed"), "30.11. is still past on 1.12.")
    }
}
