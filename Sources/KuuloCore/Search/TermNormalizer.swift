import Foundation

/// Turns text in one language into the terms that knowledge search and intent matching compare.
///
/// - Finnish: every base form the lemmatizer (Voikko) gives, so an ambiguous word is found under each
///   reading (`kriisiviestintä` → `kriisiviestin`, `kriisiviestintä`). For a word the lemmatizer does
///   not know, its written forms (`EndingRewrites`, `kirjottaa` → `kirjoittaa`), its stem (the
///   language's `Stemmer`, Snowball, with the stem endings of `EndingRewrites`) and the beginnings of
///   it that the index knows are tried, and the first that is a synonym key, a dictionary word
///   or a word of the index is taken (`facessa` → `face` → `facebook`); otherwise the stem.
/// - English: contractions and possessives are taken apart (`hasn't` → `has`), then the word is stemmed
///   (the language's `Stemmer`; a lemmatizer, when given, first takes it to its base form).
/// - Stop words are dropped; synonyms add terms to a question's word without removing its own (the
///   index keeps the articles' own words).
public struct TermNormalizer: Sendable {
    /// The language normalised.
    public let language: Language
    private let tokenizer: SearchTokenizer
    private let lemmatizer: (any Lemmatizer)?
    private var stopWords: Set<String>
    private let synonyms: [String: [String]]
    /// Synonym keys of several words (`kuinka usein`), as word sequences, with their terms.
    private let phrases: [(words: WordSequence, terms: [String])]
    /// Word sequences that negate the words after them (`ei oo`, `not on`).
    private let negations: [WordSequence]
    /// Terms a word also stands for after a negation.
    private let negated: [String: [String]]
    /// Context words (`instagram`) as typed and as terms.
    private let contextTerms: Set<String>
    /// Everyday words (`juttu`, `tell`) as typed and as terms.
    private let generalTerms: Set<String>
    private let stemmer: (any Stemmer)?
    /// The language's pack, looked up once: it is read for every word.
    private let pack: LanguagePack
    private let spokenEndings: EndingRewrites
    private let stemEndings: EndingRewrites
    /// Spoken, slang and abbreviated words and their written words (`mä` → `minä`, `theres` → `there
    /// is`), applied before anything else.
    private let respellings: [String: [String]]
    /// The respelt keys of several words, as words, longest first.
    private let respeltPhrases: [[String]]

    /// Creates a normaliser.
    /// - Parameters:
    ///   - language: the language of the texts.
    ///   - lemmatizer: base forms (Voikko for Finnish; usually none for English). For Finnish `nil`
    ///     leaves only the stemmer, which finds far less.
    ///   - stemmer: stems (Snowball): every English word, Finnish words the lemmatizer does not know.
    ///     `nil` compares words as written.
    ///   - vocabulary: stop words, synonyms and spoken forms.
    public init(language: Language, lemmatizer: (any Lemmatizer)?, stemmer: (any Stemmer)?, vocabulary: SearchVocabulary,
                tokenizer: SearchTokenizer = SearchTokenizer()) {
        self.init(language: language, lemmatizer: lemmatizer, stemmer: stemmer, tokenizer: tokenizer,
                  tables: NormalizerTables(vocabulary, language: language, lemmatizer: lemmatizer, stemmer: stemmer, tokenizer: tokenizer))
    }

    /// A normaliser with its vocabulary already analysed (`tables`, as a search snapshot keeps them).
    init(language: Language, lemmatizer: (any Lemmatizer)?, stemmer: (any Stemmer)?, tokenizer: SearchTokenizer = SearchTokenizer(),
         tables: NormalizerTables) {
        self.language = language
        self.pack = language.pack
        self.tokenizer = tokenizer
        self.lemmatizer = lemmatizer
        self.stemmer = stemmer
        self.stopWords = tables.stopWords
        self.synonyms = tables.synonyms
        self.phrases = tables.phrases
        self.negations = tables.negations
        self.negated = tables.negated
        self.contextTerms = tables.contextTerms
        self.generalTerms = tables.generalTerms
        self.spokenEndings = tables.spokenEndings
        self.stemEndings = tables.stemEndings
        self.respellings = tables.respellings
        self.respeltPhrases = tables.respeltPhrases
    }

