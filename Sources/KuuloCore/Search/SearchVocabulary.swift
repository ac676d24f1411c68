import Foundation

/// The word lists search and intent matching read from the data files: stop words
/// (`Prompts/stopwords.yaml`) and synonyms, negations, negated meanings and context words
/// and spoken endings (`Prompts/synonyms.yaml`), per language. An organisation
/// can override either file like any other data file.
public struct SearchVocabulary: Sendable {
    /// Path of the stop-word file.
    public static let stopWordsPath = "Prompts/stopwords.yaml"
    /// Path of the synonym file.
    public static let synonymsPath = "Prompts/synonyms.yaml"

    /// Words ignored, per language, lower-case (Finnish: base forms or written forms).
    public var stopWords: [Language: Set<String>]
    /// Extra words a lower-case word also stands for, per language: the file's `words`, and each member
    /// of a `groups` entry standing for the others.
    public var synonyms: [Language: [String: [String]]]

    /// Words or word sequences that negate the next few words, per language (`ei oo`, `not on`).
    public var negations: [Language: Set<String>]
    /// Extra words a word stands for after a negation, per language (`facebook` → `someton`).
    public var negated: [Language: [String: [String]]]
    /// Words that usually say where rather than what (`instagram`, `facebook`), per language: a question's
    /// context word counts `SearchSettings.contextWordWeight` times as much as a topic word.
    public var contextWords: [Language: Set<String>]
    /// Everyday words that say little about which article is meant (`juttu`, `tell`), per language: such a
    /// question word counts `SearchSettings.generalWordWeight` times as much as a topic word.
    public var generalWords: [Language: Set<String>] = [:]
    /// Written forms of spoken endings, per language (`kirjottaa` → `kirjoittaa`).
    public var spokenEndings: [Language: EndingRewrites]
    /// Base-form endings of stems, per language (`postauks` → `postaus`).
    public var stemEndings: [Language: EndingRewrites]
    /// Spoken, slang and abbreviated words and the written words they stand for, per language
    /// (`respell` in `Prompts/synonyms.yaml`: `mä` → `minä`, `theres` → `there`, `is`).
    public var respellings: [Language: [String: [String]]] = [:]

    /// Creates a vocabulary from lists.
    public init(stopWords: [Language: Set<String>] = [:], synonyms: [Language: [String: [String]]] = [:],
                negations: [Language: Set<String>] = [:], negated: [Language: [String: [String]]] = [:],
                contextWords: [Language: Set<String>] = [:], spokenEndings: [Language: EndingRewrites] = [:],
                stemEndings: [Language: EndingRewrites] = [:]) {
        self.stopWords = stopWords
        self.synonyms = synonyms
        self.negations = negations
        self.negated = negated
        self.contextWords = contextWords
        self.spokenEndings = spokenEndings
        self.stemEndings = stemEndings
    }

    /// Reads both files; a missing or broken file gives empty lists (the data files record the warning).
    public init(data: DataFiles) {
        var stopWords: [Language: Set<String>] = [:]
        var synonyms: [Language: [String: [String]]] = [:]
        var negations: [Language: Set<String>] = [:]
        var negated: [Language: [String: [String]]] = [:]
        var contextWords: [Language: Set<String>] = [:]
        var spokenEndings: [Language: EndingRewrites] = [:]
        var stemEndings: [Language: EndingRewrites] = [:]
        var respellings: [Language: [String: [String]]] = [:]
        var generalWords: [Language: Set<String>] = [:]
        let stopTree = data.tree(Self.stopWordsPath)
        let synonymTree = data.tree(Self.synonymsPath)
        for language in Language.allCases {
            let words = stopTree?[language.rawValue]?.arrayValue ?? []
            stopWords[language] = Set(words.compactMap(Self.word))
            var map: [String: [String]] = [:]
            let tree = synonymTree?[language.rawValue]
            for (key, value) in tree?["words"]?.objectValue ?? [:] {
                let targets = (value.arrayValue ?? [value]).compactMap(Self.word)
                map[key.lowercased(), default: []].append(contentsOf: targets)
            }
            for group in tree?["groups"]?.arrayValue ?? [] {
                let members = (group.arrayValue ?? []).compactMap(Self.word)
                for member in members {
                    map[member, default: []].append(contentsOf: members.filter { $0 != member })
                }
            }
            synonyms[language] = map
            negations[language] = Set((tree?["negations"]?.arrayValue ?? []).compactMap(Self.word))
            var negatedMap: [String: [String]] = [:]
            for (key, value) in tree?["negated"]?.objectValue ?? [:] {
                negatedMap[key.lowercased(), default: []].append(contentsOf: (value.arrayValue ?? [value]).compactMap(Self.word))
            }
            negated[language] = negatedMap
            contextWords[language] = Set((tree?["context"]?.arrayValue ?? []).compactMap(Self.word))
            generalWords[language] = Set((tree?["general"]?.arrayValue ?? []).compactMap(Self.word))
            spokenEndings[language] = EndingRewrites(json: tree?["spoken"])
            stemEndings[language] = EndingRewrites(json: tree?["stems"])
            var respelt: [String: [String]] = [:]
            for (key, value) in tree?["respell"]?.objectValue ?? [:] {
                let words = (value.stringValue ?? "").lowercased().split(separator: " ").map(String.init)
                if !words.isEmpty { respelt[key.lowercased()] = words }
            }
            respellings[language] = respelt
        }
        self.init(stopWords: stopWords, synonyms: synonyms, negations: negations, negated: negated, contextWords: contextWords,
                  spokenEndings: spokenEndings, stemEndings: stemEndings)
        self.respellings = respellings
        self.generalWords = generalWords
    }

    /// A list entry as a lower-case word; numbers are accepted, other values skipped.
    private static func word(_ value: JSONValue) -> String? {
        switch value {
        case .string(let text): return text.lowercased()
        case .int(let number): return String(number)
        default: return nil
        }
    }
}
