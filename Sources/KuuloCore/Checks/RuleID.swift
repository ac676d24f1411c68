/// The stable, dotted id of a check rule (`privacy.phone`), as findings, `--format json` and
/// `kuulo check --list-rules` show it.
///
/// A string literal makes one (`"schedule.gap"`), so tests and data read naturally; the rules
/// themselves name theirs once, as the `id` of their `CheckRule` conformance.
public struct RuleID: RawRepresentable, Hashable, Comparable, Sendable, ExpressibleByStringLiteral, CustomStringConvertible {
    /// The id as written.
    public let rawValue: String

    /// Creates an id.
    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    /// Creates an id from a literal.
    public init(stringLiteral value: String) {
        self.init(rawValue: value)
    }

    /// The id as written.
    public var description: String { rawValue }

    /// Orders ids as their text.
    public static func < (lhs: RuleID, rhs: RuleID) -> Bool {
        lhs.rawValue < rhs.rawValue
    }
}