    /// This normaliser's analysed vocabulary.
    var tables: NormalizerTables {
        NormalizerTables(stopWords: stopWords, synonyms: synonyms, phrases: phrases, negations: negations, negated: negated,
               contextTerms: contextTerms, generalTerms: generalTerms, spokenEndings: spokenEndings, stemEndings: stemEndings,
               respellings: respellings, respeltPhrases: respeltPhrases)
    }

    /// The same normaliser keeping stop words (what intent matching compares), without analysing the
    /// synonyms again: nothing else depends on the stop words.
    public func keepingStopWords() -> TermNormalizer {
        var copy = self
        copy.stopWords = []
        return copy
    }

    /// The analysed content words of `text`, in order (stop words left out).
    /// - Parameters:
    ///   - lexicon: terms already known (the index's vocabulary), preferred when guessing the stem of an
    ///     unknown Finnish word.
    ///   - addsSynonyms: whether synonyms are added (for questions; the index keeps the text's own words).
    ///
    /// With synonyms, two kinds of context count as well:
    /// - a synonym key of several words (`kuinka usein`) found in the text gives its terms to the
    ///   phrase's content words as synonyms (or, when all of them are stop words, as a word of its own);
    /// - a word of a negation (`ei seuraa`, `not on`) or within `negationReach` words after it stands
    ///   first for its `negated` terms, and only then for itself (`ei oo facessa` → `someton`, then
    ///   `facebook`).
    public func analyze(_ text: String, lexicon: Set<String> = [], addsSynonyms: Bool = true) -> [AnalyzedWord] {
        analyze(text, knows: { lexicon.contains($0) }, addsSynonyms: addsSynonyms)
    }

    /// `analyze(_:lexicon:addsSynonyms:)` with the lexicon asked through `knows` (an index asks its
    /// postings instead of copying their terms into a set).
    func analyze(_ text: String, knows: (String) -> Bool, addsSynonyms: Bool = true) -> [AnalyzedWord] {
        let tokens = words(in: text).flatMap(expanded)
        var analysed = tokens.map { analyzeWord($0, knows: knows, addsSynonyms: addsSynonyms) }
        guard addsSynonyms else { return analysed.compactMap { $0 } }
        let plain = tokens.map(Self.withoutContraction)
        var extra: [AnalyzedWord] = []
        for (phrase, terms) in phrases where !terms.isEmpty {
            for start in occurrences(of: phrase, in: plain, analysed: analysed) {
                let content = (start..<(start + phrase.words.count)).filter { analysed[$0] != nil }
                if content.isEmpty {
                    extra.append(AnalyzedWord(surface: phrase.words.joined(separator: " "), forms: terms, isRecognized: true))
                }
                for position in content { analysed[position]?.addSynonyms(terms) }
            }
        }
        for negation in negations {
            for start in occurrences(of: negation, in: plain, analysed: analysed) {
                let end = start + negation.words.count
                for position in start..<min(end + Self.negationReach, analysed.count) {
                    guard let word = analysed[position] else { continue }
                    let terms = Self.unique(([word.surface] + word.forms + word.synonyms).flatMap { negated[$0] ?? [] })
                    if !terms.isEmpty { analysed[position]?.negate(with: terms) }
                }
            }
        }
        return analysed.compactMap { $0 } + extra
    }

    /// How many words after a negation it reaches (the negation's own words count too).
    static let negationReach = 3

    /// A synonym key or negation of several words: the words as written and as terms.
    struct WordSequence: Sendable, Equatable {
        var words: [String]
        var terms: [String]
    }

