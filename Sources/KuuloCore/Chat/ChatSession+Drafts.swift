import Foundation

extension ChatSession {
    /// The draft workflow over the plan, with this session's user, time and checkers.
    var draftWorkflow: DraftWorkflow {
        DraftWorkflow(content: document.content, resources: resources, language: language, userName: userName, now: clock(),
                      segmenter: segmenter, checkSession: { [self] in checks })
    }

    /// Runs a step of the draft workflow and takes back the plan it changed (and records the
    /// revision it asks for).
    mutating func withDrafts(_ body: (inout DraftWorkflow) -> [ChatEffect]) -> [ChatEffect] {
        var workflow = draftWorkflow
        let effects = body(&workflow)
        document.content = workflow.content
        if let summary = workflow.revision { record(summary) }
        return effects
    }

    mutating func assembleDraft(_ key: String) -> [ChatEffect] { withDrafts { $0.assembleDraft(key) } }

    mutating func assembleReply(_ key: String) -> [ChatEffect] {
        var workflow = ReplyWorkflow(drafts: draftWorkflow)
        let effects = workflow.assembleReply(key)
        document.content = workflow.content
        return effects
    }

    // MARK: - Checks (the one place the chat checks drafts: through its CheckSession)

    /// The session's checks: word lists, and the checkers of `checkServices` opened on first use.
    var checks: CheckSession {
        draftCheckCache.get { CheckSession(data: resources.data, services: checkServices, segmenter: segmenter) }
    }
}
