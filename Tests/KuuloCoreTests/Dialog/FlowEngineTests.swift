import Foundation
import KuuloData
import Testing
@testable import KuuloCore

/// A flow made for these tests, with one of each thing the engine does: a required text, a default
/// from a template, a number with bounds, a list, a choice, two groups, and a block repeated for
/// each channel of the plan.
private let demoFlow = """
id: demo
summary: {en: "Demo", fi: "Demo"}
groupTitle: {en: "Part {number}/{total}", fi: "Osa {number}/{total}"}
itemTitle: {en: "Channel {number}/{total}: {name}", fi: "Kanava {number}/{total}: {name}"}
resumeField: /demo/resumeAt
groups:
  - {id: part-1, number: 1, completeField: /demo/parts/1}
  - {id: part-2, number: 2, completeField: /demo/parts/2}
steps:
  - id: name
    group: part-1
    field: /demo/name
    required: true
    question: {en: "Name?", fi: "Nimi?"}
  - id: signature
    group: part-1
    field: /demo/signature
    default: {en: "– {user}", fi: "– {user}"}
    question: {en: "Signature?", fi: "Allekirjoitus?"}
  - id: size
    group: part-2
    kind: number
    min: 1
    max: 9
    field: /demo/size
    question: {en: "Size?", fi: "Koko?"}
  - id: ideas
    group: part-2
    kind: list
    field: /demo/ideas
    question: {en: "Ideas?", fi: "Ideoita?"}
  - id: rhythm
    group: part-2
    kind: choice
    field: /demo/rhythm
    default: weekly
    options:
      - {value: daily, label: {en: "Daily", fi: "Päivittäin"}}
      - {value: weekly, label: {en: "Weekly", fi: "Viikoittain"}}
    question: {en: "How often?", fi: "Kuinka usein?"}
  - id: owner
    group: part-2
    each: channel
    field: /channels/{item}/owner
    question: {en: "Who runs {itemName}?", fi: "Kuka hoitaa kanavaa {itemName}?"}
"""

/// The shipped data with the demo flow added.
private func demoResources() -> KuuloResources {
    KuuloResources(data: DataFiles(embedded: EmbeddedFiles.all, overrides: ["Prompts/flows/demo.yaml": demoFlow]))
}

/// Runs the demo flow through the engine alone, as the chat would, keeping what was shown.
private struct EngineDriver {
    var engine: FlowEngine
    var shown: [String] = []

    init(content: JSONValue = .object([:]), user: String? = "Maija") throws {
        let resources = demoResources()
        let definition = try #require(resources.flow("demo"))
        engine = FlowEngine(definition: definition, state: FlowState(flowID: "demo", stepIndex: 0, snapshot: content), content: content,
                            resources: resources, language: .en, userName: user, planPath: "plan.json", revision: 0,
                            now: Date(timeIntervalSince1970: 1_795_000_000))
    }

    var step: String? { engine.ending == nil ? engine.definition.steps[engine.state.stepIndex].id : nil }
    var plan: JSONValue { engine.content }

    mutating func show(_ effects: [ChatEffect]) -> String {
        let lines = effects.compactMap { effect -> String? in
            if case .say(let message) = effect { return message.text }
            return nil
        }
        shown += lines
        return lines.joined(separator: "\n")
    }

    @discardableResult
    mutating func begin(group: Int? = nil, item: String? = nil, onlyStep: Int? = nil) -> String {
        show(engine.begin(group: group, item: item, onlyStep: onlyStep))
    }

    @discardableResult
    mutating func type(_ lines: String...) -> String {
        lines.map { line in show(engine.input(line, isBlock: false)) }.joined(separator: "\n")
    }

    @discardableResult
    mutating func command(_ action: CommandAction) -> String {
        show(engine.command(action))
    }
}

@Suite("Flow engine")
struct FlowEngineTests {
    @Test("start: the first group's heading and the first question, with the progress")
    func start() throws {
        var driver = try EngineDriver()
        let opening = driver.begin()
        #expect(opening.contains("Part 1/2"))
        #expect(opening.contains("[1/5] Name?"), "the block for each channel counts nothing on a plan without channels: \(opening)")
        #expect(driver.step == "name")
        #expect(driver.plan["demo"]?["resumeAt"] == 1)
    }

    @Test("answers go into the plan at the step's field and move on; a default fills a template")
    func answer() throws {
        var driver = try EngineDriver()
        driver.begin()
        let reply = driver.type("Kuulo ry")
        #expect(driver.plan["demo"]?["name"] == "Kuulo ry")
        #expect(reply.contains("Signature? [– Maija]"))
        driver.type("")
        #expect(driver.plan["demo"]?["signature"] == "– Maija")
        #expect(driver.engine.answered)
        #expect(driver.step == "size")
    }

