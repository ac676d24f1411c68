import Foundation
import Testing

/// `PipedInput` answers flows by step id: a question added to a flow needs no change in a test.
@Suite("End to end: piped flows answered by step id")
struct PipedInputTests {
    /// The package's root folder.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().path

    /// The setup answers `SetupEndToEndTests` gives, by step id.
    static let setupAnswers: [String: [String]] = ["name": ["Example Student Union"], "shortName": ["ESU"], "kind": ["2"], "languages": ["en"],
                                                   "userName": ["Alex Example"], "userRole": ["board member"]]

    /// A folder whose `data/` holds a copy of the built-in setup flow with one more, optional, question
    /// (`motto`) after the short name, and its text in both built-in languages.
    static func folderWithExtraQuestion() throws -> String {
        let folder = BinaryRunner.makeFolder()
        let flows = folder + "/data/Prompts/flows"
        try FileManager.default.createDirectory(atPath: flows, withIntermediateDirectories: true)
        let builtIn = try String(contentsOfFile: root + "/Prompts/flows/setup.yaml", encoding: .utf8)
        let extra = "  - id: motto\n    kind: text\n    field: /organisation/motto\n    maxLength: 120\n"
        let copy = builtIn.replacingOccurrences(of: "  - id: kind\n", with: extra + "  - id: kind\n")
        #expect(copy != builtIn, "the setup flow has a kind step to insert before")
        try copy.write(toFile: flows + "/setup.yaml", atomically: true, encoding: .utf8)
        try "steps:\n  - id: motto\n    question: \"Does it have a motto?\"\n".write(toFile: flows + "/setup.en.yaml", atomically: true, encoding: .utf8)
        try "steps:\n  - id: motto\n    question: \"Onko sillä tunnuslausetta?\"\n".write(toFile: flows + "/setup.fi.yaml", atomically: true, encoding: .utf8)
        return folder
    }

    @Test("a question added to a copy of the setup flow: the same answers still drive it, and the new step takes its own")
    func extraQuestion() throws {
        let folder = try Self.folderWithExtraQuestion()
        var input = PipedInput(language: .en, dataDirectory: folder + "/data")
        input.answer(Self.setupAnswers)
        var builtIn = PipedInput(language: .en)
        builtIn.answer(Self.setupAnswers)
        #expect(input.lines.count == builtIn.lines.count + 1, "one line more, for the new step: \(input.lines)")
        let result = try BinaryRunner.run(["--lang", "en", "--data-dir", "data"], input: input.text, folder: folder)
        #expect(result.code == 0, "\(result.stderr)")
        #expect(result.stderr.isEmpty, "\(result.stderr)")
        #expect(result.stdout.contains("Does it have a motto?"))
        #expect(result.stdout.contains("Thank you! The basics of ESU are in the plan."))
        var plan = BinaryRunner.json(folder + "/kuulo-plan.json")
        #expect(plan.at("plan", "organisation", "shortName") as? String == "ESU")
        #expect(plan.at("plan", "organisation", "kind") as? String == "student-association")
        #expect(plan.at("plan", "organisation", "languages") as? [String] == ["en"])
        #expect(plan.at("plan", "organisation", "motto") == nil)
        #expect(plan.at("plan", "trustees", "alex-example", "role") as? String == "board member")

        var rerun = PipedInput(language: .en, user: "Alex Example", planPath: folder + "/kuulo-plan.json", dataDirectory: folder + "/data")
        rerun.send("/setup")
        rerun.answer(["motto": ["Listen first"]])
        rerun.send("/quit")
        let again = try BinaryRunner.run(["--lang", "en", "--data-dir", "data"], input: rerun.text, folder: folder)
        #expect(again.code == 0, "\(again.stderr)")
        plan = BinaryRunner.json(folder + "/kuulo-plan.json")
        #expect(plan.at("plan", "organisation", "motto") as? String == "Listen first")
        #expect(plan.at("plan", "organisation", "kind") as? String == "student-association", "the rest kept as it was")
    }
}
