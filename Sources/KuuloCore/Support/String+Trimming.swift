extension String {
    /// The text without leading and trailing spaces and tabs (what Foundation's `.whitespaces` trims),
    /// without the round trip through `NSString` that made trimming a tenth of building the Knowledge
    /// index.
    public func trimmingSpaces() -> String {
        trimming { scalar in scalar == " " || scalar == "\t" || scalar.properties.generalCategory == .spaceSeparator }
    }

    /// The text without leading and trailing line breaks (what Foundation's `.newlines` trims: U+000A–U+000D,
    /// U+0085, U+2028, U+2029). Every chat message goes through this; Foundation's version costs a
    /// `CharacterSet` and an `NSString` each time.
    public func trimmingNewlines() -> String {
        trimming { scalar in
            switch scalar.value {
            case 0x0A...0x0D, 0x85, 0x2028, 0x2029: return true
            default: return false
            }
        }
    }

    /// The text without leading and trailing white space and line breaks (what Foundation's
    /// `.whitespacesAndNewlines` trims: the Unicode `White_Space` characters).
    public func trimmingWhitespaceAndNewlines() -> String {
        trimming { $0.properties.isWhitespace }
    }

    /// The text without the leading and trailing scalars `isTrimmed` accepts; the text itself when
    /// there are none (the usual case, so no copy is made).
    private func trimming(_ isTrimmed: (Unicode.Scalar) -> Bool) -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !isTrimmed($0) }),
              let last = scalars.lastIndex(where: { !isTrimmed($0) }) else { return "" }
        if first == scalars.startIndex, scalars.index(after: last) == scalars.endIndex { return self }
        return String(scalars[first...last])
    }

    /// The text without leading and trailing white space and line breaks (what Foundation's
    /// `.whitespacesAndNewlines` trims), without the round trip through `NSString`: trimming article
    /// bodies that way was a fifth of `kuulo ask`.
    func trimmingSpacesAndNewlines() -> String {
        let scalars = unicodeScalars
        func isSpace(_ scalar: Unicode.Scalar) -> Bool {
            scalar.properties.isWhitespace
        }
        guard let first = scalars.firstIndex(where: { !isSpace($0) }),
              let last = scalars.lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(scalars[first...last])
    }
}
