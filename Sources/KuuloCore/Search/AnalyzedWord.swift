import Foundation

/// One word of a text after normalisation: the terms it is indexed and searched under.
public struct AnalyzedWord: Hashable, Sendable {
    /// The word as tokenised (lower-case).
    public var surface: String
    /// Its terms: Finnish base forms (all of Voikko's readings) or an English stem. Never empty.
    public var forms: [String]
    /// Terms of its synonyms (questions only), not already among `forms`.
    public var synonyms: [String]
    /// Its own terms when a negation gave it another meaning (`not on facebook`: `facebook`), counted
    /// less than synonyms.
    public var negatedForms: [String] = []
    /// Whether the word was recognised (by the lemmatizer, a synonym, or a word already in the
    /// index) rather than only guessed by cutting endings.
    public var isRecognized: Bool

    /// Creates an analysed word.
    public init(surface: String, forms: [String], synonyms: [String] = [], isRecognized: Bool) {
        self.surface = surface
        self.forms = forms
        self.synonyms = synonyms
        self.isRecognized = isRecognized
    }

    /// Adds `terms` to `synonyms`, leaving out those already there or among `forms`.
    mutating func addSynonyms(_ terms: [String]) {
        for term in terms where !forms.contains(term) && !synonyms.contains(term) {
            synonyms.append(term)
        }
    }

    /// Makes `terms` the word's forms and its own forms and synonyms `negatedForms`: after a negation
    /// ("not on facebook"), the word means `terms` first.
    mutating func negate(with terms: [String]) {
        negatedForms = TermNormalizer.unique(forms + synonyms).filter { !terms.contains($0) }
        forms = terms
        synonyms = []
    }
}
