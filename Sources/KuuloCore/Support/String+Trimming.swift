extension String {
    /// The text without leading and trailing spaces and tabs (what Foundation's `.whitespaces` trims),
    /// without the round trip through `NSString` that made trimming a tenth of building the Knowledge
    /// index.
    func trimmingSpaces() -> String {
        let scalars = unicodeScalars
        func isSpace(_ scalar: Unicode.Scalar) -> Bool {
            scalar == " " || scalar == "\t" || scalar.properties.generalCategory == .spaceSeparator
        }
        guard let first = scalars.firstIndex(where: { !isSpace($0) }),
              let last = scalars.lastIndex(where: { !isSpace($0) }) else { return "" }
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
