import Foundation
import Testing
import KuuloApp
import KuuloData
@testable import KuuloCore

/// The lines to pipe into `kuulo`, with flows answered by step id instead of by position, so a question
/// added to a flow breaks no end-to-end test.
///
/// It runs the same `ChatSession` the binary runs, in process, over the same data (built-in files plus
/// a `--data-dir` folder's), plan, language and user, and records every line it sends: a step named in
/// the answers gets its lines, any other step an empty line (keep what is there, take the default, or
/// skip an optional step), and a list step its items followed by the empty line that ends the list.
/// Which steps are asked, in which order and how often (repeated blocks, `askIf`) is the flow data's
/// business, read through the session, not the test's.
struct PipedInput {
    private var session: ChatSession
    /// The lines sent so far.
    private(set) var lines: [String] = []

    /// A session like the binary's: `planPath` is read when the file exists (the plan earlier runs
    /// wrote), `dataDirectory` is a folder with `Prompts/` overrides (`--data-dir`).
    /// `now` is the binary's `KUULO_NOW`, for flows that read dates against it.
    init(language: Language, user: String? = nil, planPath: String? = nil, dataDirectory: String? = nil, now: Date? = nil) {
        let overrides = dataDirectory.flatMap { try? DataDirectory.read($0) } ?? [:]
        let data = DataFiles(embedded: EmbeddedFiles.all, embeddedJSON: EmbeddedFiles.parsedYAML, overrides: overrides)
        let resources = KuuloResources(data: data)
        var document = PlanDocument()
        if let planPath, let bytes = FileManager.default.contents(atPath: planPath) {
            document = (try? PlanDocument.decode(Array(bytes), schema: resources.planSchema)) ?? document
        }
        session = ChatSession(document: document, resources: resources, language: language, userName: user,
                              planPath: planPath ?? "kuulo-plan.json", clock: { now ?? Date() })
        _ = session.start()
    }

    /// How many lines `newText()` has handed out.
    private var taken = 0

    /// The piped input: every line sent, each ended by a line break.
    var text: String { lines.map { $0 + "\n" }.joined() }

    /// The lines sent since the last call, for a live process fed a part at a time.
    mutating func newText() -> String {
        defer { taken = lines.count }
        return lines[taken...].map { $0 + "\n" }.joined()
    }

    /// The input that answers the flow a new session starts with (the setup on a new plan) by step id.
    static func answering(_ answers: [String: [String]], language: Language, user: String? = nil, planPath: String? = nil) -> String {
        var input = PipedInput(language: language, user: user, planPath: planPath)
        input.answer(answers)
        return input.text
    }

    /// The id of the step being asked, and the item of a repeated block it is asked for.
    var currentStep: (id: String, item: String?)? {
        guard let state = session.flow, let flow = session.resources.flow(state.flowID), flow.steps.indices.contains(state.stepIndex) else { return nil }
        return (flow.steps[state.stepIndex].id, state.item)
    }

    /// A new plan's setup in English with only the organisation's name answered, then the lines in `then`.
    static func namingOrganisation(_ name: String, then: [String] = []) -> String {
        var input = PipedInput(language: .en)
        input.answer(["name": [name]], until: "shortName")
        then.forEach { input.send($0) }
        return input.text
    }

    /// The English setup of a new plan: First Name (FN), by Maija, chair; the rest as suggested.
    static let firstNameSetup = answering(["name": ["First Name"], "shortName": ["FN"], "userName": ["Maija"], "userRole": ["chair"]], language: .en)

    /// A piped English session on the plan in `folder` as `user` that reruns `/setup`, answers it by
    /// step id (up to the step `until`, if given), then sends the lines in `then`.
    static func rerunSetup(_ answers: [String: [String]], until: String? = nil, user: String? = nil, folder: String, plan: String = "kuulo-plan.json",
                           then: [String] = []) -> String {
        var input = PipedInput(language: .en, user: user, planPath: folder + "/" + plan)
        input.send("/setup")
        input.answer(answers, until: until)
        then.forEach { input.send($0) }
        return input.text
    }

    /// Sends lines as they are (commands, free text).
    mutating func send(_ typed: String...) {
        for line in typed { type(line) }
    }

    /// Answers the running flow by step id until it ends (a flow the chat starts after it is not
    /// answered), or until the step `until` comes up, which is then left unanswered. `"id/item"`
    /// answers one item of a repeated block.
    mutating func answer(_ answers: [String: [String]], until: String? = nil, sourceLocation: SourceLocation = #_sourceLocation) {
        let flowID = session.flow?.flowID
        var asked = 0
        while let step = currentStep, session.flow?.flowID == flowID, step.id != until {
            asked += 1
            guard asked <= 200 else {
                Issue.record("the flow did not end; stuck at \(step.id)", sourceLocation: sourceLocation)
                return
            }
            let given = step.item.flatMap { answers[step.id + "/" + $0] } ?? answers[step.id] ?? []
            let takesList = session.flow.flatMap { state in session.resources.flow(state.flowID)?.steps[state.stepIndex].takesList } ?? false
            var typed = given.isEmpty ? [""] : given
            if takesList, typed.last != "" { typed.append("") }
            typed.forEach { type($0) }
        }
        if let until, currentStep?.id != until {
            Issue.record("the flow ended before the step \(until)", sourceLocation: sourceLocation)
        }
    }

    /// Answers the step being asked and no more; it must be `stepID`.
    mutating func answerStep(_ stepID: String, _ typed: String..., sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(currentStep?.id == stepID, "asked \(currentStep?.id ?? "nothing"), not \(stepID)", sourceLocation: sourceLocation)
        for line in typed.isEmpty ? [""] : typed { type(line) }
    }

    private mutating func type(_ line: String) {
        lines.append(line)
        _ = session.handle(line)
    }
}
