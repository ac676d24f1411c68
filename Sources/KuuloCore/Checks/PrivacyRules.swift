/// The privacy rules that look for personal data by its shape: `privacy.personal-id`, `privacy.iban`,
/// `privacy.phone` and `privacy.email`, run together so that one thing is reported once (an identity
/// code or an account number is not also a phone number; a link is none of them).
public enum PrivacyRules {
    /// The findings of the four rules for `scalars`, with the text's hashtags, mentions and links in
    /// `entities`; the organisation's public contact details are not flagged.
    public static func check(_ scalars: [Unicode.Scalar], entities: [TextEntity], contacts: PublicContacts = .none) -> [Finding] {
        let urls = entities.filter { $0.kind == .url }
        var findings = PersonalIDRule().findings(in: scalars)
        findings += IBANRule().findings(in: scalars, allowed: contacts)
        findings += EmailRule().findings(in: scalars, urls: urls, allowed: contacts)
        findings += PhoneRule().findings(in: scalars, excluding: nonPhoneRanges(in: scalars, entities: entities), allowed: contacts)
        return findings
    }

    /// The findings of the four rules for `text`.
    public static func check(_ text: String, contacts: PublicContacts = .none) -> [Finding] {
        check(Array(text.unicodeScalars), entities: HashtagExtractor().entities(in: text), contacts: contacts)
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
