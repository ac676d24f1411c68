/// A Finnish personal identity code (henkilötunnus, `DDMMYYCZZZQ`) found in a text.
///
/// `C` is the century sign: `+` for the 1800s; `-`, `Y`, `X`, `W`, `V`, `U` for the 1900s and `A`–`F`
/// for the 2000s (the letters other than `-` and `A` were added in 2023). `ZZZ` is the individual
/// number and `Q` the check character: the nine digits `DDMMYYZZZ` as a number modulo 31, indexed
/// into `0123456789ABCDEFHJKLMNPRSTUVWXY`.
public struct PersonalIdentityCode: Equatable, Sendable {
    /// What a code-shaped string turned out to be.
    public enum Validity: String, Equatable, Sendable {
        /// A real date, an individual number in use and the right check character.
        case valid
        /// The date and number are possible but the check character is wrong.
        case badChecksum
        /// The date cannot exist (31 April, 29 February in a common year) or the number is not in use.
        case impossible
    }

    /// The code as written.
    public let text: String
    /// First code point.
    public let start: Int
    /// One past the last code point.
    public let end: Int
    /// Whether it is a real code.
    public let validity: Validity

    /// The check characters, indexed by the remainder modulo 31.
    static let checkCharacters = Array("0123456789ABCDEFHJKLMNPRSTUVWXY".unicodeScalars)

    /// The century of each sign.
    static func century(_ sign: Unicode.Scalar) -> Int? {
        switch sign {
        case "+": return 1800
        case "Y", "X", "W", "V", "U", "y", "x", "w", "v", "u": return 1900
        case "A", "B", "C", "D", "E", "F", "a", "b", "c", "d", "e", "f": return 2000
        default: return ScalarClass.isHyphen(sign) ? 1900 : nil
        }
    }

    /// The validity of `code`, or `nil` when it does not have the shape of a personal identity code.
    public static func validate(_ code: String) -> Validity? {
        let scalars = Array(code.unicodeScalars)
        guard scalars.count == 11 else { return nil }
        return validity(scalars, at: 0)
    }

    /// Every code-shaped run in `scalars` that is not part of a longer run of letters and digits.
    public static func scan(_ scalars: [Unicode.Scalar]) -> [PersonalIdentityCode] {
        var result: [PersonalIdentityCode] = []
        var index = 0
        while index + 11 <= scalars.count {
            let startsWell = index == 0 || !ScalarClass.isAlphanumeric(scalars[index - 1])
            let endsWell = index + 11 == scalars.count || !ScalarClass.isAlphanumeric(scalars[index + 11])
            if startsWell, endsWell, let validity = validity(scalars, at: index) {
                result.append(PersonalIdentityCode(text: ScalarClass.string(scalars, index..<index + 11), start: index,
                                                   end: index + 11, validity: validity))
                index += 11
            } else {
                index += 1
            }
        }
        return result
    }

    private static func validity(_ scalars: [Unicode.Scalar], at offset: Int) -> Validity? {
        var digits: [Int] = []
        for position in [0, 1, 2, 3, 4, 5, 7, 8, 9] {
            guard let digit = ScalarClass.digitValue(scalars[offset + position]) else { return nil }
            digits.append(digit)
        }
        guard let century = century(scalars[offset + 6]) else { return nil }
        let check = scalars[offset + 10]
        guard ScalarClass.isASCIIDigit(check) || ("A"..."Z").contains(check) || ("a"..."z").contains(check) else { return nil }
        let day = digits[0] * 10 + digits[1]
        let month = digits[2] * 10 + digits[3]
        let year = century + digits[4] * 10 + digits[5]
        let individual = digits[6] * 100 + digits[7] * 10 + digits[8]
        guard isRealDate(day: day, month: month, year: year), individual >= 2 else { return .impossible }
        let number = digits.reduce(0) { $0 * 10 + $1 }
        let expected = checkCharacters[number % 31]
        let written = Unicode.Scalar(String(check).uppercased()) ?? check
        return written == expected ? .valid : .badChecksum
    }

    private static func isRealDate(day: Int, month: Int, year: Int) -> Bool {
        guard (1...12).contains(month), day >= 1 else { return false }
        let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
        let lengths = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        return day <= lengths[month - 1]
    }
}
