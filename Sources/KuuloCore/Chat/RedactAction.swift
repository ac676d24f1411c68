import Foundation

/// `/redact TEXT` (`/unohda`): checks the text as `kuulo plan redact` does and asks the front end to
/// remove it from the plan file, its history and the line history (`ChatEffect.redact`); the session
/// then takes the redacted plan (`ChatSession.adoptRedaction`).
struct RedactAction: ActionHandler {
    func run(_ action: CommandAction, _ argument: String, in session: inout ChatSession) -> [ChatEffect] {
        let redaction: PlanRedaction
        do {
            redaction = try PlanRedaction(texts: [argument], schema: session.resources.planSchema)
        } catch {
            switch error {
            case .noText: return [session.say(.redactChatUsage, style: .hint)]
            case .tooShort: return [session.say(.errorRedactTooShort, ["minimum": String(PlanRedaction.minimumLength)], style: .error)]
            case .structural(let field): return [session.say(.errorRedactStructural, ["field": field], style: .error)]
            }
        }
        // Unsaved work is recorded first, so that what the plan holds is all in its history and the
        // redaction revision that follows records nothing but the redaction.
        if session.document.hasUnrecordedChanges { session.record(session.sessionRevisionSummary(in: session.flow)) }
        let kinds = redaction.kinds.map { session.context.text($0.messageKey) }.joined(separator: ", ")
        return [.redact(texts: redaction.texts, summary: session.context.text(.redactSummary, ["kinds": kinds]))]
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
