import Foundation

extension ChatSession {
    /// `/edit [part]`: asks one part of the open draft or reply again, then puts it together and
    /// checks it anew. Without a part, lists the parts.
    mutating func editPart(_ argument: String) -> [ChatEffect] {
        switch EditCommand(argument, openRecord: openRecord, content: document.content, resources: resources, language: language) {
        case .ask(let flowID, let record, _) where flowID == "draft" && context.draftWorkflow.isPublished(record):
            return [say(.draftPublishedNoEdit, ["number": record], style: .error)]
        case .ask(let flowID, let record, let step): return startFlow(flowID, record: record, onlyStep: step, interrupting: true)
        case .refused(let effects): return effects
        }
    }

    /// `/draft [N] [action]`: a new draft; `N` opens draft N; an action (`ready`, `approve`,
    /// `published`, `copy`, or their Finnish names) moves draft N, or the open one, along.
    mutating func draftCommand(_ argument: String) -> [ChatEffect] {
        switch DraftCommand(argument, openRecord: openRecord, content: document.content, resources: resources, language: language) {
        case .newDraft: return startFlow("draft", interrupting: true)
        case .open(let number): return openDraft(number)
        case .refused(let effects): return effects
        case .act(let action, let number):
            openRecord = OpenRecord(flowID: "draft", key: number)
            if action == .copy { return context.draftWorkflow.copyDraft(number) }
            // A flow left open (a half-written draft) keeps its answers as a revision of its own first.
            let left = leaveFlowKeepingAnswers()
            var opened: String?
            let effects = context.withDrafts { workflow in
                let effects = workflow.perform(action, on: number)
                opened = workflow.openedRecord
                return effects
            }
            if let opened { openRecord = OpenRecord(flowID: "draft", key: opened) }
            return left + effects
        }
    }

    /// Opens a draft: puts it together again with today's plan, shows it checked, and says what can
    /// be done next (a flow left open keeps its answers; a draft changed by reassembly is recorded).
    mutating func openDraft(_ key: String) -> [ChatEffect] {
        var effects = leaveFlowKeepingAnswers()
        openRecord = OpenRecord(flowID: "draft", key: key)
        // A draft whose flow was left before the end goes on from where it stopped.
        if context.draftWorkflow.isUnfinished(key),
           let step = DraftRequirements(resources: context.resources, content: document.content, key: key)?.resumeStep() {
            effects.append(say(.draftResuming, ["number": key], style: .heading))
            return effects + startFlow("draft", record: key, resumeAt: step, interrupting: true)
        }
        effects += context.withDrafts { $0.openDraft(key) }
        if document.hasUnrecordedChanges {
            record(sessionRevisionSummary(in: nil))
            effects.insert(.persist, at: max(0, effects.count - 1))
        }
        return effects
    }

    /// The greeting's line about drafts left unfinished, if there are any.
    func unfinishedDraftsNote() -> [ChatEffect] {
        let unfinished = context.draftWorkflow.unfinishedDrafts
        guard let first = unfinished.first else { return [] }
        let text = context.resources.messages.text(.draftUnfinished, context.language, count: unfinished.count,
                                                   ["numbers": unfinished.joined(separator: ", "), "first": first])
        return [.say(ChatMessage(text, style: .hint))]
    }
}
