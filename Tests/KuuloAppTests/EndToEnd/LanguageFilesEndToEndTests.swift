import Foundation
import Testing

@Suite("End to end: flow texts from an organisation's language files")
struct LanguageFilesEndToEndTests {
    /// `Tests/Fixtures/language-xx`: the made-up language written by scripts/make-test-language.py.
    static let madeUpLanguage = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fixtures/language-xx").standardizedFileURL.path

    /// An English setup of a new plan, answered by step id.
    static var englishSetup: PipedInput {
        var input = PipedInput(language: .en, user: "Alex Example")
        input.answer(["name": ["Example Student Union"], "shortName": ["ESU"], "kind": ["2"], "languages": ["en"],
                      "userName": ["Alex Example"], "userRole": ["board member"]])
        return input
    }

    @Test("a data folder that changes one flow text is used, and a mistyped step id is reported with file and line")
    func organisationTexts() throws {
        let folder = BinaryRunner.makeFolder()
        let flows = folder + "/data/Prompts/flows"
        try FileManager.default.createDirectory(atPath: flows, withIntermediateDirectories: true)
        try Data("steps:\n  - id: name\n    question: \"The union's full name?\"\n".utf8).write(to: URL(fileURLWithPath: flows + "/setup.en.yaml"))
        try Data("steps:\n  - id: nmae\n    question: \"Nimi?\"\n".utf8).write(to: URL(fileURLWithPath: flows + "/setup.fi.yaml"))
        var input = PipedInput(language: .en, dataDirectory: folder + "/data")
        input.answer(["name": ["Example Student Union"]], until: "shortName")
        let result = try BinaryRunner.run(["--lang", "en", "--data-dir", "data"], input: input.text, folder: folder)
        #expect(result.stdout.contains(/\[1\/\d+\] The union's full name\?/))
        #expect(result.stdout.contains(/\[2\/\d+\] What is its short name or abbreviation\?/))
        let report = result.stdout + result.stderr
        #expect(report.contains("Prompts/flows/setup.fi.yaml:2:9:"), "\(report)")
        #expect(report.contains("nmae"))
    }

    @Test("the made-up language's folder loads without a warning, and an English setup runs as before")
    func madeUpLanguageFolder() throws {
        let folder = BinaryRunner.makeFolder()
        let result = try BinaryRunner.run(["--lang", "en", "--data-dir", Self.madeUpLanguage], input: Self.englishSetup.text, folder: folder)
        #expect(result.code == 0)
        #expect(!(result.stdout + result.stderr).contains("Warning"), "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.contains("What is your role in the organisation?"))
        let plan = BinaryRunner.json(folder + "/kuulo-plan.json")
        #expect(plan.at("plan", "organisation", "name") as? String == "Example Student Union")
        // The pack in the folder makes `xx` a language, so a per-language default with an `xx` entry
        // is read per language: the English setup suggests and stores the English values.
        #expect(!result.stdout.contains("«"), "the values question shows the whole map as its suggestion")
        #expect(plan.at("plan", "organisation", "values") as? [String] == ["listening", "interaction", "member-centredness"])
    }

    @Test("a whole flow runs in the made-up language, from its files alone: every line it prints is its own text")
    func wholeFlowInMadeUpLanguage() throws {
        let folder = BinaryRunner.makeFolder()
        // The made-up language's folder adds texts only, so the flow asks what the English one asks.
        var input = Self.englishSetup
        input.send("/xx-quit")
        let result = try BinaryRunner.run(["--lang", "xx", "--user", "Alex Example", "--data-dir", Self.madeUpLanguage],
                                          input: input.text, folder: folder)
        #expect(result.code == 0, "\(result.stderr)")
        #expect(result.stderr.isEmpty, "\(result.stderr)")
        #expect(result.stdout.contains("«What is your organisation's full name?»"))
        #expect(result.stdout.contains("«What is your role in the organisation?»"))
        // Every text comes from the xx files (each of their texts is «…»): with those removed, only the
        // chat's own punctuation is left (option numbers, brackets, commas), no English or Finnish word.
        // The trustee's own name is data, not a text: it is shown as the suggested answer.
        let outside = result.stdout.replacing(/«[^»]*»/, with: "").replacing("Alex Example", with: "")
        let words = outside.split(whereSeparator: { !$0.isLetter })
        #expect(words.isEmpty, "printed outside the xx texts: \(words)")
        let plan = BinaryRunner.json(folder + "/kuulo-plan.json")
        #expect(plan.at("plan", "organisation", "name") as? String == "Example Student Union")
        #expect(plan.at("plan", "organisation", "values") as? [String] == ["«listening»", "«interaction»", "«member-centredness»"])
    }
}
