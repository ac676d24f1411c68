import Foundation
import Testing

@Suite("End to end: plan subcommands")
struct PlanCommandTests {
    /// A plan with two revisions made through the chat.
    func makePlan() throws -> String {
        let folder = BinaryRunner.makeFolder()
        _ = try BinaryRunner.run(["--lang", "en"], input: PipedInput.firstNameSetup, folder: folder)
        _ = try BinaryRunner.run(["--lang", "en", "--user", "Maija"], input: PipedInput.rerunSetup(["name": ["Second Name"]], until: "shortName", user: "Maija", folder: folder, then: ["/quit"]), folder: folder)
        return folder
    }

    @Test("validate, log (text and JSON), show, diff, restore and schema")
    func everything() throws {
        let folder = try makePlan()
        let validate = try BinaryRunner.run(["plan", "validate", "--lang", "en"], folder: folder)
        #expect(validate.code == 0)
        #expect(validate.stdout.contains("valid Kuulo plan (format 1, revision 2)"))

        let log = try BinaryRunner.run(["plan", "log", "--lang", "en"], folder: folder)
        #expect(log.stdout.hasPrefix("#2"))
        #expect(log.stdout.contains("#1"))
        let logJSON = try BinaryRunner.run(["plan", "log", "--format", "json"], folder: folder)
        let parsed = try JSONSerialization.jsonObject(with: Data(logJSON.stdout.utf8)) as? [String: Any]
        let revisions = parsed?["revisions"] as? [[String: Any]]
        #expect(revisions?.map { $0["number"] as? Int } == [2, 1])

        let show = try BinaryRunner.run(["plan", "show", "--revision", "1"], folder: folder)
        #expect(show.stdout.contains("\"First Name\""))
        #expect(!show.stdout.contains("Second Name"))

        let diff = try BinaryRunner.run(["plan", "diff", "1", "2", "--lang", "en"], folder: folder)
        #expect(diff.stdout.contains("Changes from revision 1 to revision 2:"))
        #expect(diff.stdout.contains("~ organisation.name: \"First Name\" → \"Second Name\""))

        let restore = try BinaryRunner.run(["plan", "restore", "1", "--lang", "en", "--user", "Pekka"], folder: folder)
        #expect(restore.code == 0)
        #expect(restore.stdout.contains("Restored revision 1 as revision 3."))
        let plan = BinaryRunner.json(folder + "/kuulo-plan.json")
        #expect(plan.at("plan", "organisation", "name") as? String == "First Name")
        #expect((plan["history"] as? [[String: Any]])?.last?["author"] as? String == "Pekka")

        let missingRevision = try BinaryRunner.run(["plan", "diff", "1", "9", "--lang", "en"], folder: folder)
        #expect(missingRevision.code == 1)
        #expect(missingRevision.stderr.contains("There is no revision 9"))

        let schema = try BinaryRunner.run(["plan", "schema"], folder: folder)
        let schemaObject = try JSONSerialization.jsonObject(with: Data(schema.stdout.utf8)) as? [String: Any]
        #expect(schemaObject?["$schema"] as? String == "https://json-schema.org/draft/2020-12/schema")
    }

    @Test("data export writes the built-in files, and an override folder changes a text")
    func dataExportAndOverride() throws {
        let folder = try makePlan()
        let export = try BinaryRunner.run(["data", "export", "custom", "--lang", "en"], folder: folder)
        #expect(export.code == 0)
        #expect(FileManager.default.fileExists(atPath: folder + "/custom/Prompts/messages.fi.yaml"))
        #expect(FileManager.default.fileExists(atPath: folder + "/custom/Knowledge/fi/tip-7.md"))
        let messages = folder + "/custom/Prompts/messages.en.yaml"
        let original = BinaryRunner.read(messages)
        try original.replacingOccurrences(of: "helpHeader: \"Commands:\"", with: "helpHeader: \"What our Kuulo can do:\"")
            .write(toFile: messages, atomically: true, encoding: .utf8)
        let result = try BinaryRunner.run(["--lang", "en", "--user", "Maija", "--data-dir", "custom"], input: "/help\n", folder: folder)
        #expect(result.stdout.contains("What our Kuulo can do:"))
        try "helpHeader: [broken\n".write(toFile: messages, atomically: true, encoding: .utf8)
        let broken = try BinaryRunner.run(["--lang", "en", "--user", "Maija"], input: "/help\n", folder: folder, environment: ["KUULO_DATA_DIR": "custom"])
        #expect(broken.code == 0)
        #expect(broken.stdout.contains("Commands:"))
        #expect(broken.stderr.contains("Warning: Prompts/messages.en.yaml:"))
    }
}
