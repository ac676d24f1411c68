import KuuloCore

/// Finnish base forms from the process's shared Voikko handle (`Voikko.sharedFinnish`), opened the
/// first time a word needs one, so that a chat which never reads free text does not pay for loading
/// the dictionary. Without Voikko every word is unknown.
public struct LazyVoikkoLemmatizer: Lemmatizer, SpellChecker {
    /// Creates the lemmatizer; nothing is loaded yet.
    public init() {}

    /// Voikko's base forms of `word`; empty when Voikko does not know it or is not installed.
    public func baseForms(_ word: String) -> [String] {
        (try? Voikko.sharedFinnish())?.baseForms(word) ?? []
    }

    /// Whether Voikko accepts `word` (everything is accepted without Voikko).
    public func isCorrect(_ word: String) -> Bool {
        (try? Voikko.sharedFinnish())?.spell(word) ?? true
    }

    /// Voikko's spelling suggestions for `word`; none without Voikko.
    public func suggestions(for word: String) -> [String] {
        (try? Voikko.sharedFinnish())?.suggest(word) ?? []
    }
}
