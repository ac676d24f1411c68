import Foundation

/// Writes JSON the way a plan is kept in git: two-space indentation, keys in a stable order, a trailing
/// newline, non-ASCII text as is.
public enum JSONWriter {
    /// Keys that come first, in this order, wherever they appear; every other key follows alphabetically.
    public static let leadingKeys = ["schemaVersion", "revision", "id", "number", "name", "time", "author", "summary", "path"]

    /// The pretty-printed text of `value`, ending in a newline.
    public static func pretty(_ value: JSONValue) -> String {
        String(decoding: prettyBytes(value), as: UTF8.self)
    }

    /// The pretty-printed UTF-8 bytes of `value`, ending in a newline.
    public static func prettyBytes(_ value: JSONValue) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(4_096)
        write(value, indent: 0, into: &output)
        output.append(0x0A)
        return output
    }

    /// Why `checkedPrettyBytes` refused to write: the value nests deeper than `JSONParser` reads.
    public struct TooDeep: Error, Equatable, Sendable {
        /// How deeply the value nests.
        public var depth: Int
        /// The deepest nesting the parser accepts.
        public var limit: Int
    }

    /// The pretty-printed bytes of `value`, refused when arrays and objects nest deeper than
    /// `JSONParser.maxDepth`, so nothing is written that the parser would then reject.
    public static func checkedPrettyBytes(_ value: JSONValue) throws(TooDeep) -> [UInt8] {
        let found = depth(of: value)
        if found > JSONParser.maxDepth { throw TooDeep(depth: found, limit: JSONParser.maxDepth) }
        return prettyBytes(value)
    }

    /// How many arrays and objects nest inside each other in `value` (0 for a scalar, 1 for `[1]`).
    public static func depth(of value: JSONValue) -> Int {
        switch value {
        case .array(let elements): return 1 + (elements.lazy.map(depth(of:)).max() ?? 0)
        case .object(let members): return 1 + (members.values.lazy.map(depth(of:)).max() ?? 0)
        default: return 0
        }
    }

    /// A single-line rendering, for messages and diffs.
    public static func compact(_ value: JSONValue) -> String {
        var output: [UInt8] = []
        writeCompact(value, into: &output)
        return String(decoding: output, as: UTF8.self)
    }

    static func orderedKeys(_ members: [String: JSONValue]) -> [String] {
        var leading: [String] = []
        for key in leadingKeys where members[key] != nil { leading.append(key) }
        var rest = members.keys.filter { !leadingKeys.contains($0) }
        rest.sort()
        var keys = leading + rest
        // History is long: keep it last so the content reads first.
        if let historyIndex = keys.firstIndex(of: "history") {
            keys.remove(at: historyIndex)
            keys.append("history")
        }
        return keys
    }

    private static func indentation(_ count: Int, into output: inout [UInt8]) {
        output.append(contentsOf: repeatElement(0x20, count: count))
    }

    private static func write(_ value: JSONValue, indent: Int, into output: inout [UInt8]) {
        switch value {
        case .array(let elements) where !elements.isEmpty:
            if elements.count <= 12, elements.allSatisfy(isScalar) {
                var line: [UInt8] = [UInt8(ascii: "[")]
                for (position, element) in elements.enumerated() {
                    if position > 0 { line.append(contentsOf: [UInt8(ascii: ","), 0x20]) }
                    writeCompact(element, into: &line)
                }
                line.append(UInt8(ascii: "]"))
                if String(decoding: line, as: UTF8.self).count + indent <= 100 {
                    output.append(contentsOf: line)
                    return
                }
            }
            output.append(contentsOf: [UInt8(ascii: "["), 0x0A])
            for (position, element) in elements.enumerated() {
                indentation(indent + 2, into: &output)
                write(element, indent: indent + 2, into: &output)
                if position < elements.count - 1 { output.append(UInt8(ascii: ",")) }
                output.append(0x0A)
            }
            indentation(indent, into: &output)
            output.append(UInt8(ascii: "]"))
        case .object(let members) where !members.isEmpty:
            output.append(contentsOf: [UInt8(ascii: "{"), 0x0A])
            let keys = orderedKeys(members)
            for (position, key) in keys.enumerated() {
                indentation(indent + 2, into: &output)
                writeString(key, into: &output)
                output.append(contentsOf: [UInt8(ascii: ":"), 0x20])
                if let member = members[key] { write(member, indent: indent + 2, into: &output) }
                if position < keys.count - 1 { output.append(UInt8(ascii: ",")) }
                output.append(0x0A)
            }
            indentation(indent, into: &output)
            output.append(UInt8(ascii: "}"))
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

    private static func writeCompact(_ value: JSONValue, into output: inout [UInt8]) {
        switch value {
        case .null: output.append(contentsOf: Array("null".utf8))
        case .bool(let flag): output.append(contentsOf: Array((flag ? "true" : "false").utf8))
        case .int(let number): output.append(contentsOf: Array(String(number).utf8))
        case .double(let number):
            let text = number == number.rounded() && abs(number) < 1e15 ? String(format: "%.1f", number) : "\(number)"
            output.append(contentsOf: Array(text.utf8))
        case .string(let text): writeString(text, into: &output)
        case .array(let elements):
            output.append(UInt8(ascii: "["))
            for (position, element) in elements.enumerated() {
                if position > 0 { output.append(contentsOf: [UInt8(ascii: ","), 0x20]) }
                writeCompact(element, into: &output)
            }
            output.append(UInt8(ascii: "]"))
        case .object(let members):
            output.append(UInt8(ascii: "{"))
            for (position, key) in orderedKeys(members).enumerated() {
                if position > 0 { output.append(contentsOf: [UInt8(ascii: ","), 0x20]) }
                writeString(key, into: &output)
                output.append(contentsOf: [UInt8(ascii: ":"), 0x20])
                if let member = members[key] { writeCompact(member, into: &output) }
            }
            output.append(UInt8(ascii: "}"))
        }
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)

    /// The `\\uXXXX` escape of a three-byte character E2 `second` `third` that is written escaped:
    /// the line and paragraph separators and the bidirectional embeddings, overrides and isolates.
    private static func escapedE2(_ second: UInt8, _ third: UInt8) -> String? {
        switch (second, third) {
        case (0x80, 0xA8...0xAE), (0x81, 0xA6...0xA9):
            return "\\u20" + String((UInt32(second & 0x3F) << 6) | UInt32(third & 0x3F), radix: 16)
        default: return nil
        }
    }

    private static func writeString(_ text: String, into output: inout [UInt8]) {
        output.append(0x22)
        var utf8 = text.utf8.makeIterator()
        var pending: [UInt8] = []
        while let byte = utf8.next() {
            switch byte {
            case 0x22: output.append(contentsOf: [0x5C, 0x22])
            case 0x5C: output.append(contentsOf: [0x5C, 0x5C])
            case 0x0A: output.append(contentsOf: [0x5C, UInt8(ascii: "n")])
            case 0x0D: output.append(contentsOf: [0x5C, UInt8(ascii: "r")])
            case 0x09: output.append(contentsOf: [0x5C, UInt8(ascii: "t")])
            case 0x08: output.append(contentsOf: [0x5C, UInt8(ascii: "b")])
            case 0x0C: output.append(contentsOf: [0x5C, UInt8(ascii: "f")])
            case 0x00..<0x20:
                output.append(contentsOf: [0x5C, UInt8(ascii: "u"), 0x30, 0x30, hexDigits[Int(byte >> 4)], hexDigits[Int(byte & 0xF)]])
            case 0x7F:
                // DEL, the C1 controls and the bidirectional overrides are escaped too, so that JSON
                // printed on a terminal is as safe as text (see TerminalSafeText) and still exact.
                output.append(contentsOf: Array("\\u007f".utf8))
            case 0xC2:
                guard let second = utf8.next() else { output.append(byte); continue }
                if (0x80...0x9F).contains(second) {
                    output.append(contentsOf: [0x5C, UInt8(ascii: "u"), 0x30, 0x30, hexDigits[Int(second >> 4)], hexDigits[Int(second & 0xF)]])
                } else {
                    output.append(contentsOf: [byte, second])
                }
            case 0xE2:
                // U+2028 and U+2029 (E2 80 A8/A9) are escaped so the file is also valid JavaScript;
                // U+202A–U+202E (E2 80 AA–AE) and U+2066–U+2069 (E2 81 A6–A9) so no override hides in it.
                pending = [byte]
                if let second = utf8.next() { pending.append(second) }
                if let third = utf8.next() { pending.append(third) }
                if pending.count == 3, let escaped = Self.escapedE2(pending[1], pending[2]) {
                    output.append(contentsOf: Array(escaped.utf8))
                } else {
                    output.append(contentsOf: pending)
                }
            default:
                output.append(byte)
            }
        }
        output.append(0x22)
    }
}
