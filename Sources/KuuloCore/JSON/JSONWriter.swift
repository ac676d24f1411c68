import Foundation

/// Writes JSON the way a plan is kept in git: two-space indentation, keys in a stable order, a trailing
/// newline, non-ASCII text as is.
public enum JSONWriter {
    /// Keys that come first, in this order, wherever they appear; every other key follows alphabetically.
    public static let leadingKeys = ["schemaVersion", "revision", "id", "number", "name", "time", "author", "summary", "path"]

    /// The pretty-printed text of `value`, ending in a newline.
    public static func pretty(_ value: JSONValue) -> String {
        var output = ""
        write(value, indent: 0, into: &output)
        output += "\n"
        return output
    }

    /// A single-line rendering, for messages and diffs.
    public static func compact(_ value: JSONValue) -> String {
        var output = ""
        writeCompact(value, into: &output)
        return output
    }

    static func orderedKeys(_ members: [String: JSONValue]) -> [String] {
        let leading = leadingKeys.filter { members[$0] != nil }
        let rest = members.keys.filter { !leadingKeys.contains($0) }.sorted()
        var keys = leading + rest
        // History is long: keep it last so the content reads first.
        if let historyIndex = keys.firstIndex(of: "history") {
            keys.remove(at: historyIndex)
            keys.append("history")
        }
        return keys
    }

    private static func write(_ value: JSONValue, indent: Int, into output: inout String) {
        switch value {
        case .array(let elements) where !elements.isEmpty:
            if elements.allSatisfy(isScalar), elements.count <= 12 {
                let line = elements.map(compact).joined(separator: ", ")
                if line.count + indent <= 100 {
                    output += "[" + line + "]"
                    return
                }
            }
            output += "[\n"
            for (position, element) in elements.enumerated() {
                output += String(repeating: " ", count: indent + 2)
                write(element, indent: indent + 2, into: &output)
                output += position == elements.count - 1 ? "\n" : ",\n"
            }
            output += String(repeating: " ", count: indent) + "]"
        case .object(let members) where !members.isEmpty:
            output += "{\n"
            let keys = orderedKeys(members)
            for (position, key) in keys.enumerated() {
                output += String(repeating: " ", count: indent + 2)
                writeString(key, into: &output)
                output += ": "
                if let member = members[key] { write(member, indent: indent + 2, into: &output) }
                output += position == keys.count - 1 ? "\n" : ",\n"
            }
            output += String(repeating: " ", count: indent) + "}"
        default:
            writeCompact(value, into: &output)
        }
    }

    private static func isScalar(_ value: JSONValue) -> Bool {
        switch value {
        case .array, .object: return false
        default: return true
        }
    }

    private static func writeCompact(_ value: JSONValue, into output: inout String) {
        switch value {
        case .null: output += "null"
        case .bool(let flag): output += flag ? "true" : "false"
        case .int(let number): output += String(number)
        case .double(let number):
            if number == number.rounded(), abs(number) < 1e15 {
                output += String(format: "%.1f", number)
            } else {
                output += "\(number)"
            }
        case .string(let text): writeString(text, into: &output)
        case .array(let elements):
            output += "["
            for (position, element) in elements.enumerated() {
                if position > 0 { output += ", " }
                writeCompact(element, into: &output)
            }
            output += "]"
        case .object(let members):
            output += "{"
            for (position, key) in orderedKeys(members).enumerated() {
                if position > 0 { output += ", " }
                writeString(key, into: &output)
                output += ": "
                if let member = members[key] { writeCompact(member, into: &output) }
            }
            output += "}"
        }
    }

    private static func writeString(_ text: String, into output: inout String) {
        output += "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\r": output += "\\r"
            case "\t": output += "\\t"
            case "\u{08}": output += "\\b"
            case "\u{0C}": output += "\\f"
            default:
                if scalar.value < 0x20 || scalar.value == 0x2028 || scalar.value == 0x2029 {
                    output += String(format: "\\u%04x", scalar.value)
                } else {
                    output.unicodeScalars.append(scalar)
                }
            }
        }
        output += "\""
    }
}
