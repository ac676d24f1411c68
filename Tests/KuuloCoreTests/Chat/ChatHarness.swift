import Foundation
import Testing
import KuuloData
@testable import KuuloCore

/// Drives a `ChatSession` with scripted lines and keeps what it said and asked for.
struct ChatHarness {
    var session: ChatSession
    var transcript: [String] = []
    var persists = 0
    var exitCode: Int32?
    var remembered: [String] = []
    var written: [String: String] = [:]
    /// The texts of each `/redact` the session asked for.
    var redactions: [[String]] = []

    init(language: Language, user: String? = nil, document: PlanDocument = PlanDocument(),
         resources: KuuloResources = KuuloResources(data: DataFiles(embedded: EmbeddedFiles.all))) {
        session = ChatSession(document: document, resources: resources, language: language, userName: user,
                              planPath: "kuulo-plan.json", clock: { Date(timeIntervalSince1970: 1_795_000_000) })
        absorb(session.start())
    }

    /// The chat languages the session asked to remember, in order.
    var rememberedLanguages: [Language] = []

    /// Files the session may ask to read, by path.
    var readable: [String: String] = [:]

    mutating func absorb(_ effects: [ChatEffect]) {
        for effect in effects {
            switch effect {
            case .say(let message): transcript.append(message.text)
            case .persist: persists += 1
            case .exit(let code): exitCode = code
            case .rememberUser(let name): remembered.append(name)
            case .rememberLanguage(let language): rememberedLanguages.append(language)
            case .writeFile(let path, let contents, let message), .printPDF(let path, let contents, let message):
                written[path] = contents
                transcript.append(message)
            case .redact(let texts, let summary):
                // As the front end does, without a file: redact the session's plan and hand it back.
                redactions.append(texts)
                if let redaction = try? PlanRedaction(texts: texts),
                   let (redacted, _) = redaction.apply(to: session.document, author: session.userName ?? "?", time: "2026-12-06T12:00:00+02:00", summary: summary) {
                    session.adoptRedaction(redacted, texts: texts)
                }
            case .readFiles(let paths, let request):
                // The harness's files are `readable`; any other path fails to read, as on a disk.
                let files = paths.map { path in
                    ReadFile(path: path, contents: readable[path].map { .success($0) } ?? .failure(ReadFailure(reason: "missing")))
                }
                absorb(session.receive(files, for: request))
            }
        }
    }

    /// Sends lines one by one; returns what was said in reply to them.
    @discardableResult
    mutating func send(_ lines: String...) -> String {
        let start = transcript.count
        for line in lines {
            absorb(session.handle(line))
        }
        return transcript[start...].joined(separator: "\n")
    }

    /// The id of the step being asked, and the item of a repeated block it is asked for.
    var currentStep: (id: String, item: String?)? {
        guard let state = session.flow, let flow = session.resources.flow(state.flowID), flow.steps.indices.contains(state.stepIndex) else { return nil }
        return (flow.steps[state.stepIndex].id, state.item)
    }

    /// Answers the step with id `stepID` (which must be the one being asked): one line, or a list's
    /// items followed by the empty line that ends the list.
    @discardableResult
    mutating func answer(_ stepID: String, _ lines: String..., sourceLocation: SourceLocation = #_sourceLocation) -> String {
        #expect(currentStep?.id == stepID, "asked \(currentStep?.id ?? "nothing"), not \(stepID)", sourceLocation: sourceLocation)
        return sendAnswer(lines)
    }

    /// Answers the running flow by step id until it ends (or until the step `until` comes up). A step
    /// not in `answers` gets an empty line (keep, default or skip); `"id/item"` answers one item of a
    /// repeated block. List steps get their items and then the empty line that ends the list, so a
    /// question added to a flow needs no change here.
    @discardableResult
    mutating func answerFlow(_ answers: [String: [String]], until: String? = nil, sourceLocation: SourceLocation = #_sourceLocation) -> String {
        let start = transcript.count
        var asked = 0
        while let step = currentStep, step.id != until {
            asked += 1
            guard asked <= 200 else {
                Issue.record("the flow did not end; stuck at \(step.id)", sourceLocation: sourceLocation)
                break
            }
            let lines = step.item.flatMap { answers[step.id + "/" + $0] } ?? answers[step.id] ?? []
            sendAnswer(lines)
        }
        return transcript[start...].joined(separator: "\n")
    }

    @discardableResult
    private mutating func sendAnswer(_ lines: [String]) -> String {
        let takesList = session.flow.flatMap { state in session.resources.flow(state.flowID)?.steps[state.stepIndex].takesList } ?? false
        var all = lines.isEmpty ? [""] : lines
        if takesList, all.last != "" { all.append("") }
        let start = transcript.count
        for line in all { absorb(session.handle(line)) }
        return transcript[start...].joined(separator: "\n")
    }

    var all: String { transcript.joined(separator: "\n") }
    var content: JSONValue { session.document.content }
}
