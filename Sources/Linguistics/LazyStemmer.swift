import KuuloCore

/// A Snowball stemmer made the first time a word is stemmed, so that loading libstemmer costs nothing
/// to a run that never searches. Without libstemmer (or an algorithm for the language) every word is
/// its own stem.
public final class LazyStemmer: Stemmer, @unchecked Sendable {
    /// The algorithm's name or language code (`fi`, `en`).
    public let algorithm: String
    private let stemmer: OnFirstUse<SnowballStemmer?>

    /// Remembers the algorithm; nothing is loaded yet.
    public init(_ algorithm: String) {
        self.algorithm = algorithm
        self.stemmer = OnFirstUse { try? SnowballStemmer(algorithm) }
    }

    /// The stem of `word`, or `word` when no stemmer could be made.
    public func stem(_ word: String) -> String {
        stemmer.value?.stem(word) ?? word
    }

    /// A lazy stemmer for every installed language whose pack names a Snowball algorithm
    /// (`linguistics.snowball`).
    public static func forEveryLanguage() -> [Language: any Stemmer] {
        var stemmers: [Language: any Stemmer] = [:]
        for language in Language.allCases {
            if let algorithm = language.pack.snowball { stemmers[language] = LazyStemmer(algorithm) }
        }
        return stemmers
    }
}
