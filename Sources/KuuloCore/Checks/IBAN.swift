/// An international bank account number (IBAN) found in a text, with its mod-97 check.
///
/// Recognised as two upper-case letters (the country), two check digits and the account part in
/// upper-case letters and digits, written together (`FI2112345600000785`) or in groups of four
/// (`FI21 1234 5600 0007 85`). The check: move the first four characters to the end, replace letters
/// by 10–35, and the number modulo 97 must be 1.
public struct IBAN: Equatable, Sendable {
    /// The account number as written.
    public let text: String
    /// The account number without spaces.
    public let compact: String
    /// First code point.
    public let start: Int
    /// One past the last code point.
    public let end: Int
    /// Whether the check digits are right.
    public let checksumValid: Bool

    /// The length of the IBAN in countries a Finnish organisation is likely to meet.
    public static let knownLengths: [String: Int] = [
        "AD": 24, "AT": 20, "BE": 16, "BG": 22, "CH": 21, "CY": 28, "CZ": 24, "DE": 22, "DK": 18, "EE": 20,
        "ES": 24, "FI": 18, "FO": 18, "FR": 27, "GB": 22, "GL": 18, "GR": 27, "HR": 21, "HU": 28, "IE": 22,
        "IS": 26, "IT": 27, "LI": 21, "LT": 20, "LU": 20, "LV": 21, "MC": 27, "MT": 31, "NL": 18, "NO": 15,
        "PL": 28, "PT": 25, "RO": 24, "SE": 24, "SI": 19, "SK": 24, "SM": 27, "UA": 29, "TR": 26,
    ]

    /// The prefix of an international payment reference (ISO 11649, `RF18 5390 0754 7034`), which
    /// uses the same check but is no account number.
    public static let creditorReferencePrefix = "RF"

    /// Ranges of payment references (`RF` and two digits, then letters and digits, possibly in
    /// groups): not account numbers, and not phone numbers either.
    public static func paymentReferences(_ scalars: [Unicode.Scalar]) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var index = 0
        while index + 4 <= scalars.count {
            guard scalars[index] == "R", scalars[index + 1] == "F", ScalarClass.isASCIIDigit(scalars[index + 2]),
                  ScalarClass.isASCIIDigit(scalars[index + 3]), index == 0 || !ScalarClass.isAlphanumeric(scalars[index - 1]) else {
                index += 1
                continue
            }
            var end = index + 4
            while end < scalars.count {
                if isIBANCharacter(scalars[end]) {
                    end += 1
                } else if isSpace(scalars[end]), end + 1 < scalars.count, isIBANCharacter(scalars[end + 1]) {
                    end += 1
                } else {
                    break
                }
            }
            result.append(index..<end)
            index = end
        }
        return result
    }

    /// Whether `compact` (no spaces) passes the mod-97 check.
    public static func checksumIsValid(_ compact: String) -> Bool {
        let scalars = Array(compact.uppercased().unicodeScalars)
        guard scalars.count >= 5 else { return false }
        var remainder = 0
        for scalar in scalars[4...] + scalars[..<4] {
            if let digit = ScalarClass.digitValue(scalar) {
                remainder = (remainder * 10 + digit) % 97
            } else if ScalarClass.isASCIIUpper(scalar) {
                remainder = (remainder * 100 + Int(scalar.value) - 55) % 97
            } else {
                return false
            }
        }
        return remainder == 1
    }

    /// The account numbers in `scalars`: every run with a valid checksum, and every run of a known
    /// country's exact length whose checksum is wrong.
    public static func scan(_ scalars: [Unicode.Scalar]) -> [IBAN] {
        var result: [IBAN] = []
        var index = 0
        while index + 4 < scalars.count {
            if let found = candidate(scalars, at: index) {
                result.append(found)
                index = found.end
            } else {
                index += 1
            }
        }
        return result
    }

    /// The IBAN starting at `index`, if one does.
    private static func candidate(_ scalars: [Unicode.Scalar], at index: Int) -> IBAN? {
        guard index == 0 || !ScalarClass.isAlphanumeric(scalars[index - 1]),
              ScalarClass.isASCIIUpper(scalars[index]), ScalarClass.isASCIIUpper(scalars[index + 1]),
              ScalarClass.isASCIIDigit(scalars[index + 2]), ScalarClass.isASCIIDigit(scalars[index + 3]) else { return nil }
        let country = ScalarClass.string(scalars, index..<index + 2)
        guard country != creditorReferencePrefix else { return nil }
        let maximum = knownLengths[country] ?? 34
        // Places where the account number could end: (characters so far, end offset in the text).
        var cuts: [(length: Int, end: Int)] = []
        var length = 4
        var position = index + 4
        if position < scalars.count, isIBANCharacter(scalars[position]) {
            while position < scalars.count, isIBANCharacter(scalars[position]) {
                length += 1
                position += 1
            }
            cuts.append((length, position))
        } else {
            // Groups of four after single spaces; the last group may be shorter.
            while length < maximum, position + 1 < scalars.count, isSpace(scalars[position]), isIBANCharacter(scalars[position + 1]) {
                var groupEnd = position + 1
                while groupEnd < scalars.count, groupEnd - position - 1 < 4, isIBANCharacter(scalars[groupEnd]) { groupEnd += 1 }
                let groupLength = groupEnd - position - 1
                if groupEnd < scalars.count, isIBANCharacter(scalars[groupEnd]) { break }
                length += groupLength
                position = groupEnd
                cuts.append((length, position))
                if groupLength < 4 { break }
            }
        }
        for cut in cuts.reversed() where (15...34).contains(cut.length) {
            guard cut.end == scalars.count || !ScalarClass.isAlphanumeric(scalars[cut.end]) else { continue }
            var compactScalars = String.UnicodeScalarView()
            compactScalars.append(contentsOf: scalars[index..<cut.end].filter(isIBANCharacter))
            let compact = String(compactScalars)
            let valid = checksumIsValid(compact)
            if valid || knownLengths[country] == cut.length {
                return IBAN(text: ScalarClass.string(scalars, index..<cut.end), compact: compact, start: index,
                            end: cut.end, checksumValid: valid)
            }
        }
        return nil
    }

    private static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\u{00A0}" || scalar == "\u{202F}"
    }

    private static func isIBANCharacter(_ scalar: Unicode.Scalar) -> Bool {
        ScalarClass.isASCIIDigit(scalar) || ScalarClass.isASCIIUpper(scalar)
    }
}
