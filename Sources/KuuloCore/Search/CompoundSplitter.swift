import Foundation

/// Splits a Finnish compound base form into parts that are themselves words of a lexicon, without a
/// dictionary: `kriisiviestintä` → `kriisi` + `viestintä`, `somekriisi` → `some` + `kriisi`. With the
/// index's vocabulary as the lexicon, a compound in a question finds articles that use its parts, and
/// an article's compound is found by its parts.
///
/// The split covering the whole word with the fewest parts wins (ties: the longer first part); every
/// part must be at least `minimumPartLength` characters. Words shorter than twice that are not split.
public struct CompoundSplitter: Sendable {
    /// The shortest part accepted.
    public let minimumPartLength: Int
    /// Whether a piece is a word of the lexicon.
    private let isWord: @Sendable (String) -> Bool
    /// The first `minimumPartLength` letters of every lexicon word, to skip hopeless starts quickly;
    /// `nil` when every start is tried (the parts found are the same).
    private let openings: Set<String>?

    /// Creates a splitter over `lexicon`, with a table of its words' openings for splitting many words.
    public init(lexicon: Set<String>, minimumPartLength: Int = 3) {
        self.minimumPartLength = minimumPartLength
        self.isWord = { lexicon.contains($0) }
        self.openings = Set(lexicon.filter { $0.count >= minimumPartLength }.map { String($0.prefix(minimumPartLength)) })
    }

    /// Creates a splitter over the lexicon whose words `isWord` accepts, making no table first: for a
    /// lexicon that is already at hand as another collection (an index's postings) and only a
    /// question's few words to split, where copying it into a set would cost more than the splits.
    public init(minimumPartLength: Int = 3, isWord: @escaping @Sendable (String) -> Bool) {
        self.minimumPartLength = minimumPartLength
        self.isWord = isWord
        self.openings = nil
    }

    /// The parts of `word`, or an empty array when it cannot be split into two or more lexicon words.
    public func parts(of word: String) -> [String] {
        let letters = Array(word)
        let count = letters.count
        guard count >= 2 * minimumPartLength, letters.allSatisfy(\.isLetter) else { return [] }
        // fewest[i]: the fewest parts covering letters[i...]; next[i]: where the first of them ends.
        var fewest = [Int?](repeating: nil, count: count + 1)
        var next = [Int](repeating: count, count: count + 1)
        fewest[count] = 0
        for start in stride(from: count - minimumPartLength, through: 0, by: -1) {
            if let openings, !openings.contains(String(letters[start..<(start + minimumPartLength)])) { continue }
            var end = count
            while end - start >= minimumPartLength {
                defer { end -= 1 }
                guard let rest = fewest[end], !(start == 0 && end == count),
                      isWord(String(letters[start..<end])) else { continue }
                if fewest[start].map({ rest + 1 < $0 }) ?? true {
                    fewest[start] = rest + 1
                    next[start] = end
                }
            }
        }
        guard let total = fewest[0], total >= 2 else { return [] }
        var parts: [String] = []
        var start = 0
        while start < count {
            let end = next[start]
            parts.append(String(letters[start..<end]))
            start = end
        }
        return parts
    }
}
