/// `privacy.iban`: a bank account number in a draft.
///
/// A number whose mod-97 check holds is an error (a real account, in any country); one of a known
/// country's exact length whose check fails is a warning (most likely a mistyped real one).
public struct IBANRule: Sendable {
    /// The rule id.
    public static let id: RuleID = "privacy.iban"
    /// Message of a real account number.
    public static let validMessage = "privacy.iban.valid"
    /// Message of an account-number-shaped string whose check fails.
    public static let suspectMessage = "privacy.iban.suspect"

    /// Creates the rule.
    public init() {}

    /// The findings for `scalars`, leaving out the organisation's public accounts.
    public func findings(in scalars: [Unicode.Scalar], allowed: PublicContacts = .none) -> [Finding] {
        IBAN.scan(scalars).filter { !allowed.allowsAccount($0.compact) }.map { iban in
            Finding(rule: Self.id, severity: iban.checksumValid ? .error : .warning, start: iban.start, end: iban.end,
                    message: iban.checksumValid ? Self.validMessage : Self.suspectMessage, arguments: ["account": iban.text])
        }
    }

    /// The findings for `text`.
    public func findings(in text: String, allowed: PublicContacts = .none) -> [Finding] {
        findings(in: Array(text.unicodeScalars), allowed: allowed)
    }
}

extension IBANRule: CheckRule {
    /// An error for a real account number.
    public static let severity = Severity.error
    /// It looks at the words.
    public static let scope = RuleScope.content
    /// Its two messages.
    public static func messageIDs(data: DraftRuleData) -> Set<String> { [validMessage, suspectMessage] }
    /// The account numbers in the text, but the organisation's public ones.
    public static func findings(in text: CheckedText, context: CheckContext) -> [Finding] {
        IBANRule().findings(in: text.scalars, allowed: context.content?.options.publicContacts ?? .none)
    }
}
