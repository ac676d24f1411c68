/// A word of a draft with its place, as the word-based rules see it.
///
/// A word starts with a letter or digit and runs over letters, digits and marks; a hyphen, an
/// apostrophe, a colon or a full stop joins two runs when both sides are letters or digits, so
/// `Instagram-postaus`, `don't`, `ry:n`, `TYY:n` and `e.g` are one word each. Offsets count code
/// points of the whole text.
public struct WordToken: Equatable, Sendable {
    /// The word as written.
    public let text: String
    /// First code point.
    public let start: Int
    /// One past the last code point.
    public let end: Int
    /// Whether a full stop follows directly (`esim.`), so abbreviations can be recognised.
    public let followedByDot: Bool

    /// Creates a token.
    public init(text: String, start: Int, end: Int, followedByDot: Bool) {
        self.text = text
        self.start = start
        self.end = end
        self.followedByDot = followedByDot
    }

    /// Whether the word holds a digit (`TIETS01`, `2026`): such words are codes or numbers.
    public var hasDigit: Bool {
        text.unicodeScalars.contains(where: ScalarClass.isDigit)
    }

    /// Whether the word starts with a letter.
    public var startsWithLetter: Bool {
        text.unicodeScalars.first.map(ScalarClass.isLetter) ?? false
    }

    /// The letters of the word.
    var letters: [Unicode.Scalar] {
        text.unicodeScalars.filter(ScalarClass.isAlphabetic)
    }

    /// Whether every cased letter is upper-case and there is at least one (`KELA`; not `TYY:n`).
    public var isAllCaps: Bool {
        let cased = letters.filter { ScalarClass.isUppercase($0) || ScalarClass.isLowercase($0) }
        return !cased.isEmpty && cased.allSatisfy(ScalarClass.isUppercase)
    }

    /// Whether the first letter is upper-case.
    public var isCapitalised: Bool {
        letters.first.map(ScalarClass.isUppercase) ?? false
    }

    /// The code-point range `start..<end`.
    public var range: Range<Int> { start..<end }

    /// The longest word, in code points, that the spellers, lemmatizers and compound splitting are
    /// asked about. The longest Finnish words in use are about 60 letters; anything longer is not
    /// a word, and checking it letter by letter would cost time that grows with its square.
    public static let longestWord = 80

    /// Whether the word is longer than `longestWord`.
    public var isTooLong: Bool {
        end - start > Self.longestWord
    }
}

/// Splits text into `WordToken`s.
public enum WordTokenizer {
    /// The words of `scalars[range]` (the whole text by default).
    public static func words(in scalars: [Unicode.Scalar], range: Range<Int>? = nil) -> [WordToken] {
        let bounds = range ?? 0..<scalars.count
        var result: [WordToken] = []
        var index = bounds.lowerBound
        while index < bounds.upperBound {
            guard ScalarClass.isAlphanumeric(scalars[index]), !ScalarClass.isMark(scalars[index]) else {
                index += 1
                continue
            }
            let start = index
            while index < bounds.upperBound {
                let scalar = scalars[index]
                if ScalarClass.isAlphanumeric(scalar) {
                    index += 1
                } else if isJoiner(scalar), index + 1 < bounds.upperBound, ScalarClass.isAlphanumeric(scalars[index + 1]),
                          !ScalarClass.isMark(scalars[index + 1]) {
                    index += 2
                } else {
                    break
                }
            }
            let followedByDot = index < bounds.upperBound && scalars[index] == "."
            result.append(WordToken(text: ScalarClass.string(scalars, start..<index), start: start, end: index, followedByDot: followedByDot))
        }
        return result
    }

    /// The words of `text`.
    public static func words(in text: String) -> [WordToken] {
        words(in: Array(text.unicodeScalars))
    }

    private static func isJoiner(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "-", "\u{2010}", "\u{2011}", "'", "\u{2019}", ":", ".": return true
        default: return false
        }
    }
}
