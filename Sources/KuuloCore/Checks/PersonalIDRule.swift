/// `privacy.personal-id`: a Finnish personal identity code in a draft.
///
/// A real code (date, individual number and check character all right) is an error; a code-shaped
/// string with a wrong check character or an impossible date is a warning, since it is most likely a
/// mistyped real one.
public struct PersonalIDRule: Sendable {
    /// The rule id.
    public static let id: RuleID = "privacy.personal-id"
    /// Message of a real code.
    public static let validMessage = "privacy.personal-id.valid"
    /// Message of a code-shaped string that does not check out.
    public static let suspectMessage = "privacy.personal-id.suspect"

    /// Creates the rule.
    public init() {}

    /// The findings for `scalars`.
    public func findings(in scalars: [Unicode.Scalar]) -> [Finding] {
        PersonalIdentityCode.scan(scalars).map { code in
            let valid = code.validity == .valid
            return Finding(rule: Self.id, severity: valid ? .error : .warning, start: code.start, end: code.end,
                           message: valid ? Self.validMessage : Self.suspectMessage, arguments: ["code": code.text])
        }
    }

    /// The findings for `text`.
    public func findings(in text: String) -> [Finding] {
        findings(in: Array(text.unicodeScalars))
    }
}

extension PersonalIDRule: CheckRule {
    /// An error for a real code.
    public static let severity = Severity.error
    /// It looks at the words.
    public static let scope = RuleScope.content
    /// Its two messages.
    public static func messageIDs(data: DraftRuleData) -> Set<String> { [validMessage, suspectMessage] }
    /// The codes in the text.
    public static func findings(in text: CheckedText, context: CheckContext) -> [Finding] {
        PersonalIDRule().findings(in: text.scalars)
    }
}
