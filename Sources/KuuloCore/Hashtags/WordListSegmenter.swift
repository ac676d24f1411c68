/// Splits a word over a list of known words by dynamic programming: the split into the fewest words
/// wins, and among equally many, the one with longer words (larger sum of squared lengths).
/// Pure and deterministic; suited to English, where compounds are written apart.
public struct WordListSegmenter: WordSegmenter {
    private let words: Set<String>
    private let longestWord: Int

    /// Creates a segmenter over `words` (case-insensitive); words shorter than `minimumWordLength`
    /// characters are ignored, so stray letters do not make odd splits.
    public init(words: some Sequence<String>, minimumWordLength: Int = 2) {
        let kept = words.map { $0.lowercased() }.filter { !$0.isEmpty && $0.count >= minimumWordLength }
        self.words = Set(kept)
        self.longestWord = kept.map(\.count).max() ?? 0
    }

    /// Creates a segmenter over words that are already lower-case and at least two characters long,
    /// as a dictionary is read (`SystemSegmenter`'s English list): taken as they are, without
    /// re-lowercasing and re-counting each of ~50,000 words. Splits exactly like `init(words:)`.
    public init(lowercasedWords: [String]) {
        self.words = Set(lowercasedWords)
        // UTF-8 length is at least the character count and costs nothing to read: a slightly wider
        // window for the split, never a narrower one.
        self.longestWord = lowercasedWords.reduce(0) { longest, word in max(longest, word.utf8.count) }
    }

    /// The best split of the lower-case `word` into listed words, or `nil` when no split covers all of it.
    public func segment(_ word: String) -> [String]? {
        guard !word.isEmpty, longestWord > 0 else { return nil }
        return FewestPartsSplit.split(Array(word), partLengths: 1...longestWord, accepts: words.contains)
    }
}
