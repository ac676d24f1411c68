/// An e-mail address found in a text.
///
/// The local part is letters, digits and `. _ % + - '` (not starting or ending with a dot); the domain
/// is labels of letters, digits and hyphens joined by dots, ending in a top-level domain of at least
/// two letters. `info@tyy.fi`, `etunimi.sukunimi+kuulo@tuni.fi` and `jäsen@yhdistys.fi` are
/// addresses; `@tyy.fi` (a mention) and `tyy@` are not.
public struct EmailAddress: Equatable, Sendable {
    /// The address as written.
    public let text: String
    /// First code point.
    public let start: Int
    /// One past the last code point.
    public let end: Int

    /// Every address in `scalars`, in order.
    public static func scan(_ scalars: [Unicode.Scalar]) -> [EmailAddress] {
        var result: [EmailAddress] = []
        var searchFrom = 0
        for at in scalars.indices where scalars[at] == "@" || scalars[at] == "\u{FF20}" {
            guard at >= searchFrom, let found = address(scalars, around: at, notBefore: searchFrom) else { continue }
            result.append(found)
            searchFrom = found.end
        }
        return result
    }

    private static func address(_ scalars: [Unicode.Scalar], around at: Int, notBefore floor: Int) -> EmailAddress? {
        var start = at
        while start > floor, isLocalCharacter(scalars[start - 1]) { start -= 1 }
        while start < at, scalars[start] == "." || scalars[start] == "'" { start += 1 }
        guard start < at, scalars[at - 1] != "." else { return nil }
        var end = at + 1
        var labelStart = end
        var labels: [Range<Int>] = []
        while end < scalars.count {
            if isDomainCharacter(scalars[end]) {
                end += 1
            } else if scalars[end] == ".", end > labelStart, end + 1 < scalars.count, isDomainCharacter(scalars[end + 1]) {
                labels.append(labelStart..<end)
                end += 1
                labelStart = end
            } else {
                break
            }
        }
        if end > labelStart { labels.append(labelStart..<end) }
        guard labels.count >= 2, let last = labels.last, last.count >= 2,
              scalars[last].allSatisfy({ $0.properties.isAlphabetic }),
              labels.allSatisfy({ scalars[$0.lowerBound] != "-" && scalars[$0.upperBound - 1] != "-" }) else { return nil }
        return EmailAddress(text: ScalarClass.string(scalars, start..<last.upperBound), start: start, end: last.upperBound)
    }

    private static func isLocalCharacter(_ scalar: Unicode.Scalar) -> Bool {
        if ScalarClass.isAlphanumeric(scalar) { return true }
        switch scalar {
        case ".", "_", "%", "+", "-", "'": return true
        default: return false
        }
    }

    private static func isDomainCharacter(_ scalar: Unicode.Scalar) -> Bool {
        ScalarClass.isAlphanumeric(scalar) || scalar == "-"
    }
}
