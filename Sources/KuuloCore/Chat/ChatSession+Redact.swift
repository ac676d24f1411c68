import Foundation

extension ChatSession {
    /// Takes the plan as the front end redacted it, and removes the texts from what the session
    /// still holds of the old plan: the running flow's snapshot (which `/cancel` would put back) and
    /// the list items typed so far. `/undo` starts again from the latest revision.
    public mutating func adoptRedaction(_ redacted: PlanDocument, texts: [String]) {
        document = redacted
        context.undoTarget = nil
        guard let redaction = try? PlanRedaction(texts: texts), var state = flow else { return }
        state.snapshot = redaction.redact(state.snapshot)
        state.listItems = state.listItems?.map(redaction.redact)
        state.pendingReplacement = state.pendingReplacement?.map(redaction.redact)
        flow = state
    }
}