    @Test("validation: a required answer, and a number out of bounds, ask again")
    func validation() throws {
        var driver = try EngineDriver()
        driver.begin()
        #expect(driver.type("").contains("This one needs an answer."))
        #expect(driver.step == "name")
        #expect(driver.command(.skip).contains("This one is needed before we can go on."))
        driver.type("Org", "")
        #expect(driver.type("12").contains("Please give a number from 1 to 9."))
        #expect(driver.type("many").contains("Please answer with a whole number, e.g. 3 or three."))
        #expect(driver.step == "size")
        #expect(driver.type("kaksitoista").contains("Please answer with a whole number"), "a refusal does not ask the whole question again")
        driver.type("kolme")
        #expect(driver.plan["demo"]?["size"] == 3, "a number in words, in any language")
    }

    @Test("back returns to the previous step showing the answer; skip leaves an optional step empty")
    func backAndSkip() throws {
        var driver = try EngineDriver()
        driver.begin()
        #expect(driver.command(.back).contains("This is the first question."))
        driver.type("Org")
        let back = driver.command(.back)
        #expect(back.contains("Now: Org"))
        #expect(driver.step == "name")
        driver.type("", "")
        driver.command(.skip)
        #expect(driver.step == "ideas")
        #expect(driver.plan["demo"]?["size"] == nil)
    }

    @Test("cancel puts the plan back as it was and ends the flow")
    func cancel() throws {
        var driver = try EngineDriver(content: ["demo": ["name": "Before"]])
        driver.begin()
        driver.type("After")
        #expect(driver.plan["demo"]?["name"] == "After")
        driver.command(.cancel)
        #expect(driver.plan == ["demo": ["name": "Before"]])
        #expect(driver.engine.ending == .cancelled)
    }

    @Test("list input: one item a line, an empty line ends it, + adds to what is there")
    func list() throws {
        var driver = try EngineDriver(content: ["demo": ["name": "Org", "ideas": ["old"]]])
        driver.begin(group: 2)
        driver.type("5")
        #expect(driver.step == "ideas")
        driver.type("+new", "other")
        #expect(driver.engine.state.listItems == ["new", "other"])
        driver.type("")
        #expect(driver.plan["demo"]?["ideas"] == ["old", "new", "other"])
        #expect(driver.step == "rhythm")
    }

    @Test("a repeated block is asked for each channel of the plan, with the channel's name")
    func each() throws {
        let content: JSONValue = ["channels": ["instagram": ["kind": "instagram", "name": "Insta"], "email": ["kind": "newsletter", "name": "Letter"]]]
        var driver = try EngineDriver(content: content)
        driver.begin(group: 2)
        let reply = driver.type("2", "", "1")
        #expect(driver.engine.state.items.count == 2)
        #expect(reply.contains("Channel 1/2"))
        driver.type("Maija")
        #expect(driver.step == "owner")
        driver.type("Pekka")
        let owners = Set(["instagram", "email"].compactMap { driver.plan["channels"]?[$0]?["owner"]?.stringValue })
        #expect(owners == ["Maija", "Pekka"])
        #expect(driver.engine.ending != nil)
    }

    @Test("groups: one group only, its completion recorded, and the flow ends after it")
    func group() throws {
        var driver = try EngineDriver()
        let opening = driver.begin(group: 1)
        #expect(opening.contains("Part 1/2"))
        #expect(!opening.contains("Part 2/2"))
        #expect(driver.engine.state.scope == .group("part-1"))
        driver.type("Org", "")
        #expect(driver.plan["demo"]?["parts"]?["1"] != nil)
        #expect(driver.plan["demo"]?["parts"]?["2"] == nil)
        guard case .completed(_, _)? = driver.engine.ending else {
            Issue.record("the flow did not end after its group: \(String(describing: driver.engine.ending))")
            return
        }
        #expect(driver.plan["demo"]?["resumeAt"] == 2)
    }

    @Test("editing one step asks that step only and then ends")
    func editOneStep() throws {
        var driver = try EngineDriver(content: ["demo": ["name": "Org", "size": 3]])
        let index = try #require(driver.engine.definition.index(of: "size"))
        let opening = driver.begin(onlyStep: index)
        #expect(driver.engine.state.scope == .step(index))
        #expect(opening.contains("Size?"))
        #expect(opening.contains("Now: 3"))
        driver.type("4")
        #expect(driver.plan["demo"]?["size"] == 4)
        #expect(driver.engine.ending == .completed(snapshot: ["demo": ["name": "Org", "size": 3]], record: nil))
    }

    @Test("a choice takes its default on Enter and shows the options")
    func choiceDefault() throws {
        var driver = try EngineDriver(content: ["demo": ["name": "Org"]])
        driver.begin(group: 2)
        let reply = driver.type("5", "")
        #expect(reply.contains("How often? [Weekly]"))
        #expect(reply.contains("1) Daily"))
        driver.type("")
        #expect(driver.plan["demo"]?["rhythm"] == "weekly")
    }

    @Test("? with a question is handed back to the caller, the step stays")
    func questionInFlow() throws {
        var driver = try EngineDriver()
        driver.begin()
        driver.type("? what is a good name")
        #expect(driver.engine.question == "what is a good name")
        #expect(driver.step == "name")
    }
}
