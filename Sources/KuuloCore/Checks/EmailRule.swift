/// `privacy.email`: an e-mail address in a draft (a warning: a person's address is personal data;
/// the organisation's own public ones are allowed).
public struct EmailRule: Sendable {
    /// The rule id.
    public static let id: RuleID = "privacy.email"
    /// Its message.
    public static let message = "privacy.email"

    /// Creates the rule.
    public init() {}

    /// The findings for `scalars`, leaving out the organisation's public addresses and addresses that
    /// are part of a link (`https://user@host.fi/`).
    public func findings(in scalars: [Unicode.Scalar], urls: [TextEntity] = [], allowed: PublicContacts = .none) -> [Finding] {
        EmailAddress.scan(scalars).filter { address in
            !allowed.allowsEmail(address.text)
                && !urls.contains { $0.start < address.start && $0.end > address.start }
                && !Self.isUserOfALink(address, in: scalars)
        }.map { address in
            Finding(rule: Self.id, severity: .warning, start: address.start, end: address.end, message: Self.message,
                    arguments: ["email": address.text])
        }
    }

    /// `https://user@host.fi/`: the part before `@` follows `://`.
    private static func isUserOfALink(_ address: EmailAddress, in scalars: [Unicode.Scalar]) -> Bool {
        address.start >= 3 && scalars[(address.start - 3)..<address.start].elementsEqual([":", "/", "/"])
    }

    /// The findings for `text`.
    public func findings(in text: String, allowed: PublicContacts = .none) -> [Finding] {
        let urls = HashtagExtractor().urls(in: text)
        return findings(in: Array(text.unicodeScalars), urls: urls, allowed: allowed)
    }
}

extension EmailRule: CheckRule {
    /// A warning.
    public static let severity = Severity.warning
    /// It looks at the words.
    public static let scope = RuleScope.content
    /// Its one message.
    public static func messageIDs(data: DraftRuleData) -> Set<String> { [message] }
    /// The addresses in the text, but the organisation's public ones and those inside links.
    public static func findings(in text: CheckedText, context: CheckContext) -> [Finding] {
        EmailRule().findings(in: text.scalars, urls: text.urls, allowed: context.content?.options.publicContacts ?? .none)
    }
}
