import Foundation

/// The kinds of personal data the privacy checks recognise by shape, and "other text" for the rest.
/// Used to say what a redaction removed without saying what it was, and to mask findings on screen.
public enum PersonalDataKind: String, CaseIterable, Sendable {
    /// A Finnish personal identity code (henkilötunnus).
    case personalIdentityCode = "personal-identity-code"
    /// A phone number.
    case phoneNumber = "phone-number"
    /// An e-mail address.
    case email = "email"
    /// A bank account number (IBAN).
    case iban = "iban"
    /// Anything the detectors do not recognise.
    case other = "other"

    /// One detected item: its kind and where it is in the scalars it was found in.
    public struct Match: Equatable, Sendable {
        /// What it is.
        public var kind: PersonalDataKind
        /// The item as written.
        public var text: String
        /// Its code-point range.
        public var range: Range<Int>
    }

    /// Every identity code, account number, e-mail address and phone number in `text`, in order, the
    /// way the privacy checks find them (a phone number is never part of one of the others or of a link).
    public static func matches(in text: String) -> [Match] {
        let scalars = Array(text.unicodeScalars)
        guard scalars.contains(where: { ScalarClass.isASCIIDigit($0) || $0 == "@" || $0 == "\u{FF20}" }) else { return [] }
        var result = PersonalIdentityCode.scan(scalars).map { Match(kind: .personalIdentityCode, text: $0.text, range: $0.start..<$0.end) }
        result += IBAN.scan(scalars).map { Match(kind: .iban, text: $0.text, range: $0.start..<$0.end) }
        result += EmailAddress.scan(scalars).map { Match(kind: .email, text: $0.text, range: $0.start..<$0.end) }
        let excluded = PrivacyRules.nonPhoneRanges(in: scalars, entities: HashtagExtractor().entities(in: text))
        result += PhoneNumber.scan(scalars, excluding: excluded).map { Match(kind: .phoneNumber, text: $0.text, range: $0.start..<$0.end) }
        return result.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    /// The kind of a text given for redaction: that of the first item the detectors find in it
    /// (identity codes first), or `.other`.
    public static func classify(_ text: String) -> PersonalDataKind {
        let found = Set(matches(in: text).map(\.kind))
        return allCases.first { found.contains($0) } ?? .other
    }

    /// `text` with its identifying part hidden, for a shared screen: the birth date of an identity
    /// code (`131052-****`), the start of a phone number (`040 *** ****`), the country and check digits
    /// of an account (`FI21 **** …`), the first letter and domain of an address (`m***@example.fi`).
    public func masked(_ text: String) -> String {
        switch self {
        case .personalIdentityCode: return Self.mask(text, visible: 7)
        case .phoneNumber: return Self.mask(text, visible: text.hasPrefix("+") ? 4 : 3)
        case .iban: return Self.mask(text, visible: 4)
        case .other: return Self.mask(text, visible: 0)
        case .email:
            guard let at = text.lastIndex(where: { $0 == "@" || $0 == "\u{FF20}" }), let first = text.first, at > text.startIndex else {
                return Self.mask(text, visible: 0)
            }
            return String(first) + "***" + text[at...]
        }
    }

    /// Every item the detectors find in `text` masked; the rest as it was.
    public static func maskingAll(in text: String) -> String {
        let found = matches(in: text)
        guard !found.isEmpty else { return text }
        let scalars = Array(text.unicodeScalars)
        var result = String.UnicodeScalarView()
        var position = 0
        for match in found where match.range.lowerBound >= position {
            result.append(contentsOf: scalars[position..<match.range.lowerBound])
            result.append(contentsOf: match.kind.masked(match.text).unicodeScalars)
            position = match.range.upperBound
        }
        result.append(contentsOf: scalars[position...])
        return String(result)
    }

    /// Letters and digits after the first `visible` scalars replaced by `*`; separators kept.
    private static func mask(_ text: String, visible: Int) -> String {
        var result = String.UnicodeScalarView()
        for (offset, scalar) in text.unicodeScalars.enumerated() {
            result.append(offset < visible || !ScalarClass.isAlphanumeric(scalar) ? scalar : "*")
        }
        return String(result)
    }
}
