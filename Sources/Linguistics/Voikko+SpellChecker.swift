import KuuloCore

/// Voikko is the Finnish speller of the spelling rule: Voikko's own spelling and suggestions.
extension Voikko: SpellChecker {
    /// Whether Voikko accepts `word`.
    public func isCorrect(_ word: String) -> Bool {
        spell(word)
    }

    /// Voikko's suggestions for `word`.
    public func suggestions(for word: String) -> [String] {
        suggest(word)
    }
}
