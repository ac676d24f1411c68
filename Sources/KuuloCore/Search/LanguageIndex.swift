import Foundation

/// The BM25 index of one language's Knowledge sections: postings, statistics and the vocabulary
/// used to resolve unknown and compound question words.
struct LanguageIndex: Sendable {
    /// A term's occurrence in a section.
    struct Posting: Sendable {
        var document: Int
        var frequencies: SectionDocument.FieldFrequencies
    }

    /// A question word resolved against the index: the terms it matches, with weights.
    struct QueryWord: Sendable {
        /// Whole-word terms (base forms, stems, synonyms, prefix stems) and their weights; a section
        /// scores the best of them.
        var alternatives: [(term: String, weight: Double)]
        /// Compound parts; a section scores each of them.
        var parts: [(term: String, weight: Double)]
        /// The word's share of the question (its rarest term's idf).
        var weight: Double
        /// How much less than a topic word the word counts (`contextWordWeight`, `generalWordWeight`,
        /// else 1); `alternatives`, `parts` and `weight` already hold it.
        var factor: Double = 1
    }

    /// A section's score for a question.
    struct SectionScore: Sendable {
        var document: Int
        var score: Double
        /// The share of the question's weight the section contains.
        var coverage: Double
        /// Which question words the section contains (bit i: word i).
        var matched: UInt64
        /// The overlap of the question with its article's nearest example phrasing (`ExampleIndex`, 0…1).
        var example: Double = 0
    }

    let language: Language
    let normalizer: TermNormalizer
    let documents: [SectionDocument]
    let summaries: [String: String]
    /// Per term, the sections that contain it (ascending) with its counts there.
    let postings: TermLists<Posting>
    /// The articles' example phrasings, each on its own.
    let examples: ExampleIndex
    /// Splits a question's compound into words of the vocabulary or synonym keys.
    private let splitter: CompoundSplitter
    /// Finds what a question word found nowhere else was probably meant to be; made on first use (most
    /// questions need none, and making it normalises every word of the vocabulary).
    private let spellerOnce = OnceValue<SpellingMatcher>()
    private let settings: SearchSettings

    /// Builds the index of `articles` (all in `normalizer.language`).
    init(articles: [KnowledgeArticle], normalizer: TermNormalizer, settings: SearchSettings) {
        var builder = LanguageIndexBuilder(normalizer: normalizer, splitsCompounds: normalizer.language.pack.splitsCompounds)
        self.init(built: builder.build(articles: articles, settings: settings), normalizer: normalizer, settings: settings)
    }

    /// The index of sections already built (by `LanguageIndexBuilder` or read from a snapshot).
    init(built: LanguageIndexBuilder.Built, normalizer: TermNormalizer, settings: SearchSettings) {
        self.language = normalizer.language
        self.normalizer = normalizer
        self.settings = settings
        self.documents = built.documents
        self.summaries = built.summaries
        let postings = built.postings
        self.postings = postings
        self.examples = built.examples
        // A question has only a few words to split: asking the postings and the synonyms is cheaper
        // than copying their words into one set (the normaliser's synonym keys of one word are words too).
        self.splitter = CompoundSplitter { postings.contains($0) || normalizer.isSynonymKey($0) }
    }

    /// The speller, made on first use, over the index's terms and the synonym keys. English has no
    /// dictionary here to tell a misspelling from a rare real word, so only long English words are matched.
    private var speller: SpellingMatcher {
        spellerOnce.get {
            SpellingMatcher(lexicon: Set(postings.terms).union(normalizer.synonymKeys), minimumLength: language.pack.spellingMatchMinimum)
        }
    }

    /// Whether `term` is indexed (the index's vocabulary).
    func knows(_ term: String) -> Bool {
        postings.contains(term)
    }

    /// Inverse document frequency (BM25's, never negative), at most `SearchSettings.idfCap`.
    func idf(_ term: String) -> Double {
        Self.idf(frequency: postings.count(of: term), documents: documents.count, cap: settings.idfCap)
    }

    /// BM25's inverse document frequency of a term in `frequency` of `documents` sections, at most `cap`.
    static func idf(frequency: Int, documents: Int, cap: Double) -> Double {
        let count = Double(documents), frequency = Double(frequency)
        return min(log(1 + (count - frequency + 0.5) / (frequency + 0.5)), cap)
    }

