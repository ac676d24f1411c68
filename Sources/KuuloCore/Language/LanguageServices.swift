import Foundation

/// Gives the dictionary base forms of a word: "kritiikkiin" → ["kritiikki"]. Empty when unknown.
public protocol Lemmatizer: Sendable {
    /// The base forms of `word`, most likely first; empty when the word is unknown.
    func baseForms(_ word: String) -> [String]
}

/// Cuts a word to its stem for search: `hashtags` → `hashtag`, `julkaisuissa` → `julkaisu`. A stem is
/// not a word (`organisation` → `organis`): it is only compared with other stems made the same way.
/// Snowball's stemmers (libstemmer) are the implementation; the core only sees this protocol.
public protocol Stemmer: Sendable {
    /// The stem of the lower-case `word`; `word` itself when nothing is cut.
    func stem(_ word: String) -> String
}

/// Tells whether a word is spelt right, and suggests corrections.
public protocol SpellChecker: Sendable {
    /// Whether `word` is a correctly spelt word of the language.
    func isCorrect(_ word: String) -> Bool
    /// Likely corrections, best first.
    func suggestions(for word: String) -> [String]
}

/// A grammar problem in a paragraph, as a grammar checker reports it.
public struct GrammarProblem: Equatable, Sendable {
    /// Code-point offset of the problem within the paragraph.
    public var start: Int
    /// Length in code points.
    public var length: Int
    /// The checker's own error code (stable per checker).
    public var code: Int
    /// The checker's short description, if it gives one.
    public var description: String?
    /// Suggested replacements.
    public var suggestions: [String]

    /// Creates a problem.
    public init(start: Int, length: Int, code: Int, description: String?, suggestions: [String]) {
        self.start = start
        self.length = length
        self.code = code
        self.description = description
        self.suggestions = suggestions
    }
}

/// Checks the grammar of a paragraph.
public protocol GrammarChecker: Sendable {
    /// The problems found in `paragraph`.
    func problems(in paragraph: String) -> [GrammarProblem]
}

/// The language libraries available to the pure core, per language. Any of them may be missing (a
/// dictionary not installed): checks that need one then say so and the others still run.
public struct LanguageServices: Sendable {
    /// Base forms per language (Voikko for Finnish; a stemmer may stand in for English).
    public var lemmatizers: [Language: any Lemmatizer]
    /// Spell checkers per language (Voikko for Finnish, Hunspell for English).
    public var spellCheckers: [Language: any SpellChecker]
    /// Grammar checkers per language (Voikko for Finnish).
    public var grammarCheckers: [Language: any GrammarChecker]

    /// Creates a set of services; empty by default.
    public init(lemmatizers: [Language: any Lemmatizer] = [:], spellCheckers: [Language: any SpellChecker] = [:],
                grammarCheckers: [Language: any GrammarChecker] = [:]) {
        self.lemmatizers = lemmatizers
        self.spellCheckers = spellCheckers
        self.grammarCheckers = grammarCheckers
    }

    /// No language libraries at all.
    public static let none = LanguageServices()
}
