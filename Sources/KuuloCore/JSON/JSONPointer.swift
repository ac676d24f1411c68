import Foundation

/// An RFC 6901 JSON Pointer such as `/organisation/name`, used to address plan fields from flows,
/// history entries and diffs.
public struct JSONPointer: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The unescaped reference tokens.
    public var tokens: [String]

    /// The empty pointer addresses the whole document.
    public init(tokens: [String] = []) {
        self.tokens = tokens
    }

    /// Parses `/a/b~1c`; returns `nil` when the text does not start with `/` (and is not empty).
    public init?(_ text: String) {
        if text.isEmpty {
            self.tokens = []
            return
        }
        // Plan paths are ASCII: split their bytes. Other text keeps the character-level split, where a
        // "/" followed by a combining mark is one character and not a separator.
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            guard text.utf8.first == UInt8(ascii: "/") else { return nil }
            var tokens: [String] = []
            var tokenStart = text.utf8.index(after: text.utf8.startIndex)
            var position = tokenStart
            while true {
                if position == text.utf8.endIndex || text.utf8[position] == UInt8(ascii: "/") {
                    let token = String(text[tokenStart..<position])
                    tokens.append(token.utf8.contains(UInt8(ascii: "~")) ? Self.unescaped(token) : token)
                    if position == text.utf8.endIndex { break }
                    tokenStart = text.utf8.index(after: position)
                }
                position = text.utf8.index(after: position)
            }
            self.tokens = tokens
            return
        }
        guard text.hasPrefix("/") else { return nil }
        self.tokens = text.dropFirst().split(separator: "/", omittingEmptySubsequences: false).map { token in
            guard token.contains("~") else { return String(token) }
            return token.replacingOccurrences(of: "~1", with: "/").replacingOccurrences(of: "~0", with: "~")
        }
    }

    private static func unescaped(_ token: String) -> String {
        token.replacingOccurrences(of: "~1", with: "/").replacingOccurrences(of: "~0", with: "~")
    }

    /// The pointer text with `~` and `/` escaped.
    public var description: String {
        tokens.map { token in
            guard token.contains("~") || token.contains("/") else { return "/" + token }
            return "/" + token.replacingOccurrences(of: "~", with: "~0").replacingOccurrences(of: "/", with: "~1")
        }
        .joined()
    }

    /// A pointer one level deeper.
    public func appending(_ token: String) -> JSONPointer {
        JSONPointer(tokens: tokens + [token])
    }

    /// The pointer of the containing value; the root's parent is the root.
    public var parent: JSONPointer {
        JSONPointer(tokens: Array(tokens.dropLast()))
    }

    /// True when `other` is this pointer or lies below it.
    public func contains(_ other: JSONPointer) -> Bool {
        other.tokens.count >= tokens.count && Array(other.tokens.prefix(tokens.count)) == tokens
    }

    public static func < (lhs: JSONPointer, rhs: JSONPointer) -> Bool {
        lhs.tokens.lexicographicallyPrecedes(rhs.tokens)
    }
}


extension JSONValue {
    /// The value at `pointer`, or `nil` when any step is missing. Array steps take decimal indexes.
    public func value(at pointer: JSONPointer) -> JSONValue? {
        var current = self
        for token in pointer.tokens {
            switch current {
            case .object(let members):
                guard let next = members[token] else { return nil }
                current = next
            case .array(let elements):
                guard let index = Int(token), elements.indices.contains(index) else { return nil }
                current = elements[index]
            default:
                return nil
            }
        }
        return current
    }

    /// Sets the value at `pointer`, creating objects on the way. `nil` removes the member.
    /// Setting through a non-object, non-array value replaces it with an object.
    public mutating func setValue(_ newValue: JSONValue?, at pointer: JSONPointer) {
        self = Self.setting(newValue, in: self, tokens: pointer.tokens[...])
    }

    private static func setting(_ newValue: JSONValue?, in current: JSONValue, tokens: ArraySlice<String>) -> JSONValue {
        guard let token = tokens.first else { return newValue ?? .null }
        let rest = tokens.dropFirst()
        if case .array(var elements) = current, let index = Int(token), index >= 0, index <= elements.count {
            if index == elements.count {
                if let newValue { elements.append(rest.isEmpty ? newValue : setting(newValue, in: .object([:]), tokens: rest)) }
            } else if rest.isEmpty, newValue == nil {
                elements.remove(at: index)
            } else {
                elements[index] = setting(newValue, in: elements[index], tokens: rest)
            }
            return .array(elements)
        }
        var members = current.objectValue ?? [:]
        if rest.isEmpty {
            members[token] = newValue
        } else {
            let child = members[token] ?? .object([:])
            let updated = setting(newValue, in: child, tokens: rest)
            members[token] = updated
        }
        return .object(members)
    }
}
