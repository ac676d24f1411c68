import Foundation

/// Base forms of words per language, asked from the lemmatizers once per distinct word during one
/// check of a draft.
final class LemmaCache {
    private let lemmatizers: [Language: any Lemmatizer]
    private var cache: [Language: [String: [String]]] = [:]

    init(_ lemmatizers: [Language: any Lemmatizer]) {
        self.lemmatizers = lemmatizers
    }

    /// Whether base forms can be had in `language`.
    func has(_ language: Language) -> Bool {
        lemmatizers[language] != nil
    }

    /// The lower-case base forms of `word` in `language`: empty when the word is unknown, longer than
    /// `WordToken.longestWord`, or there is no lemmatizer for the language.
    func baseForms(_ word: String, _ language: Language) -> [String] {
        guard let lemmatizer = lemmatizers[language], word.unicodeScalars.count <= WordToken.longestWord else { return [] }
        if let known = cache[language]?[word] { return known }
        var forms = lemmatizer.baseForms(word.precomposedStringWithCanonicalMapping)
        if forms.isEmpty {
            let lowered = word.lowercased()
            if lowered != word { forms = lemmatizer.baseForms(lowered.precomposedStringWithCanonicalMapping) }
        }
        let result = forms.map { $0.lowercased() }
        cache[language, default: [:]][word] = result
        return result
    }
}
