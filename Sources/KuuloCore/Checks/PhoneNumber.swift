/// A phone number found in a text, Finnish or international, in the ways people write them.
///
/// Found: `040 123 4567`, `040-1234567`, `0401234567`, `+358 40 123 4567`, `+358 (0)40 123 4567`,
/// `(09) 123 4567`, `09 1234 5678`, `+46 70 123 45 67`, `+1 202 555 0143`, `00358 40 123 4567`.
/// A number is groups of digits separated by single spaces, hyphens or slashes (full stops only after
/// `+`); it must start with `+` and a country code (8–15 digits in all), `00` and a country code, or the
/// Finnish trunk prefix `0` and a non-zero digit (8–12 digits; 9–12 when written as one block).
/// Not found: dates (`24.12.2026`, `01/12/2026`, `2026-12-24`), times (`18.00`, `klo 18–20`), prices,
/// years, course codes (`TIETS01`, `KIE-12345`), business ids (`1234567-8`), postal codes (`33100`),
/// numbers glued to letters, and anything inside `excluded` ranges (identity codes, accounts, links).
public struct PhoneNumber: Equatable, Sendable {
    /// The number as written.
    public let text: String
    /// First code point.
    public let start: Int
    /// One past the last code point.
    public let end: Int

    /// A run of digits with what surrounds it.
    private struct Group {
        var start: Int
        var end: Int
        var digits: String
        var plus: Bool
        var openParen: Bool
        var closeParen: Bool
        var separator: Unicode.Scalar?
    }

    /// Every phone number in `scalars` that overlaps none of `excluded`.
    public static func scan(_ scalars: [Unicode.Scalar], excluding excluded: [Range<Int>] = []) -> [PhoneNumber] {
        var result: [PhoneNumber] = []
        let excluded = RangeIndex(excluded)
        var index = 0
        while index < scalars.count {
            guard startsRun(scalars, at: index) else {
                index += 1
                continue
            }
            let groups = run(scalars, from: index)
            guard let last = groups.last else {
                index += 1
                continue
            }
            var first = 0
            while first < groups.count {
                if first == 0 || isSpace(groups[first].separator),
                   let end = longestNumber(groups, from: first, scalars: scalars, excluded: excluded) {
                    let range = groups[first].start..<groups[end].end
                    result.append(PhoneNumber(text: ScalarClass.string(scalars, range), start: range.lowerBound, end: range.upperBound))
                    first = end + 1
                } else {
                    first += 1
                }
            }
            index = last.end
        }
        return result
    }

    // MARK: - Runs of digit groups

    private static func startsRun(_ scalars: [Unicode.Scalar], at index: Int) -> Bool {
        let scalar = scalars[index]
        let next = index + 1 < scalars.count ? scalars[index + 1] : nil
        let opens = ScalarClass.isASCIIDigit(scalar)
            || (scalar == "+" || scalar == "(") && next.map(ScalarClass.isASCIIDigit) == true
        guard opens, index > 0 else { return opens }
        let previous = scalars[index - 1]
        if ScalarClass.isAlphanumeric(previous) || previous == "+" || previous == "#" || previous == "@" { return false }
        let beforePrevious = index > 1 ? scalars[index - 2] : nil
        if ScalarClass.isHyphen(previous) || previous == "/" || previous == "_" {
            return !(beforePrevious.map(ScalarClass.isAlphanumeric) ?? false)
        }
        if previous == "." || previous == "," {
            return !(beforePrevious.map(ScalarClass.isDigit) ?? false)
        }
        return true
    }

    private static func run(_ scalars: [Unicode.Scalar], from start: Int) -> [Group] {
        var groups: [Group] = []
        var position = start
        var separator: Unicode.Scalar?
        while position < scalars.count {
            var group = Group(start: position, end: position, digits: "", plus: false, openParen: false, closeParen: false, separator: separator)
            var cursor = position
            if scalars[cursor] == "(" {
                group.openParen = true
                cursor += 1
            }
            if groups.isEmpty, cursor < scalars.count, scalars[cursor] == "+" {
                group.plus = true
                cursor += 1
            }
            while cursor < scalars.count, ScalarClass.isASCIIDigit(scalars[cursor]) {
                group.digits.unicodeScalars.append(scalars[cursor])
                cursor += 1
            }
            guard !group.digits.isEmpty else { break }
            if group.openParen, cursor < scalars.count, scalars[cursor] == ")" {
                group.closeParen = true
                cursor += 1
            }
            group.end = cursor
            groups.append(group)
            guard cursor < scalars.count else { break }
            if group.closeParen, ScalarClass.isASCIIDigit(scalars[cursor]) {
                separator = nil
                position = cursor
            } else if isSeparator(scalars[cursor]), cursor + 1 < scalars.count,
                      ScalarClass.isASCIIDigit(scalars[cursor + 1]) || scalars[cursor + 1] == "(" {
                separator = scalars[cursor]
                position = cursor + 1
            } else {
                break
            }
        }
        return groups
    }

