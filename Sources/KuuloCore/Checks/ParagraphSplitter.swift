/// Splits a draft into paragraphs (blocks between blank lines) and lines, as code-point ranges.
public enum ParagraphSplitter {
    /// The paragraphs of `scalars`: runs of lines separated by one or more blank lines, without their
    /// leading and trailing whitespace. Empty when the text is blank.
    public static func paragraphs(in scalars: [Unicode.Scalar]) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var blockStart: Int?
        var blockEnd = 0
        for line in lines(in: scalars, range: 0..<scalars.count) {
            if let trimmed = trim(scalars, line) {
                if blockStart == nil { blockStart = trimmed.lowerBound }
                blockEnd = trimmed.upperBound
            } else if let start = blockStart {
                result.append(start..<blockEnd)
                blockStart = nil
            }
        }
        if let start = blockStart { result.append(start..<blockEnd) }
        return result
    }

    /// The lines of `scalars[range]`, without their line breaks (`\r\n` counts as one break).
    public static func lines(in scalars: [Unicode.Scalar], range: Range<Int>) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var start = range.lowerBound
        var index = range.lowerBound
        while index < range.upperBound {
            if ScalarClass.isNewline(scalars[index]) {
                result.append(start..<index)
                if scalars[index] == "\r", index + 1 < range.upperBound, scalars[index + 1] == "\n" { index += 1 }
                start = index + 1
            }
            index += 1
        }
        result.append(start..<range.upperBound)
        return result
    }

    /// `range` without leading and trailing whitespace, or `nil` when nothing else is left.
    public static func trim(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> Range<Int>? {
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper, ScalarClass.isWhitespace(scalars[lower]) { lower += 1 }
        while upper > lower, ScalarClass.isWhitespace(scalars[upper - 1]) { upper -= 1 }
        return lower < upper ? lower..<upper : nil
    }
}
