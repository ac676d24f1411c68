import KuuloCore

/// Splits letters written together into words a speller accepts (Hunspell for English: `studentunion`
/// → `student` + `union`), by the same rule as `WordListSegmenter`: the fewest words, then the longer
/// ones (larger sum of squared lengths). A part is a word when the speller accepts it as written or
/// capitalised (`london` → `London`); parts of one letter are not tried.
public struct SpellerSegmenter: WordSegmenter {
    /// The speller asked.
    public let speller: any SpellChecker
    /// Parts shorter than this are not tried.
    public let minimumPartLength: Int
    /// Parts longer than this are not tried (no English word is longer; it bounds the speller calls).
    public let maximumPartLength: Int
    /// The speller's answers about parts, shared by every `segment` call of this segmenter.
    private let memo = Memo<String, Bool>()

    /// Creates a segmenter over `speller`.
    public init(speller: any SpellChecker, minimumPartLength: Int = 2, maximumPartLength: Int = 30) {
        self.speller = speller
        self.minimumPartLength = minimumPartLength
        self.maximumPartLength = maximumPartLength
    }

    /// The best split of the lower-case `word` into accepted words, or `nil` when none covers all of it.
    public func segment(_ word: String) -> [String]? {
        FewestPartsSplit.split(Array(word), partLengths: minimumPartLength...max(minimumPartLength, maximumPartLength), accepts: accepts)
    }

    private func accepts(_ part: String) -> Bool {
        memo.value(part) {
            if speller.isCorrect(part) { return true }
            guard let first = part.first else { return false }
            return speller.isCorrect(first.uppercased() + part.dropFirst())
        }
    }
}
