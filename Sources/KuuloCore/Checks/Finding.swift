import Foundation

/// How serious a finding is. `kuulo check` exits 1 when any finding is an error.
public enum Severity: String, Sendable, CaseIterable, Comparable {
    case error
    case warning
    case info

    private var rank: Int {
        switch self {
        case .error: return 0
        case .warning: return 1
        case .info: return 2
        }
    }

    public static func < (lhs: Severity, rhs: Severity) -> Bool {
        lhs.rank < rhs.rank
    }
}

/// One thing a check noticed in a draft: which rule, how serious, where, and what to say about it.
///
/// `start` and `end` count Unicode scalars (code points) from 0, as `kuulo check --format json`
/// reports them. The message is an id in `Prompts/checks/*.<lang>.yaml` with its placeholders, so the
/// text is in the user's language and editable without Swift.
public struct Finding: Equatable, Sendable {
    /// The rule that found it, e.g. `privacy.phone`.
    public var rule: RuleID
    /// How serious it is.
    public var severity: Severity
    /// First code point of the problem.
    public var start: Int
    /// One past the last code point of the problem.
    public var end: Int
    /// Message id in the check catalogs.
    public var message: String
    /// The message's placeholders.
    public var arguments: [String: String]

    /// Creates a finding.
    public init(rule: RuleID, severity: Severity, start: Int, end: Int, message: String, arguments: [String: String] = [:]) {
        self.rule = rule
        self.severity = severity
        self.start = start
        self.end = end
        self.message = message
        self.arguments = arguments
    }
}

extension String {
    /// The code-point offsets of a range of this string.
    public func scalarOffsets(of range: Range<String.Index>) -> (start: Int, end: Int) {
        let start = unicodeScalars.distance(from: unicodeScalars.startIndex, to: range.lowerBound.samePosition(in: unicodeScalars) ?? unicodeScalars.startIndex)
        let end = unicodeScalars.distance(from: unicodeScalars.startIndex, to: range.upperBound.samePosition(in: unicodeScalars) ?? unicodeScalars.endIndex)
        return (start, end)
    }
}