    /// The start positions of `phrase` in the text: each phrase word is the token as typed or one of
    /// the token's terms (`talks about us` matches the key `talk about us`).
    private func occurrences(of phrase: WordSequence, in words: [String], analysed: [AnalyzedWord?]) -> [Int] {
        let count = phrase.words.count
        guard count > 0, words.count >= count else { return [] }
        return (0...(words.count - count)).filter { start in
            (0..<count).allSatisfy { offset in
                let position = start + offset
                return words[position] == phrase.words[offset] || analysed[position]?.forms.contains(phrase.terms[offset]) == true
            }
        }
    }

    /// Whether `word` says where rather than what (a context word of `Prompts/synonyms.yaml`, as typed,
    /// as a term or through a synonym: `instassa` → `insta` → `instagram`).
    public func isContext(_ word: AnalyzedWord) -> Bool {
        !contextTerms.isEmpty && ([word.surface] + word.forms + word.synonyms).contains(where: contextTerms.contains)
    }

    /// Whether `word` is an everyday word that says little about the topic (a general word of
    /// `Prompts/synonyms.yaml`, as typed or as its term).
    public func isGeneral(_ word: AnalyzedWord) -> Bool {
        !generalTerms.isEmpty && ([word.surface] + word.forms).contains(where: generalTerms.contains)
    }

    /// The single-word synonym keys (`hashtagi`), for splitting compounds such as `kampanjahashtagi`.
    public var synonymKeys: Set<String> {
        Set(synonyms.keys.filter { !$0.contains(Self.space) })
    }

    /// Whether `word` is one of `synonymKeys`.
    public func isSynonymKey(_ word: String) -> Bool {
        synonyms[word] != nil && !word.contains(Self.space)
    }

    /// The terms the synonym key `key` stands for; empty when it is not a key.
    public func synonymTerms(of key: String) -> [String] {
        synonyms[key] ?? []
    }

    /// The spellings of a word to try against the index when none of its terms is there: as typed,
    /// its forms and, in Finnish, its stem (`hästägiä` → `hästäg`).
    func spellingVariants(of word: AnalyzedWord) -> [String] {
        let stem = pack.analysis == .baseForms ? guessedStem(word.surface).map { [$0] } ?? [] : []
        return Self.unique([word.surface] + word.forms + stem)
    }

    /// An English negative contraction stands for two words: `aren't` → `aren't`, `not`.
    func expanded(_ token: String) -> [String] {
        guard let negation = pack.negation, token.hasSuffix(negation.suffix) else { return [token] }
        return [token, negation.word]
    }

    /// The words of `text` as tokenised, spoken and slang words respelt (`SearchVocabulary.respellings`),
    /// before normalisation.
    public func words(in text: String) -> [String] {
        let tokens = tokenizer.words(in: text)
        guard !respellings.isEmpty else { return tokens }
        var words: [String] = []
        var position = 0
        while position < tokens.count {
            // The longest respelt phrase that starts here (`missään nimessä` → `koskaan`), else the word.
            let phrase = respeltPhrases.first { key in
                position + key.count <= tokens.count && tokens[position..<(position + key.count)].elementsEqual(key)
            }
            let length = phrase?.count ?? 1
            let key = tokens[position..<(position + length)].joined(separator: " ")
            words += respellings[key] ?? [tokens[position]]
            position += length
        }
        return words
    }

    /// One lower-case word analysed, or `nil` for a stop word.
    public func analyzeWord(_ token: String, lexicon: Set<String> = [], addsSynonyms: Bool = true) -> AnalyzedWord? {
        analyzeWord(token, knows: { lexicon.contains($0) }, addsSynonyms: addsSynonyms)
    }

    private func analyzeWord(_ token: String, knows lexicon: (String) -> Bool, addsSynonyms: Bool) -> AnalyzedWord? {
        guard var word = pack.analysis == .stem ? englishWord(token) : finnishWord(token, lexicon: lexicon, suggests: addsSynonyms)
        else { return nil }
        if addsSynonyms {
            let keys = [token, Self.withoutContraction(token)] + word.forms
            word.synonyms = Self.unique(keys.flatMap { synonyms[$0] ?? [] }).filter { !word.forms.contains($0) }
        }
        return word
    }

