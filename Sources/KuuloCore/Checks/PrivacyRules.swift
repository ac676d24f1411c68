/// The privacy rules that look for personal data by its shape — the registry's `privacy.*` rules but
/// `privacy.sensitive`, which needs word lists — run on a text on their own. One thing is reported
/// once: an identity code or an account number is not also a phone number; a link is none of them.
public enum PrivacyRules {
    /// The findings of the shape rules for `text`; the organisation's public contact details are not flagged.
    public static func check(_ text: String, contacts: PublicContacts = .none) -> [Finding] {
        let context = CheckContext(platforms: [], plan: nil, genericTags: [], segmenter: nil, content: CheckContext.ContentRules(
            options: DraftRuleOptions(publicContacts: contacts), services: .none, data: .empty))
        let checked = CheckedText(text, context: context)
        return RuleRegistry.rules(.content).filter { $0.id.rawValue.hasPrefix("privacy.") && $0.id != SensitiveDataRule.id }
            .flatMap { $0.findings(in: checked, context: context) }
    }

    /// Ranges a phone number may not overlap: identity codes, account numbers (valid or not), payment
    /// references, e-mail addresses, hashtags, mentions and links.
    static func nonPhoneRanges(in scalars: [Unicode.Scalar], entities: [TextEntity]) -> [Range<Int>] {
        PersonalIdentityCode.scan(scalars).map { $0.start..<$0.end }
            + IBAN.scan(scalars).map { $0.start..<$0.end }
            + IBAN.paymentReferences(scalars)
            + EmailAddress.scan(scalars).map { $0.start..<$0.end }
            + entities.map(\.range)
    }
}
