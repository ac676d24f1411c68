import Foundation
import KuuloData
import Testing
@testable import KuuloCore

/// A new flow and the command that starts it, written as data only.
private let feedbackFlow = """
id: feedback
summary: {en: "Feedback: {user}", fi: "Palaute: {user}"}
outro: {en: "Thanks, {firstName}!", fi: "Kiitos, {firstName}!"}
steps:
  - id: note
    field: /feedback/note
    required: true
    question: {en: "What should we do better?", fi: "Mitä tekisimme paremmin?"}
"""

private let feedbackCommand = """

  - id: feedback
    flow: feedback
    names: {en: feedback, fi: palaute}
    usage: {en: "/feedback", fi: "/palaute"}
    summary: {en: "Tell us what to do better", fi: "Kerro, mitä tekisimme paremmin"}
"""

@Suite("Commands as data")
struct DataDrivenCommandTests {
    func files() -> [String: String] {
        var files = EmbeddedFiles.all
        files["Prompts/flows/feedback.yaml"] = feedbackFlow
        files["Prompts/commands.yaml", default: ""] += feedbackCommand
        return files
    }

    @Test("a flow and its command added as YAML run in the chat with no Swift, and pass the build-time checks")
    func newFlowAndCommand() {
        let files = files()
        #expect(FlowDataValidator().problems(in: files).isEmpty)
        let resources = KuuloResources(data: DataFiles(embedded: files))
        var chat = ChatHarness(language: .fi, user: "Maija", document: setUpPlan(language: .fi), resources: resources)
        #expect(chat.send("/apua").contains("/palaute"))
        #expect(chat.send("/palaute").contains("Mitä tekisimme paremmin?"))
        let done = chat.answer("note", "Enemmän kahvia kokouksiin.")
        #expect(chat.content["feedback"]?["note"] == "Enemmän kahvia kokouksiin.")
        #expect(done.contains("Kiitos, Maija!"))
        #expect(chat.session.document.history.last?.summary == "Palaute: Maija")
    }

    @Test("every shipped command names a flow that exists or an action Swift knows")
    func shippedCommandsHaveTargets() {
        let resources = KuuloResources(data: DataFiles(embedded: EmbeddedFiles.all))
        for command in resources.commands.commands {
            switch command.target {
            case .flow(let id, _)?: #expect(resources.flow(id) != nil, "\(command.id)")
            case .action?: break
            case nil: Issue.record("\(command.id) starts nothing")
            }
        }
    }
}
