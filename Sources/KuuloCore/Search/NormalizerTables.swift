import Foundation

/// What a `TermNormalizer` makes of its `SearchVocabulary` in one language: the synonyms and negated
/// words filed under their terms too, the synonym keys and negations of several words as word
/// sequences, context and everyday words with their terms, the respelt phrases as words. Making them
/// asks the lemmatizer about every synonym (most of a normaliser's making), so a search snapshot keeps
/// them instead.
struct NormalizerTables: Sendable, Equatable {
    var stopWords: Set<String>
    /// Per word as typed or as a term, the terms it also stands for.
    var synonyms: [String: [String]]
    /// Synonym keys of several words, sorted, with their terms.
    var phrases: [(words: TermNormalizer.WordSequence, terms: [String])]
    /// Negations, sorted.
    var negations: [TermNormalizer.WordSequence]
    /// Per word as typed or as a term, what it stands for after a negation.
    var negated: [String: [String]]
    var contextTerms: Set<String>
    var generalTerms: Set<String>
    var spokenEndings: EndingRewrites
    var stemEndings: EndingRewrites
    var respellings: [String: [String]]
    /// The respelt keys of several words, as words, longest first.
    var respeltPhrases: [[String]]

    init(stopWords: Set<String>, synonyms: [String: [String]], phrases: [(words: TermNormalizer.WordSequence, terms: [String])],
         negations: [TermNormalizer.WordSequence], negated: [String: [String]], contextTerms: Set<String>, generalTerms: Set<String>,
         spokenEndings: EndingRewrites, stemEndings: EndingRewrites, respellings: [String: [String]], respeltPhrases: [[String]]) {
        self.stopWords = stopWords
        self.synonyms = synonyms
        self.phrases = phrases
        self.negations = negations
        self.negated = negated
        self.contextTerms = contextTerms
        self.generalTerms = generalTerms
        self.spokenEndings = spokenEndings
        self.stemEndings = stemEndings
        self.respellings = respellings
        self.respeltPhrases = respeltPhrases
    }

    /// The tables of `vocabulary` in `language`, terms made with `lemmatizer` and `stemmer`.
    init(_ vocabulary: SearchVocabulary, language: Language, lemmatizer: (any Lemmatizer)?, stemmer: (any Stemmer)?,
         tokenizer: SearchTokenizer) {
        func term(_ word: String) -> String {
            TermNormalizer.dictionaryForm(word, language: language, lemmatizer: lemmatizer, stemmer: stemmer)
        }
        // Keys are looked up by the word as typed and by its terms, so each key is also filed under
        // its own term (English stem, Finnish base forms). Keys in sorted order: where two keys share a
        // term, its list is then the same in every run (a snapshot built again is the same bytes).
        func normalizedMap(_ raw: [String: [String]]) -> [String: [String]] {
            var normalized: [String: [String]] = [:]
            for key in raw.keys.sorted() {
                let targets = raw[key] ?? []
                let terms = TermNormalizer.unique(targets.flatMap { tokenizer.words(in: $0).map(term) })
                var keys = [key]
                if !key.contains(TermNormalizer.space) {
                    keys += language.pack.analysis == .stem ? [term(key)] : (lemmatizer?.baseForms(key) ?? []).map { $0.lowercased() }
                }
                for lookup in TermNormalizer.unique(keys) {
                    normalized[lookup] = TermNormalizer.unique((normalized[lookup] ?? []) + terms)
                }
            }
            return normalized
        }
        func sequence(_ text: String) -> TermNormalizer.WordSequence {
            let words = text.split(separator: " ").map(String.init)
            return TermNormalizer.WordSequence(words: words, terms: words.map(term))
        }
        func withTerms(_ words: Set<String>) -> Set<String> {
            words.union(words.map(term))
        }
        let synonyms = normalizedMap(vocabulary.synonyms[language] ?? [:])
        let respellings = vocabulary.respellings[language] ?? [:]
        self.init(
            stopWords: vocabulary.stopWords[language] ?? [], synonyms: synonyms,
            phrases: synonyms.keys.filter { $0.contains(TermNormalizer.space) }.sorted().map { (sequence($0), synonyms[$0] ?? []) },
            negations: (vocabulary.negations[language] ?? []).sorted().map(sequence),
            negated: normalizedMap(vocabulary.negated[language] ?? [:]),
            contextTerms: withTerms(vocabulary.contextWords[language] ?? []),
            generalTerms: withTerms(vocabulary.generalWords[language] ?? []),
            spokenEndings: vocabulary.spokenEndings[language] ?? EndingRewrites(),
            stemEndings: vocabulary.stemEndings[language] ?? EndingRewrites(),
            respellings: respellings,
            respeltPhrases: respellings.keys.filter { $0.contains(TermNormalizer.space) }.map { $0.split(separator: " ").map(String.init) }
                .sorted { $0.count != $1.count ? $0.count > $1.count : $0.joined() < $1.joined() })
    }

    static func == (left: NormalizerTables, right: NormalizerTables) -> Bool {
        left.stopWords == right.stopWords && left.synonyms == right.synonyms
            && left.phrases.elementsEqual(right.phrases) { $0.words == $1.words && $0.terms == $1.terms }
            && left.negations == right.negations && left.negated == right.negated && left.contextTerms == right.contextTerms
            && left.generalTerms == right.generalTerms && left.spokenEndings == right.spokenEndings
            && left.stemEndings == right.stemEndings && left.respellings == right.respellings && left.respeltPhrases == right.respeltPhrases
    }
}