    // MARK: - English

    private func englishWord(_ token: String) -> AnalyzedWord? {
        let word = Self.withoutContraction(token)
        guard !word.isEmpty, !stopWords.contains(word), !stopWords.contains(token) else { return nil }
        let stem = Self.dictionaryForm(word, language: language, lemmatizer: lemmatizer, stemmer: stemmer)
        return AnalyzedWord(surface: token, forms: [stem], isRecognized: true)
    }

    /// `hasn't` → `has`, `can't` → `can`, `we're` → `we`, `organisation's` → `organisation`.
    static func withoutContraction(_ token: String) -> String {
        guard token.contains("'") else { return token }
        if token.hasSuffix("n't") {
            let stem = String(token.dropLast(3))
            switch stem {
            case "ca": return "can"
            case "wo": return "will"
            case "sha": return "shall"
            default: return stem
            }
        }
        var word = token
        for suffix in ["'s", "'re", "'ve", "'ll", "'d", "'m"] where word.hasSuffix(suffix) {
            word = String(word.dropLast(suffix.count))
            break
        }
        return word.replacingOccurrences(of: "'", with: "")
    }

    /// `organization` → `organisation`, `prioritize` → `prioritise`: Knowledge is written in British
    /// English, and the stemmer keeps `-ise` and `-ize` apart.
    static func britishSpelling(_ word: String) -> String {
        guard word.count >= 6 else { return word }
        for suffix in ["izations", "ization", "izers", "izer", "izing", "izes", "ized", "ize"] where word.hasSuffix(suffix) {
            return String(word.dropLast(suffix.count)) + "is" + suffix.dropFirst(2)
        }
        return word
    }

    // MARK: - Finnish

    /// - Parameter suggests: whether the lemmatizer's spelling suggestions (Voikko's) are tried for a
    ///   word nothing else recognises (questions only: an article's rare words stay as written).
    private func finnishWord(_ token: String, lexicon: (String) -> Bool, suggests: Bool) -> AnalyzedWord? {
        let word = token.replacingOccurrences(of: "'", with: "")
        guard !word.isEmpty, !stopWords.contains(word) else { return nil }
        var forms: [String]
        var recognized = true
        let bases = baseForms(word)
        if !bases.isEmpty {
            forms = bases
        } else if synonyms[word] != nil || lexicon(word) || word.allSatisfy(\.isNumber) {
            forms = [word]
        } else {
            (forms, recognized) = guessedForms(word, lexicon: lexicon)
            if !recognized, suggests, let suggested = suggestedForms(word, lexicon: lexicon) {
                (forms, recognized) = (suggested, true)
            }
        }
        guard !forms.allSatisfy({ stopWords.contains($0) }) else { return nil }
        return AnalyzedWord(surface: token, forms: forms, isRecognized: recognized)
    }

    /// The terms of an unknown word: the first of its written forms, its stem and its known
    /// beginnings that something recognises, else the stem (or the word, when the stemmer leaves too
    /// little of it).
    private func guessedForms(_ word: String, lexicon: (String) -> Bool) -> ([String], Bool) {
        let stem = guessedStem(word)
        let candidates = spokenEndings.rewrites(of: word) + (stem.map { [$0] } ?? []) + knownBeginnings(of: word, lexicon: lexicon)
        for candidate in Self.unique(candidates) {
            if synonyms[candidate] != nil || lexicon(candidate) { return ([candidate], true) }
            if candidate.count >= 4 {
                let bases = baseForms(candidate)
                if !bases.isEmpty { return (bases, true) }
            }
        }
        return ([stem ?? word], false)
    }

