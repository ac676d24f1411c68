import Foundation

/// `spelling`: words the language's speller does not know, with its suggestions.
///
/// Each paragraph is checked in its language: Finnish with Voikko, English with Hunspell (through the
/// `SpellChecker`s given). Not misspellings: hashtags, mentions, links, e-mail addresses, numbers and
/// codes with digits, words another language's speller knows (a Finnish line in an English
/// paragraph, an English loanword in a Finnish one), names of the plan and the organisation's own words (inflected too), the
/// social-media vocabulary and its compounds (`somepostaus`), abbreviations (`esim.`, `klo`,
/// `TYY:n`) and short acronyms in capitals. An unknown capitalised word inside a sentence is most
/// likely a name: an info finding, not a warning. A run of letters longer than `WordToken.longestWord`
/// is not looked up at all: it gets one warning saying it is too long to be a word. Suggestions are the speller's, closest first (at most three). When a language's speller is missing the rule
/// gives one info finding saying which dictionary to install, and checks the rest.
public struct SpellingRule: Sendable {
    /// The rule id.
    public static let id: RuleID = "spelling"
    /// A misspelt word with suggestions (`{word}`, `{suggestions}`).
    public static let misspeltMessage = "spelling.misspelt"
    /// A misspelt word without suggestions (`{word}`).
    public static let noSuggestionsMessage = "spelling.misspelt.no-suggestions"
    /// An unknown capitalised word inside a sentence (`{word}`).
    public static let nameMessage = "spelling.unknown-name"
    /// A "word" longer than `WordToken.longestWord` (`{length}`: its length in characters), not checked.
    public static let tooLongMessage = "spelling.too-long"
    /// The message saying a language's dictionary is missing.
    public static func unavailableMessage(_ language: Language) -> String { "spelling.unavailable.\(language.rawValue)" }
    /// The system package that provides each language's dictionary (`linguistics.dictionaryPackage` of its pack).
    public static var packages: [Language: String] {
        var packages: [Language: String] = [:]
        for language in Language.allCases { packages[language] = language.pack.dictionaryPackage }
        return packages
    }
    /// How many distinct misspellings get suggestions (suggesting is the slow part).
    public static let suggestionLimit = 40

    /// The social-media vocabulary.
    public let vocabulary: SocialMediaVocabulary
    /// Names and the organisation's own words, lower-case (multi-word names split into words).
    public let knownWords: Set<String>

    /// Creates the rule.
    public init(vocabulary: SocialMediaVocabulary, knownWords: [String] = []) {
        self.vocabulary = vocabulary
        self.knownWords = Set(knownWords.flatMap { $0.lowercased().split(whereSeparator: \.isWhitespace).map(String.init) })
    }

    /// The findings for the paragraphs of `draft`.
    public func findings(in draft: DraftText, spellCheckers: [Language: any SpellChecker], lemmatizers: [Language: any Lemmatizer]) -> [Finding] {
        findings(in: draft, spellCheckers: spellCheckers, lemmas: LemmaCache(lemmatizers))
    }

    func findings(in draft: DraftText, spellCheckers: [Language: any SpellChecker], lemmas: LemmaCache) -> [Finding] {
        var result: [Finding] = []
        var reportedMissing: Set<Language> = []
        var suggestions: [String: [String]] = [:]
        // Whether a word is a misspelling, decided once per distinct word: a text repeats its words,
        // and asking the spellers (and splitting compounds) is most of a check's time.
        var misspelt: [Language: [String: Bool]] = [:]
        for paragraph in draft.paragraphs {
            guard let speller = spellCheckers[paragraph.language] else {
                if reportedMissing.insert(paragraph.language).inserted {
                    result.append(Finding(rule: Self.id, severity: .info, start: paragraph.start, end: paragraph.end,
                                          message: Self.unavailableMessage(paragraph.language),
                                          arguments: ["package": Self.packages[paragraph.language] ?? ""]))
                }
                continue
            }
            let others = spellCheckers.filter { $0.key != paragraph.language }.sorted { $0.key < $1.key }.map(\.value)
            let acceptance = WordAcceptance(speller: speller, language: paragraph.language, vocabulary: vocabulary, known: knownWords, lemmas: lemmas)
            let sentenceStarts = SentenceSplitter.sentences(in: draft.scalars, range: paragraph.range).map(\.lowerBound)
            var nextSentence = 0
            var firstOfSentence = false
            for word in draft.words(of: paragraph) {
                while nextSentence < sentenceStarts.count, sentenceStarts[nextSentence] <= word.start {
                    nextSentence += 1
                    firstOfSentence = true
                }
                defer { firstOfSentence = false }
                if word.isTooLong {
                    result.append(Finding(rule: Self.id, severity: .warning, start: word.start, end: word.end, message: Self.tooLongMessage,
                                          arguments: ["length": String(word.end - word.start)]))
                    continue
                }
                // The decision reads the word's text and whether a full stop follows it (`esim.`), nothing else.
                let memoKey = word.followedByDot ? word.text + "\u{0}." : word.text
                let isMisspelt = misspelt[paragraph.language]?[memoKey] ?? (!acceptance.accepts(word)
                    && !others.contains(where: { $0.isCorrect(word.text.precomposedStringWithCanonicalMapping) }))
                misspelt[paragraph.language, default: [:]][memoKey] = isMisspelt
                guard isMisspelt else { continue }
                if word.isCapitalised, !firstOfSentence {
                    result.append(Finding(rule: Self.id, severity: .info, start: word.start, end: word.end, message: Self.nameMessage,
                                          arguments: ["word": word.text]))
                    continue
                }
                let key = "\(paragraph.language.rawValue):\(word.text)"
                if suggestions[key] == nil {
                    let offered = suggestions.count < Self.suggestionLimit
                        ? speller.suggestions(for: word.text.precomposedStringWithCanonicalMapping) : []
                    suggestions[key] = Array(SuggestionRanking.ranked(offered.filter(vocabulary.mayBeSuggested), for: word.text).prefix(3))
                }
                let offered = suggestions[key] ?? []
                result.append(Finding(rule: Self.id, severity: .warning, start: word.start, end: word.end,
                                      message: offered.isEmpty ? Self.noSuggestionsMessage : Self.misspeltMessage,
                                      arguments: ["word": word.text, "suggestions": offered.joined(separator: ", ")]))
            }
        }
        return result
    }
}

extension SpellingRule: CheckRule {
    /// A warning (names and missing dictionaries are info).
    public static let severity = Severity.warning
    /// It looks at the words.
    public static let scope = RuleScope.content
    /// Its messages, and one per language for a missing dictionary.
    public static func messageIDs(data: DraftRuleData) -> Set<String> {
        Set([misspeltMessage, noSuggestionsMessage, nameMessage, tooLongMessage] + Language.allCases.map(unavailableMessage))
    }
    /// The words no speller of the text's languages knows.
    public static func findings(in text: CheckedText, context: CheckContext) -> [Finding] {
        guard let content = context.content else { return [] }
        return SpellingRule(vocabulary: content.data.vocabulary, knownWords: content.options.knownWords)
            .findings(in: text.draft, spellCheckers: content.services.spellCheckers, lemmas: text.lemmas)
    }
}
