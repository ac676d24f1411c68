/// `privacy.phone`: a phone number in a draft (a warning: a person's number is personal data; the
/// organisation's own public numbers are allowed).
public struct PhoneRule: Sendable {
    /// The rule id.
    public static let id: RuleID = "privacy.phone"
    /// Its message.
    public static let message = "privacy.phone"

    /// Creates the rule.
    public init() {}

    /// The findings for `scalars`, leaving out the organisation's public numbers and anything inside
    /// `excluded` (identity codes, bank accounts, links, e-mail addresses).
    public func findings(in scalars: [Unicode.Scalar], excluding excluded: [Range<Int>] = [], allowed: PublicContacts = .none) -> [Finding] {
        PhoneNumber.scan(scalars, excluding: excluded).filter { !allowed.allowsPhone($0.text) }.map { number in
            Finding(rule: Self.id, severity: .warning, start: number.start, end: number.end, message: Self.message,
                    arguments: ["phone": number.text])
        }
    }

    /// The findings for `text`, which works out the ranges to leave out itself.
    public func findings(in text: String, allowed: PublicContacts = .none) -> [Finding] {
        let scalars = Array(text.unicodeScalars)
        return findings(in: scalars, excluding: PrivacyRules.nonPhoneRanges(in: scalars, entities: HashtagExtractor().entities(in: text)),
                        allowed: allowed)
    }
}

extension PhoneRule: CheckRule {
    /// A warning.
    public static let severity = Severity.warning
    /// It looks at the words.
    public static let scope = RuleScope.content
    /// Its one message.
    public static func messageIDs(data: DraftRuleData) -> Set<String> { [message] }
    /// The numbers in the text that are not part of an identity code, an account, an address or an
    /// entity, but the organisation's public ones.
    public static func findings(in text: CheckedText, context: CheckContext) -> [Finding] {
        PhoneRule().findings(in: text.scalars, excluding: PrivacyRules.nonPhoneRanges(in: text.scalars, entities: text.entities),
                             allowed: context.content?.options.publicContacts ?? .none)
    }
}
