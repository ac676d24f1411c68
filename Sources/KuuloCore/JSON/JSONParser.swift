import Foundation

/// Where and why a JSON text could not be read.
public struct JSONSyntaxError: Error, Equatable, Sendable {
    /// 1-based line of the problem.
    public var line: Int
    /// 1-based column (in characters) of the problem.
    public var column: Int
    /// What was expected or found, in English; user-facing text is built from the kind.
    public var kind: Kind

    /// The kinds of syntax problem.
    public enum Kind: Equatable, Sendable {
        case unexpectedEnd
        case unexpectedCharacter(String)
        case invalidNumber
        case invalidEscape
        case invalidUTF8
        case duplicateKey(String)
        case trailingContent
        case tooDeep
    }
}

/// A strict RFC 8259 parser that reports line and column, rejects duplicate keys and keeps integers
/// apart from decimals.
public struct JSONParser {
    private let bytes: [UInt8]
    private var index = 0
    private var depth = 0
    /// The members of the objects and the elements of the arrays being read, innermost last: one
    /// list for the whole document instead of a list per object or array that grows (and is copied)
    /// member by member.
    private var pendingKeys: [String] = []
    private var pendingValues: [JSONValue] = []
    /// The deepest nesting of arrays and objects the parser accepts (the writer guards the same limit).
    public static let maxDepth = 512

    private init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// Parses a whole document.
    public static func parse(_ data: [UInt8]) throws(JSONSyntaxError) -> JSONValue {
        var parser = JSONParser(bytes: data)
        parser.skipWhitespace()
        let value = try parser.parseValue()
        parser.skipWhitespace()
        if parser.index < parser.bytes.count { throw parser.error(.trailingContent) }
        return value
    }

    /// Parses a whole document given as a string.
    public static func parse(_ text: String) throws(JSONSyntaxError) -> JSONValue {
        try parse(Array(text.utf8))
    }

    private func error(_ kind: JSONSyntaxError.Kind, at position: Int? = nil) -> JSONSyntaxError {
        let end = min(position ?? index, bytes.count)
        var line = 1
        var lineStart = 0
        for offset in 0..<end where bytes[offset] == UInt8(ascii: "\n") {
            line += 1
            lineStart = offset + 1
        }
        let column = (String(decoding: bytes[lineStart..<end], as: UTF8.self).count) + 1
        return JSONSyntaxError(line: line, column: column, kind: kind)
    }

