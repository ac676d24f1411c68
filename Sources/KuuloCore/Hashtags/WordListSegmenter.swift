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
        let characters = Array(word)
        guard !characters.isEmpty else { return nil }
        // best[i]: the best split of the first i characters, as (word count, score, previous cut).
        var best: [(count: Int, score: Int, cut: Int)?] = Array(repeating: nil, count: characters.count + 1)
        best[0] = (0, 0, 0)
        for end in 1...characters.count {
            for start in max(0, end - longestWord)..<end {
                guard let before = best[start], words.contains(String(characters[start..<end])) else { continue }
                let length = end - start
                let candidate = (count: before.count + 1, score: before.score + length * length, cut: start)
                if let current = best[end] {
                    let better = candidate.count < current.count
                        || (candidate.count == current.count && candidate.score > current.score)
                    if !better { continue }
                }
                best[end] = candidate
            }
        }
        guard best[characters.count] != nil else { return nil }
        var parts: [String] = []
        var end = characters.count
        while end > 0, let entry = best[end] {
            parts.append(String(characters[entry.cut..<end]))
            end = entry.cut
        }
        return parts.reversed()
    }
}
