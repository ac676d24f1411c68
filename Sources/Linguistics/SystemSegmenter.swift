import KuuloCore

/// Word boundaries for CamelCase hashtag advice from what is installed: Voikko for Finnish (the
/// process's shared handle), then Hunspell's English dictionary, asked about candidate splits. Each is
/// opened on first use, since most runs never need them, and Hunspell only when Voikko has no answer.
public final class SystemSegmenter: WordSegmenter, @unchecked Sendable {
    private let finnish = OnFirstUse<VoikkoSegmenter?> { (try? Voikko.sharedFinnish()).map { VoikkoSegmenter(voikko: $0) } }
    private let english = OnFirstUse<SpellerSegmenter?> {
        (try? LazyHunspell(dictionary: "en_US")).map { SpellerSegmenter(speller: $0) }
    }

    /// Creates the segmenter; nothing is loaded yet.
    public init() {}

    /// Whether Voikko takes `word` (lower case) as one Finnish word.
    public func isFinnishWord(_ word: String) -> Bool {
        finnish.value?.segment(word) == [word]
    }

    /// Voikko's split if it has one whose words join back to `word`, else Hunspell's (the same answer
    /// as a `ChainedWordSegmenter` of the two).
    public func segment(_ word: String) -> [String]? {
        if let words = finnish.value?.segment(word), words.joined() == word { return words }
        if let words = english.value?.segment(word), words.joined() == word { return words }
        return nil
    }
}
