/// Splits a paragraph into sentences, as code-point ranges.
///
/// A sentence ends at a line break, at `!` or `?` (or a run of them, `…` included) followed by space,
/// and at a full stop followed by space and then anything but a lower-case letter — so the
/// abbreviations and ordinals of Finnish (`esim. huomenna`, `24. joulukuuta`) do not end one.
public enum SentenceSplitter {
    /// The sentences of `scalars[range]`, trimmed of whitespace, empty ones left out.
    public static func sentences(in scalars: [Unicode.Scalar], range: Range<Int>) -> [Range<Int>] {
        var result: [Range<Int>] = []
        for line in ParagraphSplitter.lines(in: scalars, range: range) {
            var start = line.lowerBound
            var index = line.lowerBound
            while index < line.upperBound {
                guard isTerminal(scalars[index]) else {
                    index += 1
                    continue
                }
                var end = index + 1
                while end < line.upperBound, isTerminal(scalars[end]) || isCloser(scalars[end]) { end += 1 }
                if end < line.upperBound, !ScalarClass.isWhitespace(scalars[end]) {
                    index = end
                    continue
                }
                let onlyFullStops = scalars[index..<end].allSatisfy { $0 == "." || isCloser($0) }
                if onlyFullStops, let next = nextNonSpace(scalars, from: end, before: line.upperBound),
                   scalars[next].properties.isLowercase {
                    index = end
                    continue
                }
                if let trimmed = ParagraphSplitter.trim(scalars, start..<end) { result.append(trimmed) }
                start = end
                index = end
            }
            if let trimmed = ParagraphSplitter.trim(scalars, start..<line.upperBound) { result.append(trimmed) }
        }
        return result
    }

    private static func isTerminal(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case ".", "!", "?", "\u{2026}", "\u{203C}", "\u{2049}", "\u{FF01}", "\u{FF1F}": return true
        default: return false
        }
    }

    private static func isCloser(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "\"", "'", ")", "]", "\u{201D}", "\u{2019}", "\u{00BB}": return true
        default: return false
        }
    }

    private static func nextNonSpace(_ scalars: [Unicode.Scalar], from index: Int, before end: Int) -> Int? {
        var position = index
        while position < end, ScalarClass.isWhitespace(scalars[position]) { position += 1 }
        return position < end ? position : nil
    }
}
