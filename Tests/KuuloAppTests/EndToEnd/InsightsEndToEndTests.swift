import Foundation
import Testing

@Suite("End to end: kuulo insights import and report")
struct InsightsEndToEndTests {
    static let plan = """
    {"schemaVersion": 1, "revision": 0, "history": [],
     "plan": {"organisation": {"name": "Kuulolan ylioppilaskunta", "shortName": "KYY", "languages": ["fi"], "timeZone": "Europe/Helsinki"},
              "channels": {"instagram": {"kind": "instagram-feed", "name": "Instagram", "cadence": {"min": 2, "max": 3}},
                           "facebook": {"kind": "facebook-page", "name": "Facebook"}},
              "calendar": {"drafts": {"1": {"channels": ["instagram"], "scheduledAt": "2026-12-01T18:00", "purpose": "tapahtumat",
                                             "texts": {"instagram": {"fi": "Syysbileet tulevat! Ilmoittaudu 1.12. mennessä, linkki biossa."}}}}}}}
    """
    static let english = """
    Post ID,Account username,Description,Publish time,Permalink,Post type,Views,Reach,Likes,Comments,Shares,Saves,Follows
    1790001,kyy_ry,"Syysbileet tulevat! 🎉
    Ilmoittaudu 1.12. mennessä, linkki biossa.",12/01/2026 18:05,https://www.instagram.com/p/A1/,IG image,1520,1200,95,11,4,7,2
    1790002,kyy_ry,"Vaalit lähestyvät",11/03/2026 09:00,https://www.instagram.com/p/A2/,IG carousel,800,640,30,3,1,2,0

    """
    static let swedish = "\u{FEFF}Publicerings-id;Publiceringstid;Permalänk;Inläggstyp;Beskrivning;Visningar;Räckvidd;Reaktioner;Kommentarer;Delningar\n"
        + "\"1001\";6.12.2026 14.30;https://www.facebook.com/kyy/posts/1001;Foton;\"Syysbileet 1.12. klo 19\";2 000;1 800;40;5;3\n"

    func folder() throws -> String {
        let folder = BinaryRunner.makeFolder()
        try Self.plan.write(toFile: folder + "/kuulo-plan.json", atomically: true, encoding: .utf8)
        try Self.english.write(toFile: folder + "/instagram.csv", atomically: true, encoding: .utf8)
        try Self.swedish.write(toFile: folder + "/facebook.csv", atomically: true, encoding: .utf8)
        return folder
    }

    @Test("English and Swedish exports import, match the draft, re-import updates by id, and the report's figures add up")
    func importAndReport() throws {
        let folder = try folder()
        let imported = try BinaryRunner.run(["insights", "import", "instagram.csv", "facebook.csv", "--lang", "en"], folder: folder, environment: ["KUULO_USER": "Maija"])
        #expect(imported.code == 0, "\(imported.stderr)")
        #expect(imported.stdout.contains("instagram.csv: 2 new posts, 0 updated; one matched to a draft."))
        #expect(imported.stdout.contains("facebook.csv: one new post, 0 updated; 0 matched to drafts."), "counts agree with their nouns: \(imported.stdout)")
        let plan = BinaryRunner.json(folder + "/kuulo-plan.json")
        #expect(plan.at("plan", "insights", "posts", "1790001", "draft") as? String == "1")
        #expect(plan.at("plan", "insights", "posts", "1790001", "channel") as? String == "instagram")
        #expect(plan.at("plan", "insights", "posts", "1001", "reach") as? Int == 1800)
        #expect(plan.at("plan", "insights", "posts", "1001", "publishedAt") as? String == "2026-12-06T14:30")
        #expect((plan["history"] as? [Any])?.count == 1)
        #expect(try BinaryRunner.run(["plan", "validate"], folder: folder).code == 0)

        let again = try BinaryRunner.run(["insights", "import", "instagram.csv", "--lang", "fi"], folder: folder, environment: ["KUULO_USER": "Maija"])
        #expect(again.stdout.contains("instagram.csv: 0 uutta julkaisua, 2 päivitettyä"))
        #expect((BinaryRunner.json(folder + "/kuulo-plan.json").at("plan", "insights", "posts") as? [String: Any])?.count == 3)

        let json = try BinaryRunner.run(["insights", "report", "--format", "json"], folder: folder)
        let report = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(report["posts"] as? Int == 3)
        let channels = report["byChannel"] as? [[String: Any]] ?? []
        let instagram = try #require(channels.first { $0["channel"] as? String == "instagram" })
        #expect(instagram["reach"] as? Int == 1200 + 640)
        #expect(instagram["medianReach"] as? Int == (1200 + 640) / 2)
        #expect(instagram["interactions"] as? Int == (95 + 11 + 4 + 7) + (30 + 3 + 1 + 2))
        let rate = try #require(instagram["engagementRate"] as? Double)
        #expect(abs(rate - Double(117 + 36) / Double(1840)) < 0.0001)
        #expect((report["top"] as? [[String: Any]])?.first?["id"] as? String == "1790001")

        let text = try BinaryRunner.run(["insights", "report", "--lang", "fi", "--from", "2026-12-01"], folder: folder)
        #expect(text.code == 0)
        #expect(text.stdout.contains("Julkaisujen tulokset 1.12.2026–6.12.2026 (2 julkaisua)"))
        #expect(text.stdout.contains("█"))

        // The same period as a page for the board: the written plan's tables and inline SVG charts, no scripts.
        let page = try BinaryRunner.run(["insights", "report", "--lang", "fi", "--from", "2026-12-01", "--format", "html"], folder: folder)
        #expect(page.code == 0, "\(page.stderr)")
        #expect(page.stdout.hasPrefix("<!DOCTYPE html>"))
        #expect(page.stdout.contains("<svg") && !page.stdout.contains("<script"))
        #expect(page.stdout.contains("1.12.2026–6.12.2026"), "the page covers the period asked for")
        #expect(page.stdout.contains("<caption>Tulokset kanavittain</caption>"), "the per-channel table under the chart")
        let empty = try BinaryRunner.run(["insights", "report", "--lang", "en", "--from", "2030-01-01", "--format", "html"], folder: folder)
        #expect(empty.code == 0 && !empty.stdout.contains("<svg"), "no posts in the period: a notice, no chart")
    }

