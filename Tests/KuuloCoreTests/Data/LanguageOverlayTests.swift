import KuuloData
import Testing
@testable import KuuloCore

@Suite("Language overlay")
struct LanguageOverlayTests {
    static let structure = """
    id: demo
    steps:
      - id: name
        field: /organisation/name
        question: {en: "Name?"}
      - id: kind
        field: /organisation/kind
        default: other
        options:
          - value: union
          - value: other
      - id: values
        field: /organisation/values
    """

    static func tree(_ yaml: String) throws -> JSONValue {
        try YAMLData.parse(yaml, path: "test.yaml")
    }

    static func merge(_ yaml: String, code: String = "fi", mode: LanguageOverlay.Mode = .replace) throws -> JSONValue {
        let file = LanguageOverlay.TextFile(code: code, path: "Prompts/flows/demo.\(code).yaml", tree: try tree(yaml))
        return try LanguageOverlay.apply(file, to: try tree(structure), mode: mode)
    }

    static func step(_ tree: JSONValue, _ id: String) -> JSONValue? {
        tree["steps"]?.arrayValue?.first { $0["id"]?.stringValue == id }
    }

    @Test("steps are matched by id, options by value, and texts join the structure's own")
    func matchesListsByIdAndValue() throws {
        let merged = try Self.merge("""
        intro: "Aloitetaan."
        steps:
          - id: kind
            question: "Millainen?"
            options:
              - value: other
                label: "muu"
          - id: name
            question: "Nimi?"
            hint: "Koko nimi"
          - id: values
            default: [kuuntelu, vuorovaikutus]
        """)
        #expect(merged["intro"] == .object(["fi": .string("Aloitetaan.")]))
        #expect(Self.step(merged, "name")?["question"] == .object(["en": .string("Name?"), "fi": .string("Nimi?")]))
        #expect(Self.step(merged, "name")?["hint"]?["fi"] == .string("Koko nimi"))
        #expect(Self.step(merged, "name")?["field"] == .string("/organisation/name"))
        let options = Self.step(merged, "kind")?["options"]?.arrayValue
        #expect(options?[0] == .object(["value": .string("union")]))
        #expect(options?[1]["label"] == .object(["fi": .string("muu")]))
        #expect(Self.step(merged, "values")?["default"]?["fi"] == .array([.string("kuuntelu"), .string("vuorovaikutus")]))
        #expect(merged["steps"]?.arrayValue?.map { $0["id"] } == [.string("name"), .string("kind"), .string("values")])
    }

    @Test("a text file entry that matches no step is an error pointing at its id")
    func unmatchedStep() throws {
        #expect(throws: LanguageOverlayError(path: "Prompts/flows/demo.fi.yaml", pointer: JSONPointer(tokens: ["steps", "0", "id"]),
                                             problem: .unmatched(description: "no item of 'steps' has id 'nmae'"))) {
            try Self.merge("steps:\n  - id: nmae\n    question: \"Nimi?\"\n")
        }
        #expect(throws: LanguageOverlayError.self) { try Self.merge("steps:\n  - id: kind\n    options:\n      - value: unoin\n        label: x\n") }
        #expect(throws: LanguageOverlayError.self) { try Self.merge("groups:\n  - id: tip-1\n    title: x\n") }
        #expect(throws: LanguageOverlayError.self) { try Self.merge("steps:\n  - question: x\n") }
        #expect(throws: LanguageOverlayError.self) { try Self.merge("steps:\n  - id: name\n    question: a\n  - id: name\n    hint: b\n") }
    }

    @Test("a text that would replace a structural value is an error")
    func collision() throws {
        #expect(throws: LanguageOverlayError(path: "Prompts/flows/demo.fi.yaml", pointer: JSONPointer(tokens: ["steps", "0", "field"]),
                                             problem: .collision(structureType: "string"))) {
            try Self.merge("steps:\n  - id: name\n    field: /toinen\n")
        }
        #expect(throws: LanguageOverlayError.self) { try Self.merge("steps:\n  - id: kind\n    default: muu\n") }
        #expect(throws: LanguageOverlayError.self) { try Self.merge("steps: oops\n") }
        #expect(throws: LanguageOverlayError.self) { try Self.merge("steps:\n  - id: name\n    hint:\n") }
    }

    @Test("fill-in mode keeps the structure's own texts and skips entries that match nothing")
    func fillIn() throws {
        let merged = try Self.merge("""
        steps:
          - id: name
            question: "Nimi?"
          - id: removed
            question: "Poistettu?"
        """, code: "en", mode: .fillIn)
        #expect(Self.step(merged, "name")?["question"] == .object(["en": .string("Name?")]))
        #expect(merged["steps"]?.arrayValue?.count == 3)
    }

    @Test("text files are told apart from structure files by the second-to-last part of the name")
    func fileNames() {
        func parts(_ path: String) -> [String]? { LanguageOverlay.textFile(path).map { [$0.structure, $0.code] } }
        #expect(parts("Prompts/flows/setup.fi.yaml") == ["Prompts/flows/setup.yaml", "fi"])
        #expect(parts("Prompts/commands.xx.yaml") == ["Prompts/commands.yaml", "xx"])
        #expect(LanguageOverlay.textFile("Prompts/messages.fi.yaml") == nil)
        #expect(LanguageOverlay.textFile("Prompts/flows/setup.yaml") == nil)
        #expect(LanguageOverlay.takesTexts("Prompts/flows/setup.yaml"))
        #expect(!LanguageOverlay.takesTexts("Prompts/flows/setup.fi.yaml"))
        #expect(!LanguageOverlay.takesTexts("Prompts/sections.yaml"))
    }

    @Test("a text file without its structure file is an error")
    func orphanTextFile() throws {
        #expect(throws: LanguageOverlayError.self) {
            try LanguageOverlay.merged(["Prompts/flows/gone.fi.yaml": .object(["intro": .string("x")])])
        }
        let merged = try LanguageOverlay.merged(["Prompts/flows/demo.yaml": try Self.tree(Self.structure),
                                                 "Prompts/flows/demo.fi.yaml": .object(["intro": .string("Hei")])])
        #expect(merged["Prompts/flows/demo.yaml"]?["intro"]?["fi"] == .string("Hei"))
    }

    @Test("a text given in one language's file and not in another's is reported at its step in the structure file")
    func missingLanguage() throws {
        let merged = try LanguageOverlay.merged([
            "Prompts/flows/demo.yaml": try Self.tree(Self.structure),
            "Prompts/flows/demo.fi.yaml": try Self.tree("steps:\n  - id: name\n    question: \"Nimi?\"\n    hint: \"Koko nimi\"\n"),
            "Prompts/flows/demo.en.yaml": try Self.tree("steps:\n  - id: name\n    question: \"Name?\"\n"),
        ])
        let problems = LanguageOverlay.missingTexts(in: merged)
        #expect(problems == [LanguageOverlayError(path: "Prompts/flows/demo.yaml", pointer: JSONPointer(tokens: ["steps", "0", "hint"]),
                                                  problem: .missingLanguages(["en"]))])
        let located = problems.first?.dataFileError(text: Self.structure)
        #expect(located?.line == 3)
        #expect(located?.problem.contains("demo.en.yaml") == true)
        #expect(LanguageOverlay.missingTexts(in: try LanguageOverlay.merged(["Prompts/flows/demo.yaml": try Self.tree(Self.structure)])).isEmpty)
    }
}

