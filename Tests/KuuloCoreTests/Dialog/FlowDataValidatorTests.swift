import KuuloData
import Testing
@testable import KuuloCore

/// A small valid flow to break one line at a time.
private let validFlow = """
id: demo
summary: {en: "Demo", fi: "Demo"}
steps:
  - id: name
    field: /demo/name
    required: true
    question:
      en: "Name?"
      fi: "Nimi?"
"""

private let validCommands = """
commands:
  - id: demo
    flow: demo
    names: {en: demo, fi: demo}
    usage: {en: "/demo", fi: "/demo"}
    summary: {en: "A demo", fi: "Esimerkki"}
"""

private func problems(flow: String = validFlow, commands: String = validCommands) -> [DataFileError] {
    FlowDataValidator(languages: ["en", "fi"]).problems(in: ["Prompts/flows/demo.yaml": flow, "Prompts/commands.yaml": commands])
}

@Suite("Flow data validator")
struct FlowDataValidatorTests {
    @Test("the shipped flows and commands have no problems")
    func shippedData() {
        let found = FlowDataValidator().problems(in: EmbeddedFiles.all)
        #expect(found.isEmpty, "\(found)")
    }

    @Test("a valid flow and command pass")
    func valid() {
        #expect(problems().isEmpty)
    }

    @Test("a mistyped key in a step is reported at its line and column, with the key it resembles")
    func unknownKey() throws {
        let found = problems(flow: validFlow.replacingOccurrences(of: "    required: true", with: "    requried: true"))
        let problem = try #require(found.first)
        #expect(found.count == 1)
        #expect(problem.path == "Prompts/flows/demo.yaml")
        #expect(problem.line == 6 && problem.column == 5)
        #expect(problem.problem.contains("unknown key 'requried' in step name"))
        #expect(problem.problem.contains("did you mean 'required'"))
    }

    @Test("atLeast: must name an earlier number step asked for the same items, and sit on a number step")
    func numberConstraints() throws {
        func flow(_ constraint: String, kind: String = "number", each: String = "") -> String {
            validFlow + """

              - id: low
                kind: number
                field: /demo/low
                question: {en: "Low?", fi: "Vähintään?"}
              - id: high
                kind: \(kind)
                field: /demo/high
                \(constraint)\(each)
                question: {en: "High?", fi: "Enintään?"}
            """
        }
        #expect(problems(flow: flow("atLeast: low")).isEmpty)
        let missing = try #require(problems(flow: flow("atLeast: lwo")).first)
        #expect(missing.problem.contains("atLeast of step high names 'lwo', which is not an earlier step of this flow (did you mean 'low'?)"))
        #expect(missing.line == 17)
        let text = try #require(problems(flow: flow("atLeast: low", kind: "text")).first)
        #expect(text.problem.contains("both high and low must be kind: number"))
        let block = try #require(problems(flow: flow("atLeast: low", each: "\n    each: channel")).first)
        #expect(block.problem.contains("not asked for the same items"))
        let later = try #require(problems(flow: flow("atMost: high")).first)
        #expect(later.problem.contains("names 'high', which is not an earlier step"))
    }

    @Test("an unknown hook name is reported at its value")
    func unknownHook() throws {
        let flow = validFlow.replacingOccurrences(of: "    required: true", with: "    optionsFrom: chanels")
        let problem = try #require(problems(flow: flow).first)
        #expect(problem.line == 6 && problem.column == 18)
        #expect(problem.problem.contains("unknown optionsFrom 'chanels'"))
        #expect(problem.problem.contains("did you mean 'channels'"))
    }

    @Test("an unknown onComplete is reported")
    func unknownCompletion() throws {
        let problem = try #require(problems(flow: "onComplete: draft-asemble\n" + validFlow).first)
        #expect(problem.line == 1 && problem.column == 13)
        #expect(problem.problem.contains("unknown onComplete 'draft-asemble'"))
    }

    @Test("a question without one of the languages is reported at the text")
    func missingLanguage() throws {
        let flow = validFlow.replacingOccurrences(of: "\n      fi: \"Nimi?\"", with: "")
        let problem = try #require(problems(flow: flow).first)
        #expect(problem.line == 8 && problem.column == 7)
        #expect(problem.problem == "question of step name has no 'fi' text")
    }

    @Test("the languages come from the list given, not from fi and en")
    func languagesFromList() throws {
        let found = FlowDataValidator(languages: ["en", "fi", "sv"]).problems(in: ["Prompts/flows/demo.yaml": validFlow])
        #expect(found.map(\.problem) == ["summary of the flow has no 'sv' text", "question of step name has no 'sv' text"])
    }

    @Test("an option label missing a language and a language nobody speaks are both reported")
    func optionLabel() {
        let flow = validFlow + """

          - id: pick
            kind: choice
            field: /demo/pick
            question: {en: "Pick", fi: "Valitse"}
            options:
              - value: a
                label: {en: "A", fl: "A"}
        """
        let found = problems(flow: flow).map(\.problem)
        #expect(found.contains { $0.hasPrefix("unknown language 'fl' in label of option 'a' of step pick") })
        #expect(found.contains("label of option 'a' of step pick has no 'fi' text"))
    }

    @Test("a command naming a flow that does not exist is reported at the flow's name")
    func missingFlow() throws {
        let problem = try #require(problems(commands: validCommands.replacingOccurrences(of: "flow: demo", with: "flow: dmeo")).first)
        #expect(problem.path == "Prompts/commands.yaml")
        #expect(problem.line == 3 && problem.column == 11)
        #expect(problem.problem.contains("command demo starts flow 'dmeo', which is not in Prompts/flows/ (did you mean 'demo'?)"))
    }

    @Test("a command's unknown key, unknown action, and missing target are reported")
    func commandProblems() {
        let commands = validCommands.replacingOccurrences(of: "    flow: demo\n", with: "    flwo: demo\n") + """

          - id: other
            action: exprot
            names: {en: other, fi: muu}
            usage: "/other"
            summary: "Other"
        """
        let found = problems(commands: commands).map(\.problem)
        #expect(found.contains { $0.hasPrefix("unknown key 'flwo' in command demo (did you mean 'flow'?)") })
        #expect(found.contains("command demo names neither flow: nor action:"))
        #expect(found.contains { $0.hasPrefix("unknown action 'exprot' in command other (did you mean 'export'?)") })
    }
}