    /// The question's content words resolved against the index, duplicates removed, at most `limit`.
    func queryWords(for text: String, limit: Int) -> [QueryWord] {
        var seen: Set<[String]> = []
        var words: [QueryWord] = []
        for word in normalizer.analyze(text, knows: knows) {
            guard words.count < limit, seen.insert(word.forms + word.synonyms + word.negatedForms).inserted else { continue }
            words.append(resolve(word))
        }
        return words
    }

    /// Every section with a positive score, unordered.
    func score(_ words: [QueryWord]) -> [SectionScore] {
        let totalWeight = words.reduce(0) { $0 + $1.weight }
        guard totalWeight > 0 else { return [] }
        var scores: [Int: Double] = [:]
        var covered: [Int: Double] = [:]
        var matched: [Int: UInt64] = [:]
        for (position, word) in words.enumerated() {
            var best: [Int: Double] = [:]
            for (term, weight) in word.alternatives {
                let termIDF = idf(term)
                for posting in postings[term] ?? [] {
                    let value = weight * bm25(posting, idf: termIDF)
                    best[posting.document] = max(best[posting.document] ?? 0, value)
                }
            }
            for (term, weight) in word.parts {
                let termIDF = idf(term)
                for posting in postings[term] ?? [] {
                    best[posting.document, default: 0] += weight * bm25(posting, idf: termIDF)
                }
            }
            for (document, value) in best where value > 0 {
                scores[document, default: 0] += value
                covered[document, default: 0] += word.weight
                if position < 64 { matched[document, default: 0] |= 1 << UInt64(position) }
            }
        }
        return scores.map { document, score in
            SectionScore(document: document, score: score, coverage: (covered[document] ?? 0) / totalWeight,
                         matched: matched[document] ?? 0)
        }
    }

    /// The share of the question's weight in the words of `mask`.
    func coverage(of mask: UInt64, in words: [QueryWord]) -> Double {
        let total = words.reduce(0) { $0 + $1.weight }
        guard total > 0 else { return 0 }
        var covered = 0.0
        for (position, word) in words.enumerated() where position < 64 && mask & (1 << UInt64(position)) != 0 {
            covered += word.weight
        }
        return covered / total
    }

    /// How much of the question the best passage of `document` contains (0 when none contains any).
    func passageScore(in document: Int, for words: [QueryWord]) -> Double {
        bestPassage(in: document, for: words)?.score ?? 0
    }

    /// The passage of `document` that contains most of the question, or `nil` when none contains any.
    func bestPassage(in document: Int, for words: [QueryWord]) -> (index: Int, text: String, score: Double)? {
        let passages = documents[document].passages
        var best: (index: Int, score: Double)?
        for (index, passage) in passages.enumerated() {
            var score = 0.0
            for word in words {
                let terms = word.alternatives.map(\.term) + word.parts.map(\.term)
                if terms.contains(where: passage.terms.contains) { score += word.weight }
            }
            if score > 0, score > (best?.score ?? 0) { best = (index, score) }
        }
        guard let best else { return nil }
        return (best.index, passages[best.index].text, best.score)
    }

    // MARK: - Private

    /// BM25 with field weights: either BM25F (weighted counts summed, then saturated) or BM25 per
    /// field, summed with the weights.
    private func bm25(_ posting: Posting, idf: Double) -> Double {
        let counts = posting.frequencies
        let k1 = settings.k1
        func saturated(_ frequency: Double) -> Double { frequency * (k1 + 1) / (frequency + k1) }
        switch settings.fieldCombination {
        case .weightedCounts:
            return idf * saturated(settings.titleWeight * counts.title + settings.tagWeight * counts.tags
                + settings.asksWeight * counts.asks + settings.headingWeight * counts.heading + counts.body)
        case .weightedScores:
            return idf * (settings.titleWeight * saturated(counts.title) + settings.tagWeight * saturated(counts.tags)
                + settings.asksWeight * saturated(counts.asks) + settings.headingWeight * saturated(counts.heading)
                + saturated(counts.body))
        }
    }

    /// The longest ending of `form` that `isKnown` accepts, at least five letters long after at least three.
    static func head(of form: String, where isKnown: (String) -> Bool) -> String? {
        let letters = Array(form)
        guard letters.count >= 8, letters.allSatisfy(\.isLetter) else { return nil }
        for start in 3...(letters.count - 5) {
            let ending = String(letters[start...])
            if isKnown(ending) { return ending }
        }
        return nil
    }

