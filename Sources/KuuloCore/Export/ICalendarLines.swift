import Foundation

/// Content lines of an iCalendar file (RFC 5545 §3.1): `NAME;PARAM=…:value`, folded at 75 octets
/// without splitting a UTF-8 sequence, joined with CRLF.
struct ICalendarLines {
    private(set) var lines: [String] = []

    /// Adds a property whose value is already in its iCalendar form (dates, recurrence rules, ids).
    mutating func add(_ name: String, _ value: String, parameters: String = "") {
        lines.append(name + (parameters.isEmpty ? "" : ";" + parameters) + ":" + value)
    }

    /// Adds a TEXT property, escaping its value.
    mutating func text(_ name: String, _ value: String) {
        add(name, Self.escapeText(value))
    }

    /// The file: every line folded, each ended by CRLF.
    var output: String {
        lines.map(Self.fold).joined()
    }

    /// TEXT escaping (§3.3.11): backslash, semicolon and comma escaped, line breaks as `\n`, other
    /// control characters dropped.
    static func escapeText(_ text: String) -> String {
        var result = ""
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            defer { previousWasCR = scalar == "\r" }
            switch scalar {
            case "\\": result += "\\\\"
            case ";": result += "\\;"
            case ",": result += "\\,"
            case "\r": result += "\\n"
            case "\n": if !previousWasCR { result += "\\n" }
            case "\t": result.unicodeScalars.append(scalar)
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F { continue }
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// Folds a line so that no physical line exceeds 75 octets, continuation lines starting with a space.
    static func fold(_ line: String) -> String {
        var result = ""
        var current = ""
        var octets = 0
        var limit = 75
        for scalar in line.unicodeScalars {
            let size = String(scalar).utf8.count
            if octets + size > limit {
                result += current + "\r\n"
                current = " "
                octets = 1
                limit = 75
            }
            current.unicodeScalars.append(scalar)
            octets += size
        }
        return result + current + "\r\n"
    }
}