    private mutating func skipWhitespace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x09, 0x0A, 0x0D: index += 1
            default: return
            }
        }
    }

    private func describeCurrent() -> String {
        guard index < bytes.count else { return "end of input" }
        let scalarEnd = min(index + 4, bytes.count)
        let text = String(decoding: bytes[index..<scalarEnd], as: UTF8.self)
        return String(text.prefix(1))
    }

    private mutating func parseValue() throws(JSONSyntaxError) -> JSONValue {
        guard index < bytes.count else { throw error(.unexpectedEnd) }
        switch bytes[index] {
        case UInt8(ascii: "{"): return try parseObject()
        case UInt8(ascii: "["): return try parseArray()
        case UInt8(ascii: "\""): return .string(try parseString())
        case UInt8(ascii: "t"): try expectWord("true"); return .bool(true)
        case UInt8(ascii: "f"): try expectWord("false"); return .bool(false)
        case UInt8(ascii: "n"): try expectWord("null"); return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try parseNumber()
        default: throw error(.unexpectedCharacter(describeCurrent()))
        }
    }

    private mutating func expectWord(_ word: String) throws(JSONSyntaxError) {
        let start = index
        for byte in word.utf8 {
            guard index < bytes.count else { throw error(.unexpectedEnd) }
            guard bytes[index] == byte else {
                index = start
                throw error(.unexpectedCharacter(describeCurrent()))
            }
            index += 1
        }
    }

    private mutating func enter() throws(JSONSyntaxError) {
        depth += 1
        if depth > Self.maxDepth { throw error(.tooDeep) }
    }

    /// Objects with at most this many members are checked for duplicate keys by comparing the keys
    /// read so far; larger ones by a set.
    private static let linearKeyCheckLimit = 16

    /// An object's members are read into a list first and the dictionary is made once at its final
    /// size: growing it member by member rehashed every key at each doubling, and asking for a
    /// duplicate before storing hashed each key twice (together a tenth of a small plan's start-up).
    private mutating func parseObject() throws(JSONSyntaxError) -> JSONValue {
        try enter()
        index += 1
        skipWhitespace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "}") {
            index += 1
            depth -= 1
            return .object([:])
        }
        // This object's members are the keys and values from these positions on.
        let firstKey = pendingKeys.count
        let firstValue = pendingValues.count
        var seen: Set<String>?
        while true {
            skipWhitespace()
            guard index < bytes.count else { throw error(.unexpectedEnd) }
            guard bytes[index] == UInt8(ascii: "\"") else { throw error(.unexpectedCharacter(describeCurrent())) }
            let keyStart = index
            let key = try parseString()
            let count = pendingKeys.count - firstKey
            if count < Self.linearKeyCheckLimit {
                if pendingKeys[firstKey...].contains(key) { throw error(.duplicateKey(key), at: keyStart) }
            } else {
                if seen == nil { seen = Set(pendingKeys[firstKey...]) }
                if seen?.insert(key).inserted == false { throw error(.duplicateKey(key), at: keyStart) }
            }
            skipWhitespace()
            guard index < bytes.count else { throw error(.unexpectedEnd) }
            guard bytes[index] == UInt8(ascii: ":") else { throw error(.unexpectedCharacter(describeCurrent())) }
            index += 1
            skipWhitespace()
            pendingKeys.append(key)
            let value = try parseValue()
            pendingValues.append(value)
            skipWhitespace()
            guard index < bytes.count else { throw error(.unexpectedEnd) }
            if bytes[index] == UInt8(ascii: ",") {
                index += 1
                continue
            }
            guard bytes[index] == UInt8(ascii: "}") else { throw error(.unexpectedCharacter(describeCurrent())) }
            index += 1
            depth -= 1
            var members = [String: JSONValue](minimumCapacity: pendingKeys.count - firstKey)
            for offset in 0..<(pendingKeys.count - firstKey) {
                members[pendingKeys[firstKey + offset]] = pendingValues[firstValue + offset]
            }
            pendingKeys.removeSubrange(firstKey...)
            pendingValues.removeSubrange(firstValue...)
            return .object(members)
        }
    }

    private mutating func parseArray() throws(JSONSyntaxError) -> JSONValue {
        try enter()
        index += 1
        skipWhitespace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "]") {
            index += 1
            depth -= 1
            return .array([])
        }
        let first = pendingValues.count
        while true {
            skipWhitespace()
            let element = try parseValue()
            pendingValues.append(element)
            skipWhitespace()
            guard index < bytes.count else { throw error(.unexpectedEnd) }
            if bytes[index] == UInt8(ascii: ",") {
                index += 1
                continue
            }
            guard bytes[index] == UInt8(ascii: "]") else { throw error(.unexpectedCharacter(describeCurrent())) }
            index += 1
            depth -= 1
            let elements = Array(pendingValues[first...])
            pendingValues.removeSubrange(first...)
            return .array(elements)
        }
    }

    private mutating func parseString() throws(JSONSyntaxError) -> String {
        index += 1
        // Fast path: most strings have no escapes; take the bytes up to the closing quote as they are.
        // ASCII needs no UTF-8 validation, so note whether any byte is not ASCII.
        var scan = index
        var ascii = true
        while scan < bytes.count {
            let byte = bytes[scan]
            if byte == UInt8(ascii: "\"") {
                let text: String
                text = String(decoding: bytes[index..<scan], as: UTF8.self)
                // Decoding repairs invalid UTF-8 with U+FFFD, so the bytes come back unchanged exactly
                // when they were valid (`String(validating:)` on a slice takes a slow generic path).
                if !ascii, !text.utf8.elementsEqual(bytes[index..<scan]) { throw error(.invalidUTF8) }
                index = scan + 1
                return text
            }
            if byte == UInt8(ascii: "\\") || byte < 0x20 { break }
            if byte >= 0x80 { ascii = false }
            scan += 1
        }
        var buffer: [UInt8] = []
        while true {
            guard index < bytes.count else { throw error(.unexpectedEnd) }
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "\""):
                index += 1
                let text = String(decoding: buffer, as: UTF8.self)
                if !text.utf8.elementsEqual(buffer) { throw error(.invalidUTF8) }
                return text
            case UInt8(ascii: "\\"):
                index += 1
                guard index < bytes.count else { throw error(.unexpectedEnd) }
                let escape = bytes[index]
                index += 1
                switch escape {
                case UInt8(ascii: "\""): buffer.append(0x22)
                case UInt8(ascii: "\\"): buffer.append(0x5C)
                case UInt8(ascii: "/"): buffer.append(0x2F)
                case UInt8(ascii: "b"): buffer.append(0x08)
                case UInt8(ascii: "f"): buffer.append(0x0C)
                case UInt8(ascii: "n"): buffer.append(0x0A)
                case UInt8(ascii: "r"): buffer.append(0x0D)
                case UInt8(ascii: "t"): buffer.append(0x09)
                case UInt8(ascii: "u"):
                    var code = try parseHex4()
                    if (0xD800...0xDBFF).contains(code) {
                        guard index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u") else {
                            throw error(.invalidEscape)
                        }
                        index += 2
                        let low = try parseHex4()
                        guard (0xDC00...0xDFFF).contains(low) else { throw error(.invalidEscape) }
                        code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                    } else if (0xDC00...0xDFFF).contains(code) {
                        throw error(.invalidEscape)
                    }
                    guard let scalar = Unicode.Scalar(code) else { throw error(.invalidEscape) }
                    buffer.append(contentsOf: Array(String(Character(scalar)).utf8))
                default:
                    throw error(.invalidEscape, at: index - 1)
                }
            case 0x00..<0x20:
                throw error(.unexpectedCharacter(describeCurrent()))
            default:
                buffer.append(byte)
                index += 1
            }
        }
    }

    private mutating func parseHex4() throws(JSONSyntaxError) -> UInt32 {
        guard index + 4 <= bytes.count else { throw error(.unexpectedEnd) }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let byte = bytes[index]
            let digit: UInt32
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(byte - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt32(byte - UInt8(ascii: "a") + 10)
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt32(byte - UInt8(ascii: "A") + 10)
            default: throw error(.invalidEscape)
            }
            value = value * 16 + digit
            index += 1
        }
        return value
    }

    private mutating func parseNumber() throws(JSONSyntaxError) -> JSONValue {
        let start = index
        var isInteger = true
        if bytes[index] == UInt8(ascii: "-") { index += 1 }
        func digits(_ parser: inout JSONParser) -> Int {
            var count = 0
            while parser.index < parser.bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(parser.bytes[parser.index]) {
                parser.index += 1
                count += 1
            }
            return count
        }
        let intStart = index
        let intDigits = digits(&self)
        if intDigits == 0 || (intDigits > 1 && bytes[intStart] == UInt8(ascii: "0")) { throw error(.invalidNumber, at: start) }
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            isInteger = false
            index += 1
            if digits(&self) == 0 { throw error(.invalidNumber, at: start) }
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
            isInteger = false
            index += 1
            if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") { index += 1 }
            if digits(&self) == 0 { throw error(.invalidNumber, at: start) }
        }
        // Integers of up to 18 digits cannot overflow; read them without making a string.
        if isInteger, intDigits <= 18 {
            var value = 0
            for position in intStart..<index { value = value * 10 + Int(bytes[position] - UInt8(ascii: "0")) }
            return .int(bytes[start] == UInt8(ascii: "-") ? -value : value)
        }
        let text = String(decoding: bytes[start..<index], as: UTF8.self)
        if isInteger, let value = Int(text) { return .int(value) }
        guard let value = Double(text), value.isFinite else { throw error(.invalidNumber, at: start) }
        return .double(value)
    }
}
