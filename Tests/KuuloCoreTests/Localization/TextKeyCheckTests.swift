import KuuloData
import Testing
@testable import KuuloCore

@Suite("The build-time check of text keys")
struct TextKeyCheckTests {
    let packs = [LanguagePack(code: "fi"), LanguagePack(code: "en")]
    let expectation = TextKeyCheck.Expectation(
        used: [TextKey(.message, "greeting"), TextKey(.message, "goodbye"), TextKey(.check, "privacy.phone")],
        owned: [TextKey(.message, []), TextKey(.check, [])])

    @Test("the built-in files have every key the code uses in every language, and no other")
    func builtInFilesPass() {
        let data = DataFiles(embedded: EmbeddedFiles.all)
        let problems = TextKeyCheck.problems(files: EmbeddedFiles.all, packs: LanguagePacks.builtIn.packs,
                                             expectation: TextKeyCheck.codeExpectation(data: data))
        #expect(problems.isEmpty, "\(problems)")
        #expect(TextKeyCheck.codeExpectation(data: data).used.count > MessageKey.allCases.count + ExportTextKey.allCases.count)
    }

    @Test("the made-up language's files would pass the build as a built-in language")
    func madeUpLanguagePasses() throws {
        let files = EmbeddedFiles.all.merging(MadeUpLanguageTests.overrides) { _, fixture in fixture }
        let data = DataFiles(embedded: files)
        let packs = LanguagePacks(data: data).packs
        #expect(packs.map(\.code) == ["fi", "en", "xx"])
        let problems = TextKeyCheck.problems(files: files, packs: packs, expectation: TextKeyCheck.codeExpectation(data: data))
        #expect(problems.isEmpty, "\(problems)")
        // Without its messages file every message the code uses is missing in it.
        let withoutMessages = files.filter { $0.key != "Prompts/messages.xx.yaml" }
        let missing = TextKeyCheck.problems(files: withoutMessages, packs: packs, expectation: TextKeyCheck.codeExpectation(data: data))
        #expect(missing.count == MessageKey.allCases.count)
        #expect(missing.allSatisfy { $0.path == "Prompts/messages.xx.yaml" && $0.line == nil })
    }

    @Test("a key the code uses that a language lacks is an error at the file, pointing at the English text")
    func missingKey() {
        let files = [
            "Prompts/messages.en.yaml": "greeting: \"Hi\"\ngoodbye: \"Bye\"\n",
            "Prompts/messages.fi.yaml": "greeting: \"Hei\"\n",
            "Prompts/checks/privacy.en.yaml": "privacy.phone: \"Phone\"\n",
            "Prompts/checks/privacy.fi.yaml": "# nothing yet\n",
        ]
        let problems = TextKeyCheck.problems(files: files, packs: packs, expectation: expectation)
        #expect(problems == [
            DataFileError(path: "Prompts/checks/privacy.fi.yaml", line: 1, column: 1,
                          problem: "missing text 'check.privacy.phone': the code uses it (English: Prompts/checks/privacy.en.yaml:1:16)"),
            DataFileError(path: "Prompts/messages.fi.yaml", line: 1, column: 1,
                          problem: "missing text 'message.goodbye': the code uses it (English: Prompts/messages.en.yaml:2:10)"),
        ])
        #expect(TextKeyCheck.place(problems[1]) == "Prompts/messages.fi.yaml:1:1")
    }

    @Test("a key no code uses is an error at its line and column")
    func unusedKey() {
        let files = [
            "Prompts/messages.en.yaml": "greeting: \"Hi\"\ngoodbye: \"Bye\"\n",
            "Prompts/messages.fi.yaml": "greeting: \"Hei\"\ngoodbye: \"Hei hei\"\n# old\ngreting: \"Moi\"\n",
            "Prompts/checks/privacy.en.yaml": "privacy.phone: \"Phone\"\n",
            "Prompts/checks/privacy.fi.yaml": "privacy.phone: \"Puhelin\"\n",
        ]
        #expect(TextKeyCheck.problems(files: files, packs: packs, expectation: expectation) == [
            DataFileError(path: "Prompts/messages.fi.yaml", line: 4, column: 10, problem: "unused text 'message.greting': no code uses it"),
        ])
    }

    @Test("outside the code's keys a language must have the English file's keys, and no others")
    func comparedWithEnglish() {
        let files = [
            "Prompts/export.en.yaml": "lists:\n  months: [January]\n",
            "Prompts/export.fi.yaml": "lists:\n  monthz: [tammikuu]\n",
        ]
        let problems = TextKeyCheck.problems(files: files, packs: packs, expectation: TextKeyCheck.Expectation(used: [], owned: []))
        #expect(problems.map(\.problem) == [
            "missing text 'export.lists.months': the English file has it (English: Prompts/export.en.yaml:2:11)",
            "unused text 'export.lists.monthz': the English file has no such key",
        ])
        #expect(problems.map(\.line) == [1, 2])
    }

    @Test("a plural entry must have the forms of its language's rule")
    func pluralForms() {
        let files = [
            "Prompts/messages.en.yaml": "greeting: {one: \"Hi, one\", other: \"Hi, all\"}\ngoodbye: \"Bye\"\n",
            "Prompts/messages.fi.yaml": "greeting: {other: \"Hei kaikki\"}\ngoodbye: \"Hei hei\"\n",
        ]
        let only = TextKeyCheck.Expectation(used: [TextKey(.message, "greeting"), TextKey(.message, "goodbye")], owned: [TextKey(.message, [])])
        #expect(TextKeyCheck.problems(files: files, packs: packs, expectation: only) == [
            DataFileError(path: "Prompts/messages.fi.yaml", line: 1, column: 11,
                          problem: "text 'message.greeting' has the wrong plural forms: plural rule one-other takes one, other"),
        ])
    }
}
