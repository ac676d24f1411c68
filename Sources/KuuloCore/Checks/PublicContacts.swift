/// The organisation's own public contact details (`/organisation/publicContacts` in the plan): the
/// privacy rules do not flag them, since publishing them is the point.
///
/// Compared normalised: e-mail addresses case-insensitively; phone numbers by their digits, with
/// `+358` and `00358` read as the Finnish trunk prefix `0` (so `+358 40 123 4567` is `040-1234567`);
/// accounts (bank account numbers) without spaces, upper-case.
public struct PublicContacts: Equatable, Sendable {
    /// Public e-mail addresses.
    public var emails: [String]
    /// Public phone numbers, as written anywhere.
    public var phones: [String]
    /// Public accounts, such as the IBAN members pay their fees to.
    public var accounts: [String]

    /// Creates the allow-list.
    public init(emails: [String] = [], phones: [String] = [], accounts: [String] = []) {
        self.emails = emails
        self.phones = phones
        self.accounts = accounts
    }

    /// Reads `{emails, phones, accounts}` string arrays from the plan's `publicContacts` object;
    /// anything missing is empty.
    public init(json: JSONValue?) {
        self.init(emails: json?["emails"]?.stringArray ?? [], phones: json?["phones"]?.stringArray ?? [],
                  accounts: json?["accounts"]?.stringArray ?? [])
    }

    /// No public contacts.
    public static let none = PublicContacts()

    /// Where the plan keeps the public e-mail addresses.
    static let emailsPointer = JSONPointer(tokens: ["organisation", "publicContacts", "emails"])

    /// Whether `email` is one of the public addresses.
    public func allowsEmail(_ email: String) -> Bool {
        let key = Self.normalisedEmail(email)
        return emails.contains { Self.normalisedEmail($0) == key }
    }

    /// The domains of the public e-mail addresses (`tyy.fi` for `sitsit@tyy.fi`): the organisation's own.
    public var emailDomains: Set<String> {
        Set(emails.compactMap { Self.domain(of: $0) })
    }

    /// Whether `email` is a role address of the organisation: public, or on one of its e-mail domains
    /// (an account's recovery address such as `some@tyy.fi` belongs to the role, not to a person).
    public func allowsRoleAddress(_ email: String) -> Bool {
        allowsEmail(email) || Self.domain(of: email).map(emailDomains.contains) == true
    }

    /// Whether `text` is an e-mail address that is neither public nor on the organisation's domains:
    /// the written plan would point it out as private contact data.
    public func isUnlistedAddress(_ text: String) -> Bool {
        Self.domain(of: text) != nil && !allowsRoleAddress(text)
    }

    /// The domain of an e-mail address, lower-cased; `nil` when `email` is not one address.
    static func domain(of email: String) -> String? {
        let key = normalisedEmail(email)
        let parts = key.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, parts[1].contains("."), !key.contains(where: \.isWhitespace) else { return nil }
        return String(parts[1])
    }

    /// Whether `phone` is one of the public numbers.
    public func allowsPhone(_ phone: String) -> Bool {
        let key = Self.normalisedPhone(phone)
        return !key.isEmpty && phones.contains { Self.normalisedPhone($0) == key }
    }

    /// Whether `account` is one of the public accounts.
    public func allowsAccount(_ account: String) -> Bool {
        let key = Self.normalisedAccount(account)
        return !key.isEmpty && accounts.contains { Self.normalisedAccount($0) == key }
    }

    /// An e-mail address trimmed and lower-cased (a leading `mailto:` dropped).
    public static func normalisedEmail(_ email: String) -> String {
        var key = email.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
        if key.hasPrefix("mailto:") { key.removeFirst("mailto:".count) }
        return key
    }

    /// A phone number as digits: Finnish numbers with the trunk prefix (`0401234567`), others with
    /// `+` and the country code (`+46701234567`).
    public static func normalisedPhone(_ phone: String) -> String {
        let trimmed = phone.trimmingCharacters(in: .whitespacesAndNewlines)
        let digits = String(trimmed.unicodeScalars.filter(ScalarClass.isASCIIDigit).map(Character.init))
        var international: String?
        if trimmed.hasPrefix("+") || trimmed.hasPrefix("\u{FF0B}") {
            international = digits
        } else if digits.hasPrefix("00") {
            international = String(digits.dropFirst(2))
        }
        guard let international else { return digits }
        guard international.hasPrefix("358") else { return "+" + international }
        var rest = international.dropFirst(3)
        if rest.hasPrefix("0") { rest = rest.dropFirst() }
        return "0" + rest
    }

    /// An account number without spaces, upper-case.
    public static func normalisedAccount(_ account: String) -> String {
        String(account.uppercased().unicodeScalars.filter(ScalarClass.isAlphanumeric).map(Character.init))
    }
}