    private func resolve(_ word: AnalyzedWord) -> QueryWord {
        var alternatives: [(term: String, weight: Double)] = word.forms.filter(knows).map { ($0, 1.0) }
        alternatives += word.synonyms.filter(knows).map { ($0, settings.synonymWeight) }
        alternatives += word.negatedForms.filter(knows).map { ($0, settings.negatedWordWeight) }
        var parts: [(term: String, weight: Double)] = []
        var stems: [(term: String, weight: Double)] = []
        if language.pack.splitsCompounds {
            var seen: Set<String> = []
            // A compound the articles use themselves (`kuvateksti`) is matched whole; its parts (`kuva`,
            // `teksti`) would pull in articles about something else.
            // A part that is a synonym key (`hashtagi` in `kampanjahashtagi`) stands for its terms.
            func terms(of piece: String) -> [String] {
                knows(piece) ? [piece] : normalizer.synonymTerms(of: piece).filter(knows)
            }
            for form in word.forms + word.synonyms where settings.splitsIndexedCompounds || !knows(form) {
                for piece in splitter.parts(of: form) {
                    for part in terms(of: piece) where seen.insert(part).inserted {
                        parts.append((part, settings.compoundPartWeight))
                    }
                }
            }
            // A compound whose first part no article uses (`vakiohashtagit`) still means its last part, the
            // head of a Finnish compound: the longest known ending of five letters or more, after three.
            if alternatives.isEmpty && parts.isEmpty {
                for form in word.forms + word.synonyms {
                    guard let head = Self.head(of: form, where: { !terms(of: $0).isEmpty }) else { continue }
                    for part in terms(of: head) where seen.insert(part).inserted {
                        parts.append((part, settings.compoundPartWeight))
                    }
                }
            }
            for form in word.forms {
                if let stem = PrefixStem.term(for: form, length: settings.prefixLength), knows(stem),
                   seen.insert(stem).inserted {
                    stems.append((stem, settings.prefixMatchWeight))
                }
            }
        }
        // A Finnish word Voikko knows is not taken for another: `jaksaa` is not a misspelt `jakaa`.
        if alternatives.isEmpty && parts.isEmpty && stems.isEmpty && (language.pack.analysis == .stem || !word.isRecognized) {
            alternatives = spellingMatches(of: word)
        }
        // A word weighs as much as its rarest exact term; a word found only by its prefix stem as much
        // as that; a word found nowhere (slang, a typo, a name) `unknownWordWeight` times the rarest
        // possible term, so it lowers the question's coverage a little but never vetoes the rest.
        let exact = (alternatives + parts).map { idf($0.term) }.max()
        var weight = exact ?? stems.map { idf($0.term) }.max() ?? idf("") * settings.unknownWordWeight
        // A channel named in passing ("… on instagram") should not outweigh what is asked about it, nor
        // an everyday word ("told", "juttu") that one article happens to use.
        let factor = normalizer.isContext(word) ? settings.contextWordWeight
            : normalizer.isGeneral(word) ? settings.generalWordWeight : 1
        if factor != 1 {
            alternatives = alternatives.map { ($0.term, $0.weight * factor) }
            stems = stems.map { ($0.term, $0.weight * factor) }
            parts = parts.map { ($0.term, $0.weight * factor) }
            weight *= factor
        }
        return QueryWord(alternatives: alternatives + stems, parts: parts, weight: weight, factor: factor)
    }

    /// The index terms a word found nowhere was probably meant as (`hästägiä` → `häshtägi` →
    /// `aihetunniste`), tried on the word as typed, its forms and (Finnish) its stems without endings.
    private func spellingMatches(of word: AnalyzedWord) -> [(term: String, weight: Double)] {
        var seen: Set<String> = []
        var result: [(term: String, weight: Double)] = []
        for variant in normalizer.spellingVariants(of: word) {
            for match in speller.matches(for: variant) {
                let terms = knows(match) ? [match] : normalizer.synonymTerms(of: match).filter(knows)
                for term in terms where seen.insert(term).inserted {
                    result.append((term, settings.spellingMatchWeight))
                }
            }
            if !result.isEmpty { break }
        }
        return result
    }
}