    @Test("the per-day export, a malformed row and a non-CSV file are refused with a message, and nothing is imported")
    func refusals() throws {
        let folder = try folder()
        let before = BinaryRunner.read(folder + "/kuulo-plan.json")
        try "Post ID,Date,Publish time,Reach\n1,2026-12-06,12/06/2026 10:00,100\n".write(toFile: folder + "/daily.csv", atomically: true, encoding: .utf8)
        // A folder named instead of a file: said as an import, never as a bad --plan.
        let folderNamed = try BinaryRunner.run(["insights", "import", ".", "--lang", "en"], folder: folder)
        #expect(folderNamed.code != 0 && folderNamed.stderr.contains("not a file to import") && !folderNamed.stderr.contains("--plan"), "\(folderNamed.stderr)")
        // A file that is not there is said to be missing, never "the folder is not writable" (a user trial).
        let missing = try BinaryRunner.run(["insights", "import", "nothere.csv", "--lang", "fi"], folder: folder)
        #expect(missing.code == 66 && missing.stderr.contains("nothere.csv: tiedostoa ei ole.") && !missing.stderr.contains("--plan"), "\(missing.stderr)")
        let missingListen = try BinaryRunner.run(["listen", "import", "nothere.csv", "--lang", "en"], folder: folder)
        #expect(missingListen.stderr.contains("nothere.csv: no such file.") && !missingListen.stderr.contains("not writable"), "\(missingListen.stderr)")
        let inChat = try BinaryRunner.run(["--lang", "en"], input: "/results import nothere.csv\n", folder: folder)
        #expect(inChat.stdout.contains("nothere.csv: no such file.") && !inChat.stdout.contains("not writable"), "\(inChat.stdout)")
        let daily = try BinaryRunner.run(["insights", "import", "instagram.csv", "daily.csv", "--lang", "en"], folder: folder)
        #expect(daily.code == 65)
        #expect(daily.stderr.contains("daily.csv is the per-day report"))
        try "Post ID,Publish time,Reach\n1,12/06/2026 10:00,100\n2,huomenna,5\n".write(toFile: folder + "/bad.csv", atomically: true, encoding: .utf8)
        let bad = try BinaryRunner.run(["insights", "import", "bad.csv", "--lang", "fi"], folder: folder)
        #expect(bad.code == 65)
        #expect(bad.stderr.contains("rivi 3, sarake Publish time"))
        #expect(bad.stderr.contains("mitään ei tuotu"))
        let unknown = try BinaryRunner.run(["insights", "import", "instagram.csv", "--channel", "tiktok", "--lang", "en"], folder: folder)
        #expect(unknown.code == 64)
        #expect(BinaryRunner.read(folder + "/kuulo-plan.json") == before, "nothing imported")
        let empty = try BinaryRunner.run(["insights", "report", "--lang", "en"], folder: folder)
        #expect(empty.stdout.contains("No results have been imported yet"))
    }
}