    /// The base forms of the first of the lemmatizer's spelling suggestions (when it is also a speller,
    /// as Voikko is) that the index or the synonyms know: `kirjotella` → `kirjoitella`.
    private func suggestedForms(_ word: String, lexicon: (String) -> Bool) -> [String]? {
        guard word.count >= Self.shortestBeginning, let speller = lemmatizer as? any SpellChecker else { return nil }
        for suggestion in speller.suggestions(for: word).prefix(Self.suggestionsTried) {
            let bases = baseForms(suggestion.lowercased())
            if bases.contains(where: { lexicon($0) || synonyms[$0] != nil }) { return bases }
        }
        return nil
    }

    /// How many spelling suggestions are tried for an unknown word.
    static let suggestionsTried = 3

    /// At most this many letters are cut from an unknown word to find a beginning the index knows
    /// (`issään` in `twitterissään`).
    static let longestEnding = 6
    /// A known beginning is at least this long.
    static let shortestBeginning = 4

    /// The beginnings of `word`, longest first, that are synonym keys or words of the index: a
    /// loanword keeps its letters and takes Finnish endings (`reelsejä` → `reels`, `instaan` →
    /// `insta`), where a stemmer made for Finnish words may cut too much or too little.
    /// The cut-off part must look like an ending: letters, with a vowel unless it is a lone `n`, `t`
    /// or `s` (`sana1xq` is not `sana` with an ending; the spoken inessive drops its vowel: `instas`).
    private func knownBeginnings(of word: String, lexicon: (String) -> Bool) -> [String] {
        let letters = Array(word)
        let shortest = max(Self.shortestBeginning, letters.count - Self.longestEnding)
        guard letters.count > shortest, letters.allSatisfy(\.isLetter) else { return [] }
        return (shortest..<letters.count).reversed().compactMap { length in
            let ending = letters[length...]
            guard ending.contains(where: Self.vowels.contains) || ending.elementsEqual(["n"]) || ending.elementsEqual(["t"]) || ending.elementsEqual(["s"]) else { return nil }
            let beginning = String(letters[..<length])
            return synonyms[beginning] != nil || lexicon(beginning) ? beginning : nil
        }
    }

    private static let vowels: Set<Character> = ["a", "e", "i", "o", "u", "y", "ä", "ö"]

    /// Stems shorter than this are not used: `instaan` → `in` says nothing.
    static let minimumStemLength = 3

    /// The stemmer's stem of `word`, its ending taken to the base form's (`postauks` → `postaus`), when
    /// it cuts something and leaves at least `minimumStemLength` letters.
    private func guessedStem(_ word: String) -> String? {
        Self.stem(of: word, stemmer: stemmer, endings: stemEndings)
    }

    private static func stem(of word: String, stemmer: (any Stemmer)?, endings: EndingRewrites) -> String? {
        guard let cut = stemmer?.stem(word) else { return nil }
        let stem = endings.rewrites(of: cut).first ?? cut
        guard stem != word, stem.count >= minimumStemLength else { return nil }
        return stem
    }

    private func baseForms(_ word: String) -> [String] {
        Self.unique((lemmatizer?.baseForms(word) ?? []).map { $0.lowercased() })
    }

    /// English: the stem of the (British-spelt) word or of its base form; Finnish: the first base form.
    static func dictionaryForm(_ word: String, language: Language, lemmatizer: (any Lemmatizer)?, stemmer: (any Stemmer)?) -> String {
        guard language.pack.analysis == .stem else { return lemmatizer?.baseForms(word).first?.lowercased() ?? word }
        let british = language.pack.britishSpelling ? britishSpelling(word) : word
        let base = lemmatizer?.baseForms(british).first?.lowercased() ?? british
        return stemmer?.stem(base) ?? base
    }

    /// The space between the words of a phrase, as a character: `contains(" ")` with a string would
    /// be Foundation's substring search through `NSString` (~7,500 instructions a call).
    static let space: Character = " "

    static func unique(_ words: [String]) -> [String] {
        var seen: Set<String> = []
        return words.filter { seen.insert($0).inserted }
    }
}
