import Foundation
import Testing

@Suite("End to end: the listening log")
struct ListenEndToEndTests {
    static let plan = """
    {"schemaVersion": 1, "revision": 0, "history": [],
     "plan": {"organisation": {"name": "Kuulolan ylioppilaskunta", "shortName": "KYY", "languages": ["fi"], "timeZone": "Europe/Helsinki"},
              "monitoring": {"keywords": ["sitsi", "vappu"]},
              "channels": {"instagram": {"kind": "instagram-feed", "responseTime": "1-day"}}}}
    """

    func folder() throws -> String {
        let folder = BinaryRunner.makeFolder()
        try Self.plan.write(toFile: folder + "/kuulo-plan.json", atomically: true, encoding: .utf8)
        return folder
    }

    @Test("kuulo listen add, import (Facebook's comments with their escapes repaired, and CSV), list --format json and digest, in Finnish and English")
    func cli() throws {
        let folder = try folder()
        let add = try BinaryRunner.run(["listen", "add", "--lang", "fi", "--at", "1.12.2026 10.00", "Milloin", "sitsien", "liput", "tulee", "myyntiin?"],
                                       folder: folder, environment: ["KUULO_USER": "Maija"])
        #expect(add.code == 0, "\(add.stderr)")
        #expect(add.stdout.contains("Merkintä 1 kirjattiin kuuntelulokiin (laji: kysymys)."))
        #expect(add.stdout.contains("Mainitsee seurattavat sanat: sitsi"))
        let comments = #"{"comments_v2": [{"timestamp": 1764928800, "data": [{"comment": {"timestamp": 1764928800, "comment": "Kiitos sitseist\u00c3\u00a4, liput loppui kyll\u00c3\u00a4 heti", "author": "Matti"}}], "title": "t"}]}"#
        try comments.write(toFile: folder + "/comments.json", atomically: true, encoding: .utf8)
        let imported = try BinaryRunner.run(["listen", "import", "comments.json", "--lang", "en"], folder: folder, environment: ["KUULO_USER": "Maija"])
        #expect(imported.stdout.contains("comments.json: one message recorded"), "\(imported.stdout) \(imported.stderr)")
        try "text,time,source\nMun hetu on 131052-308T,2.12.2026 12.00,message\n".write(toFile: folder + "/survey.csv", atomically: true, encoding: .utf8)
        #expect(try BinaryRunner.run(["listen", "import", "survey.csv"], folder: folder).code == 0)

        let list = try BinaryRunner.run(["listen", "list", "--format", "json"], folder: folder)
        let entries = try #require((try JSONSerialization.jsonObject(with: Data(list.stdout.utf8)) as? [String: Any])?["entries"] as? [[String: Any]])
        #expect(entries.count == 3)
        #expect(entries.map { $0["id"] as? String ?? "" } == ["2", "1", "3"], "oldest first: the comment of 5.12.2025, then 1.12. and 2.12.2026")
        let comment = try #require(entries.first { $0["id"] as? String == "2" })
        #expect(comment["text"] as? String == "Kiitos sitseistä, liput loppui kyllä heti")
        #expect(comment["at"] as? String == "2025-12-05T12:00")
        #expect(comment["author"] as? String == "Matti")
        #expect((entries.first { $0["id"] as? String == "3" }?["kinds"] as? [String])?.first == "privacy")
        #expect(entries.allSatisfy { $0["answered"] as? Bool == false })

        let digest = try BinaryRunner.run(["listen", "digest", "--lang", "fi"], folder: folder)
        #expect(digest.stdout.contains("Mistä jäsenet puhuivat"))
        #expect(digest.stdout.contains("lippu (2)"), "Voikko's base forms group 'liput' and 'liput': \(digest.stdout)")
        let json = try BinaryRunner.run(["listen", "digest", "--format", "json"], folder: folder)
        #expect(json.stdout.contains("\"entries\": 3"))
    }

    @Test("the chat: /kuuntelu records through its questions, the greeting names overdue questions, 'vastattu N' marks one answered")
    func chat() throws {
        let folder = try folder()
        var input = PipedInput(language: .fi, user: "Maija", planPath: folder + "/kuulo-plan.json")
        input.send("/kuuntelu")
        input.answer(["text": ["Onks vappusitseille vielä lippuja"], "source": ["2"]])
        input.send("/kuuntelu loki")
        let first = try BinaryRunner.run(["--lang", "fi"], input: input.text,
                                         folder: folder, environment: ["KUULO_USER": "Maija"])
        #expect(first.code == 0, "\(first.stderr)")
        #expect(first.stdout.contains("Merkintä 1 kirjattiin kuuntelulokiin (laji: kysymys)."))
        #expect(first.stdout.contains("1. ") && first.stdout.contains("viesti – kysymys: Onks vappusitseille vielä lippuja"))
        // Two days later (the plan's response time is a day), the greeting says so.
        let plan = BinaryRunner.read(folder + "/kuulo-plan.json")
        let aged = plan.replacingOccurrences(of: #""at": "\d{4}-\d\d-\d\dT\d\d:\d\d""#, with: #""at": "2020-01-01T10:00""#, options: .regularExpression)
        try aged.write(toFile: folder + "/kuulo-plan.json", atomically: true, encoding: .utf8)
        let later = try BinaryRunner.run(["--lang", "en"], input: "/listen answered 1\n", folder: folder, environment: ["KUULO_USER": "Maija"])
        #expect(later.stdout.contains("A member's question has waited longer than the plan's response time."), "one question, said in words: \(later.stdout)")
        #expect(later.stdout.contains("Entry 1 is marked answered."))
        #expect(BinaryRunner.json(folder + "/kuulo-plan.json").at("plan", "listening", "entries", "1", "answered") as? Bool == true)
        let after = try BinaryRunner.run(["--lang", "en"], input: "", folder: folder, environment: ["KUULO_USER": "Maija"])
        #expect(!after.stdout.contains("waited longer"))
    }
}
