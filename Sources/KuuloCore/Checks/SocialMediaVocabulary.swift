import Foundation

/// Words Finnish writers use about social media that a dictionary may not know (`postaus`, `story`,
/// `reels`, `feedi`, `tägätä`…), common abbreviations (`esim.`, `klo`, `ry:n`) and acronyms written in
/// capitals (`KELA`, `YTHS`): from `Knowledge/data/social-media-vocabulary.yaml`.
///
/// Inflected forms are accepted three ways: forms listed with the word (`storyt`); a stem that any
/// ending of up to six letters may follow (`postau` → `postaukseen`); or a base form the lemmatizer
/// gives that is a listed word.
public struct SocialMediaVocabulary: Equatable, Sendable {
    /// Base forms and listed forms, lower-case.
    public var words: Set<String>
    /// Stems, lower-case.
    public var stems: [String]
    /// Abbreviations as written, lower-case, with their full stop where they have one (`esim.`, `klo`).
    public var abbreviations: Set<String>
    /// Acronyms, upper-case.
    public var acronyms: Set<String>
    /// Heads that test whether a word can begin a compound (`syys` + `juhla` → `syysjuhla`): a
    /// modifier the speller accepts before one of them may stand before a vocabulary word too
    /// (`syyssitsit`). This is how Voikko's compound analysis is asked about a modifier it does not
    /// list alone.
    public var compoundProbes: [String]
    /// Parts of words never offered as a spelling suggestion, lower case (`tissi`): a suggestion
    /// containing one is dropped, so "syyssitsit" is never "corrected" into something a board would
    /// blush at.
    public var neverSuggest: [String]

    /// Creates a vocabulary.
    public init(words: [String] = [], stems: [String] = [], abbreviations: [String] = [],
                acronyms: [String] = [], compoundProbes: [String] = [], neverSuggest: [String] = []) {
        self.words = Set(words.map(Self.normalised))
        self.stems = stems.map(Self.normalised).filter { !$0.isEmpty }
        self.abbreviations = Set(abbreviations.map(Self.normalised))
        self.acronyms = Set(acronyms.map { $0.uppercased() })
        self.compoundProbes = compoundProbes.map(Self.normalised).filter { !$0.isEmpty }
        self.neverSuggest = neverSuggest.map(Self.normalised).filter { !$0.isEmpty }
    }

    /// Reads the data file's tree: `words` (each a string, or `{word, forms, stems}`), `abbreviations`
    /// and `acronyms` (strings). Malformed entries are skipped.
    public init(json: JSONValue?) {
        var words: [String] = []
        var stems: [String] = []
        for entry in json?["words"]?.arrayValue ?? [] {
            if let word = entry.stringValue {
                words.append(word)
            } else if let word = entry["word"]?.stringValue {
                words.append(word)
                words += entry["forms"]?.stringArray ?? []
                stems += entry["stems"]?.stringArray ?? []
            }
        }
        self.init(words: words, stems: stems, abbreviations: json?["abbreviations"]?.stringArray ?? [],
                  acronyms: json?["acronyms"]?.stringArray ?? [], compoundProbes: json?["compoundProbes"]?.stringArray ?? [],
                  neverSuggest: json?["neverSuggest"]?.stringArray ?? [])
    }

    /// No words at all.
    public static let empty = SocialMediaVocabulary()

    /// Whether `word` (any case) is a vocabulary word or one of its forms; `baseForms` are the
    /// lemmatizer's base forms of it, if any.
    public func accepts(_ word: String, baseForms: [String] = []) -> Bool {
        let key = Self.normalised(word)
        guard !key.isEmpty else { return false }
        if words.contains(key) || baseForms.contains(where: { words.contains(Self.normalised($0)) }) { return true }
        return stems.contains { stem in
            key.hasPrefix(stem) && key.count - stem.count <= 6 && key.dropFirst(stem.count).allSatisfy(\.isLetter)
        }
    }

    /// Whether `word` — with its full stop when `followedByDot` — is a listed abbreviation.
    public func isAbbreviation(_ word: String, followedByDot: Bool) -> Bool {
        let key = Self.normalised(word)
        return abbreviations.contains(key) || followedByDot && abbreviations.contains(key + ".")
    }

    /// Whether `suggestion` may be offered: it holds no part of `neverSuggest`.
    public func mayBeSuggested(_ suggestion: String) -> Bool {
        let key = Self.normalised(suggestion)
        return !neverSuggest.contains { key.contains($0) }
    }

    /// Whether `word` is a listed acronym.
    public func isAcronym(_ word: String) -> Bool {
        acronyms.contains(word.uppercased())
    }

    static func normalised(_ word: String) -> String {
        word.trimmingCharacters(in: .whitespaces).lowercased().replacingOccurrences(of: "\u{2019}", with: "'")
    }
}