@Suite("Data files with per-language flow texts")
struct DataFilesLanguageOverlayTests {
    @Test("an organisation's text file with a mistyped step id is reported with file and line, and the built-in texts stay")
    func mistypedOverride() throws {
        let data = DataFiles(embedded: EmbeddedFiles.all, overrides: [
            "Prompts/flows/identify.fi.yaml": "summary: \"Uusi: {user}\"\nsteps:\n  - id: userNmae\n    question: \"Kuka?\"\n",
        ])
        let tree = try #require(data.tree("Prompts/flows/identify.yaml"))
        #expect(tree["summary"]?["fi"] == .string("Uusi luottamustoimija"))
        let warning = try #require(data.warnings.first)
        #expect(warning.path == "Prompts/flows/identify.fi.yaml")
        #expect(warning.line == 3)
        #expect(warning.column == 9)
        #expect(warning.problem.contains("userNmae"))
    }

    @Test("an organisation changes one text, and adds a language with one file")
    func overrideAndNewLanguage() throws {
        let data = DataFiles(embedded: EmbeddedFiles.all, overrides: [
            "Prompts/flows/identify.fi.yaml": "steps:\n  - id: userName\n    question: \"Kuka sinä olet?\"\n",
            "Prompts/flows/identify.sv.yaml": "steps:\n  - id: userName\n    question: \"Vem är du?\"\n",
        ])
        let tree = try #require(data.tree("Prompts/flows/identify.yaml"))
        let question = tree["steps"]?.arrayValue?.first?["question"]
        #expect(question?["fi"] == .string("Kuka sinä olet?"))
        #expect(question?["sv"] == .string("Vem är du?"))
        #expect(question?["en"] == .string("Who are you? Your name marks the versions you make."))
        #expect(tree["summary"]?["fi"] == .string("Uusi luottamustoimija"))
        #expect(data.warnings.isEmpty)
    }

    @Test("built-in texts fill in under an organisation's own flow, which may drop steps", arguments: [false, true])
    func ownStructure(buildTimeJSON: Bool) throws {
        let data = DataFiles(embedded: EmbeddedFiles.all, embeddedJSON: buildTimeJSON ? EmbeddedFiles.parsedYAML : [:], overrides: [
            "Prompts/flows/identify.yaml": """
            id: identify
            steps:
              - id: userName
                field: /trustees/{user}/name
                setsUser: true
                question: {en: "Your name, please?"}
            """,
        ])
        let flow = try #require(KuuloResources(data: data).flow("identify"))
        #expect(flow.steps.map(\.id) == ["userName"])
        #expect(flow.steps[0].question.text(.en) == "Your name, please?")
        #expect(flow.steps[0].question.text(.fi) == "Kuka olet? Nimesi merkitään tekemiisi versioihin.")
        #expect(flow.summary.text(.fi) == "Uusi luottamustoimija")
        #expect(data.warnings.isEmpty, "\(data.warnings)")
    }

    @Test("text files are part of their flow: not listed as flows themselves")
    func listing() {
        let data = DataFiles(embedded: EmbeddedFiles.all, overrides: ["Prompts/flows/setup.sv.yaml": "intro: \"Hej\"\n"])
        let flows = data.paths(under: "Prompts/flows/")
        #expect(flows.contains("Prompts/flows/setup.yaml"))
        #expect(!flows.contains { $0.hasSuffix(".fi.yaml") || $0.hasSuffix(".sv.yaml") })
        #expect(data.textFiles(of: "Prompts/flows/setup.yaml").map(\.code) == ["en", "fi", "sv"])
        #expect(data.tree("Prompts/flows/setup.yaml")?["intro"]?["sv"] == .string("Hej"))
    }
}