    // MARK: - Deciding

    /// The most digit groups a number can have: every group has a digit, and no number has more than
    /// 17 (`00` and 15 digits). Longer spans are not tried, so a long run of digit groups costs time in
    /// proportion to its length, not its square.
    private static let mostGroups = 17

    private static func longestNumber(_ groups: [Group], from first: Int, scalars: [Unicode.Scalar], excluded: RangeIndex) -> Int? {
        for last in stride(from: min(groups.count - 1, first + mostGroups - 1), through: first, by: -1) {
            let span = Array(groups[first...last])
            let range = span[0].start..<span[span.count - 1].end
            if excluded.overlaps(range) { continue }
            if isNumber(span), !endsInAmount(scalars, after: range.upperBound) { return last }
        }
        return nil
    }

    private static func isNumber(_ span: [Group]) -> Bool {
        let first = span[0]
        guard first.plus || first.digits.hasPrefix("0") else { return false }
        guard span.allSatisfy({ $0.openParen == $0.closeParen }) else { return false }
        let separators = span.dropFirst().compactMap(\.separator)
        if separators.contains(".") && !first.plus { return false }
        if looksLikeDate(span) || looksLikeBusinessID(span) { return false }
        let digits = span.map(\.digits).joined()
        if first.plus {
            return (8...15).contains(digits.count) && !digits.hasPrefix("0")
        }
        if digits.hasPrefix("00") {
            let rest = digits.dropFirst(2)
            return (8...15).contains(rest.count) && !rest.hasPrefix("0")
        }
        guard digits.dropFirst().first != "0" else { return false }
        let oneBlock = span.count == 1 && !first.openParen
        return (oneBlock ? 9...12 : 8...12).contains(digits.count)
    }

    /// `01.12.2026`, `1/12/26`, `01-12-2026`: day, month and year joined by one kind of punctuation.
    private static func looksLikeDate(_ span: [Group]) -> Bool {
        guard span.count == 3 else { return false }
        let separators = Set(span.dropFirst().compactMap(\.separator))
        guard separators.count == 1, let separator = separators.first, !isSpace(separator) else { return false }
        let lengths = span.map(\.digits.count)
        return lengths[0] <= 2 && lengths[1] <= 2 && (lengths[2] == 2 || lengths[2] == 4)
    }

    /// A Finnish business id (Y-tunnus): seven digits, a hyphen and a check digit.
    private static func looksLikeBusinessID(_ span: [Group]) -> Bool {
        span.count == 2 && span[0].digits.count == 7 && span[1].digits.count == 1
            && span[1].separator.map(ScalarClass.isHyphen) == true
    }

    /// Whether a decimal part, a currency or a percent sign follows (`0401,50 €` is an amount).
    private static func endsInAmount(_ scalars: [Unicode.Scalar], after end: Int) -> Bool {
        guard end < scalars.count else { return false }
        let next = scalars[end]
        if (next == "," || next == "."), end + 1 < scalars.count, ScalarClass.isASCIIDigit(scalars[end + 1]) { return true }
        var position = end
        if isSpace(next) { position += 1 }
        guard position < scalars.count else { return false }
        return ["€", "$", "£", "%", "\u{2030}"].contains(scalars[position])
    }

    private static func isSeparator(_ scalar: Unicode.Scalar) -> Bool {
        isSpace(scalar) || scalar == "-" || scalar == "\u{2010}" || scalar == "\u{2011}" || scalar == "." || scalar == "/"
    }

    private static func isSpace(_ scalar: Unicode.Scalar?) -> Bool {
        scalar == " " || scalar == "\u{00A0}" || scalar == "\u{202F}" || scalar == "\u{2009}"
    }
}
