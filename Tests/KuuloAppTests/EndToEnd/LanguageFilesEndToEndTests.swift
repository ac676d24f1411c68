import Foundation
import Testing

@Suite("End to end: flow texts from an organisation's language files")
struct LanguageFilesEndToEndTests {
    /// `Tests/Fixtures/language-xx`: the made-up language written by scripts/make-test-language.py.
    static let madeUpLanguage = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fixtures/language-xx").standardizedFileURL.path

    @Test("a data folder that changes one flow text is used, and a mistyped step id is reported with file and line")
    func organisationTexts() throws {
        let folder = BinaryRunner.makeFolder()
        let flows = folder + "/data/Prompts/flows"
        try FileManager.default.createDirectory(atPath: flows, withIntermediateDirectories: true)
        try Data("steps:\n  - id: name\n    question: \"The union's full name?\"\n".utf8).write(to: URL(fileURLWithPath: flows + "/setup.en.yaml"))
        try Data("steps:\n  - id: nmae\n    question: \"Nimi?\"\n".utf8).write(to: URL(fileURLWithPath: flows + "/setup.fi.yaml"))
        let result = try BinaryRunner.run(["--lang", "en", "--data-dir", "data"], input: "Example Student Union\n", folder: folder)
        #expect(result.stdout.contains("[1/7] The union's full name?"))
        #expect(result.stdout.contains("[2/7] Its short name or abbreviation?"))
        let report = result.stdout + result.stderr
        #expect(report.contains("Prompts/flows/setup.fi.yaml:2:9:"), "\(report)")
        #expect(report.contains("nmae"))
    }

    @Test("the made-up language's folder loads without a warning, and an English setup runs as before")
    func madeUpLanguageFolder() throws {
        let folder = BinaryRunner.makeFolder()
        let input = "Example Student Union\nESU\n2\nen\n\nAlex Example\nboard member\n"
        let result = try BinaryRunner.run(["--lang", "en", "--data-dir", Self.madeUpLanguage], input: input, folder: folder)
        #expect(result.code == 0)
        #expect(!(result.stdout + result.stderr).contains("Warning"), "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.contains("[7/7] What is your role in the organisation?"))
        let plan = BinaryRunner.json(folder + "/kuulo-plan.json")
        #expect(plan.at("plan", "organisation", "name") as? String == "Example Student Union")
        // Flow.swift reads a default as per-language only when every key is a Language it knows, so
        // with `xx` beside `en` and `fi` the whole map becomes the default. The flow-engine and
        // language-packs work replace that decoding; when they do, this known issue disappears.
        withKnownIssue("a per-language default with a language Kuulo does not know yet is taken whole") {
            #expect(!result.stdout.contains("«"), "the values question shows the whole map as its suggestion")
            #expect(plan.at("plan", "organisation", "values") as? [String] == ["listening", "interaction", "member-centredness"])
        }
    }
}
