import Foundation

/// `/draft`, `/edit` and `/drafts`: writing, opening, editing and moving drafts along (the lifecycle
/// itself is `DraftWorkflow`'s; this is how the chat's commands reach it).
struct DraftActions: ActionHandler {
    func run(_ action: CommandAction, _ argument: String, in session: inout ChatSession) -> [ChatEffect] {
        switch action {
        case .edit: return editPart(argument, in: &session)
        case .drafts: return [.say(ChatMessage(session.context.draftWorkflow.draftsListing()))]
        default: return draft(argument, in: &session)
        }
    }

    /// `/edit [part]`: asks one part of the open draft or reply again, then puts it together and
    /// checks it anew. Without a part, lists the parts.
    private func editPart(_ argument: String, in session: inout ChatSession) -> [ChatEffect] {
        switch EditCommand(argument, openRecord: session.openRecord, content: session.document.content, resources: session.resources,
                           language: session.language) {
        case .ask(let flowID, let record, _) where flowID == "draft" && session.context.draftWorkflow.isPublished(record):
            return [session.say(.draftPublishedNoEdit, ["number": record], style: .error)]
        case .ask(let flowID, let record, let step): return session.startFlow(flowID, record: record, onlyStep: step, interrupting: true)
        case .refused(let effects): return effects
        }
    }

    /// `/draft [N] [action]`: a new draft; `N` opens draft N; an action (`ready`, `approve`,
    /// `published`, `copy`, or their Finnish names) moves draft N, or the open one, along.
    private func draft(_ argument: String, in session: inout ChatSession) -> [ChatEffect] {
        switch DraftCommand(argument, openRecord: session.openRecord, content: session.document.content, resources: session.resources,
                            language: session.language) {
        case .newDraft: return session.startFlow("draft", interrupting: true)
        case .open(let number): return open(number, in: &session)
        case .refused(let effects): return effects
        case .act(let action, let number):
            session.openRecord = OpenRecord(flowID: "draft", key: number)
            if action == .copy { return session.context.draftWorkflow.copyDraft(number) }
            // A flow left open (a half-written draft) keeps its answers as a revision of its own first.
            let left = session.leaveFlowKeepingAnswers()
            var opened: String?
            let effects = session.context.withDrafts { workflow in
                let effects = workflow.perform(action, on: number)
                opened = workflow.openedRecord
                return effects
            }
            if let opened { session.openRecord = OpenRecord(flowID: "draft", key: opened) }
            return left + effects
        }
    }

    /// Opens a draft: puts it together again with today's plan, shows it checked, and says what can
    /// be done next (a flow left open keeps its answers; a draft changed by reassembly is recorded).
    private func open(_ key: String, in session: inout ChatSession) -> [ChatEffect] {
        var effects = session.leaveFlowKeepingAnswers()
        session.openRecord = OpenRecord(flowID: "draft", key: key)
        // A draft whose flow was left before the end goes on from where it stopped.
        if session.context.draftWorkflow.isUnfinished(key),
           let step = DraftRequirements(resources: session.resources, content: session.document.content, key: key)?.resumeStep() {
            effects.append(session.say(.draftResuming, ["number": key], style: .heading))
            return effects + session.startFlow("draft", record: key, resumeAt: step, interrupting: true)
        }
        effects += session.context.withDrafts { $0.openDraft(key) }
        if session.document.hasUnrecordedChanges {
            session.record(session.sessionRevisionSummary(in: nil))
            effects.insert(.persist, at: max(0, effects.count - 1))
        }
        return effects
    }

    /// The greeting's line about drafts left unfinished, if there are any.
    static func unfinishedNote(_ context: ChatContext) -> [ChatEffect] {
        let unfinished = context.draftWorkflow.unfinishedDrafts
        guard let first = unfinished.first else { return [] }
        let text = context.resources.messages.text(.draftUnfinished, context.language, count: unfinished.count,
                                                   ["numbers": unfinished.joined(separator: ", "), "first": first])
        return [.say(ChatMessage(text, style: .hint))]
    }
}
