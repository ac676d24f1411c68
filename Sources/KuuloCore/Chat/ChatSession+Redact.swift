import Foundation

extension ChatSession {
    /// `/redact TEXT` (`/unohda`): checks the text as `kuulo plan redact` does and asks the front end
    /// to remove it from the plan file, its history and the line history (`ChatEffect.redact`).
    mutating func redactCommand(_ argument: String) -> [ChatEffect] {
        let redaction: PlanRedaction
        do {
            redaction = try PlanRedaction(texts: [argument], schema: resources.planSchema)
        } catch {
            switch error {
            case .noText: return [say(.redactChatUsage, style: .hint)]
            case .tooShort: return [say(.errorRedactTooShort, ["minimum": String(PlanRedaction.minimumLength)], style: .error)]
            case .structural(let field): return [say(.errorRedactStructural, ["field": field], style: .error)]
            }
        }
        // Unsaved work is recorded first, so that what the plan holds is all in its history and the
        // redaction revision that follows records nothing but the redaction.
        if document.hasUnrecordedChanges { record(sessionRevisionSummary(in: flow)) }
        let kinds = redaction.kinds.map { context.text($0.messageKey) }.joined(separator: ", ")
        return [.redact(texts: redaction.texts, summary: context.text(.redactSummary, ["kinds": kinds]))]
    }

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

extension PersonalDataKind {
    /// The name of the kind in messages.
    public var messageKey: MessageKey {
        switch self {
        case .personalIdentityCode: return .redactKindPersonalIdentityCode
        case .phoneNumber: return .redactKindPhoneNumber
        case .email: return .redactKindEmail
        case .iban: return .redactKindIban
        case .other: return .redactKindOther
        }
    }
}
