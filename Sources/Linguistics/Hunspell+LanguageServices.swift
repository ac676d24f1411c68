import KuuloCore

/// Hunspell is the English speller of the spelling rule.
extension Hunspell: SpellChecker {
    /// Whether Hunspell accepts `word`.
    public func isCorrect(_ word: String) -> Bool {
        spell(word)
    }

    /// Hunspell's suggestions for `word`.
    public func suggestions(for word: String) -> [String] {
        suggest(word)
    }
}

/// Hunspell's stems stand in for English base forms (`diagnosed` → `diagnose`).
extension Hunspell: Lemmatizer {
    /// The stems of `word`.
    public func baseForms(_ word: String) -> [String] {
        stems(word)
    }
}
