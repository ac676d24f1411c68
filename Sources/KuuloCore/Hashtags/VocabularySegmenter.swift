import Foundation

/// Word boundaries that know the student and social-media words a dictionary lacks
/// (`Knowledge/data/social-media-vocabulary.yaml`), in front of another segmenter: a vocabulary word
/// is one word (`sitsit`, never the English `sits` + `it`), and a vocabulary word at either end of a
/// tag is kept whole while the rest goes to the other segmenter (`nowhere` + `sitsit`) — unless the
/// rest is a Finnish word, when the two make a Finnish compound, which is one word (`sitsiviikko`).
public struct VocabularySegmenter: WordSegmenter {
    /// The segmenter asked about everything else.
    public let base: any WordSegmenter
    /// The words, forms and stems the vocabulary accepts.
    private let vocabulary: @Sendable () -> SocialMediaVocabulary
    /// Whether a word is one Finnish word (a vocabulary word joined to it is a compound).
    private let isFinnishWord: @Sendable (String) -> Bool

    /// Creates the segmenter; `vocabulary` is asked for on the first word (most runs never need it).
    public init(base: any WordSegmenter, isFinnishWord: @escaping @Sendable (String) -> Bool,
                vocabulary: @escaping @Sendable () -> SocialMediaVocabulary) {
        self.base = base
        self.isFinnishWord = isFinnishWord
        self.vocabulary = vocabulary
    }

    /// The shortest vocabulary word tried at either end of a tag.
    static let shortestEnd = 4

    public func segment(_ word: String) -> [String]? {
        let vocabulary = vocabulary()
        if vocabulary.accepts(word) { return [word] }
        let letters = Array(word)
        let shortest = Self.shortestEnd
        // Every cut is tried, so only words of a length a word can have (a check stays linear in its input).
        if letters.count >= 2 * shortest, letters.count <= WordToken.longestWord {
            // The longest vocabulary word at the end, then at the start; the rest must split too.
            for cut in shortest...(letters.count - shortest) {
                let head = String(letters[..<cut])
                let tail = String(letters[cut...])
                guard vocabulary.accepts(tail) else { continue }
                if isFinnishWord(head) { return [word] }
                if let words = restSplit(head, vocabulary: vocabulary) { return words + [tail] }
            }
            for cut in stride(from: letters.count - shortest, through: shortest, by: -1) {
                let head = String(letters[..<cut])
                let tail = String(letters[cut...])
                guard vocabulary.accepts(head) else { continue }
                if isFinnishWord(tail) { return [word] }
                if let words = restSplit(tail, vocabulary: vocabulary) { return [head] + words }
            }
        }
        return base.segment(word)
    }

    private func restSplit(_ rest: String, vocabulary: SocialMediaVocabulary) -> [String]? {
        if vocabulary.accepts(rest) { return [rest] }
        return base.segment(rest)
    }
}
