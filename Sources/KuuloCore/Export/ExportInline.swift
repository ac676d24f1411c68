import Foundation

/// A piece of running text in an exported document; each format decides how it looks.
enum ExportInline: Equatable, Sendable {
    /// Plain text.
    case text(String)
    /// Emphasised text (a label, a channel name).
    case strong(String)
    /// A command the reader types (`/channels`).
    case code(String)
    /// A web address.
    case link(String)

    /// The text without formatting.
    var plain: String {
        switch self {
        case .text(let text), .strong(let text), .code(let text), .link(let text): return text
        }
    }
}

extension Array where Element == ExportInline {
    /// The spans' text without formatting.
    var plain: String { map(\.plain).joined() }

    /// Fills `{name}` placeholders of `template` with spans; unknown placeholders stay as text.
    static func template(_ template: String, _ arguments: [String: [ExportInline]]) -> [ExportInline] {
        var spans: [ExportInline] = []
        var literal = ""
        var rest = template[...]
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            literal += rest[..<open]
            let name = String(rest[rest.index(after: open)..<close])
            if let value = arguments[name] {
                if !literal.isEmpty { spans.append(.text(literal)) }
                literal = ""
                spans += value
            } else {
                literal += rest[open...close]
            }
            rest = rest[rest.index(after: close)...]
        }
        literal += rest
        if !literal.isEmpty { spans.append(.text(literal)) }
        return spans
    }

    /// Joins groups of spans with a plain separator.
    static func joined(_ groups: [[ExportInline]], separator: String) -> [ExportInline] {
        var result: [ExportInline] = []
        for (index, group) in groups.enumerated() {
            if index > 0 { result.append(.text(separator)) }
            result += group
        }
        return result
    }
}
