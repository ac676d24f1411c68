import KuuloCore

/// `WordListSegmenter`'s split over a list that is already lower-case and free of one-letter words,
/// as `SystemSegmenter` reads Hunspell's English list. Building `WordListSegmenter` re-lowercases and
/// re-counts each of the ~50,000 words; this takes them as they are, and splits the same way.
struct EnglishWordSegmenter: WordSegmenter {
    private let words: Set<String>
    private let longestWord: Int

    /// Creates a segmenter over lower-case words of at least two characters.
    init(lowercasedWords: [String]) {
        self.words = Set(lowercasedWords)
        self.longestWord = lowercasedWords.reduce(0) { longest, word in max(longest, word.utf8.count) }
    }

    /// The split `WordListSegmenter(words:minimumWordLength: 2)` gives: the fewest words, then the
    /// largest sum of squared lengths; `nil` when no split covers all of `word`.
    func segment(_ word: String) -> [String]? {
        let characters = Array(word)
        guard !characters.isEmpty else { return nil }
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
