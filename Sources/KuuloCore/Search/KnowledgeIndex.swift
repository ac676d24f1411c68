import Foundation

/// Answers questions from the Knowledge articles, offline: BM25 over the articles' sections.
///
/// Every `## ` section, and each article's summary, is a document with five fields: the article's
/// title, its tags, its example questions (`asks` and `phrasings` in the front matter: how trustees ask
/// what the article answers, so a question finds it through everyday words its text does not use), the section
/// heading and the section text. Each field gets its own BM25 term score (only the text is
/// length-normalised), added with the weights `titleWeight` (3), `tagWeight` (2), `asksWeight` (2),
/// `headingWeight` (1) and 1 for the text. Finnish words are indexed under all their base forms (from
/// the lemmatizer, normally Voikko), their compound parts and a five-letter prefix stem; English words
/// under their stems. A question's word scores the best of its own terms and (lower weighted) its
/// synonyms, prefix stem and compound parts; a word found nowhere is matched to the index word it is
/// probably a misspelling of (`SpellingMatcher`); a channel named in passing counts less than the
/// topic (`contextWordWeight`); a hashtag typed in the question stands for the word hashtag
/// (`QuestionHashtags`). Each article is ranked by its best section times the share of the
/// question it contains, plus its nearest example phrasing: every `asks` and `phrasings` line is also
/// matched on its own (`ExampleIndex`, an idf-weighted overlap counted from the question's side and the
/// example's), and the best example's overlap (0…1) adds `exampleWeight` times the leading section
/// score, so a question that says what one example says wins even where the sections share few of its
/// words, while one word shared with an example cannot decide. Then a naive Bayes model over each
/// article's examples as one bag of words (`ExampleIndex.articleProbabilities`) adds its share for the
/// article times `classifierWeight` times the leader's score: it tells sibling articles apart by the
/// words only one of them is asked with. An article with a close example
/// (`exampleAnswerScore`) is an answer even when its sections score low; its coverage is the larger of
/// its sections' and its example's. The best passage of the article's best section is the excerpt
/// (its summary when only an example matched). When the best two or three articles score within
/// `closeCallRatio` of each other, the result's `choices` hold them so the chat can ask back instead of
/// guessing.
///
/// Build it once per run (release build: about 0.2 s for both languages, mostly Voikko); a search
/// then takes about 0.3 ms. The value is immutable and `Sendable`.
public struct KnowledgeIndex: Sendable {
    /// The weights and thresholds in use.
    public let settings: SearchSettings
    private let indexes: [Language: LanguageIndex]

    /// Indexes every article of `knowledge`.
    /// - Parameters:
    ///   - knowledge: the articles.
    ///   - lemmatizers: base forms per language; Finnish should have Voikko (without it only the stemmer
    ///     remains).
    ///   - stemmers: stems per language (Snowball): all English words, Finnish words Voikko does not know.
    ///   - vocabulary: stop words and synonyms.
    ///   - settings: weights and thresholds.
    ///   - languages: the languages to index (`kuulo ask --lang fi` needs only one); searching another
    ///     gives `.notUnderstood`.
    public init(knowledge: KnowledgeBase, lemmatizers: [Language: any Lemmatizer], stemmers: [Language: any Stemmer],
                vocabulary: SearchVocabulary,
                settings: SearchSettings = SearchSettings(), languages: Set<Language> = Set(Language.allCases)) {
        self.settings = settings
        var indexes: [Language: LanguageIndex] = [:]
        for language in Language.allCases where languages.contains(language) {
            let articles = knowledge.articles.values.compactMap { $0[language] }
            let normalizer = TermNormalizer(language: language, lemmatizer: lemmatizers[language], stemmer: stemmers[language],
                                            vocabulary: vocabulary)
            indexes[language] = LanguageIndex(articles: articles, normalizer: normalizer, settings: settings)
        }
        self.indexes = indexes
    }

    /// The index of one language from sections built before (a search snapshot), with `normalizer` for
    /// the questions.
    init(built: LanguageIndexBuilder.Built, normalizer: TermNormalizer, settings: SearchSettings) {
        self.settings = settings
        self.indexes = [normalizer.language: LanguageIndex(built: built, normalizer: normalizer, settings: settings)]
    }

    /// The index of `language`, if it was built.
    func languageIndex(_ language: Language) -> LanguageIndex? {
        indexes[language]
    }

    /// Indexes the Knowledge articles of `data`, with the stop words and synonyms of `data`.
    public init(data: DataFiles, lemmatizers: [Language: any Lemmatizer], stemmers: [Language: any Stemmer],
                settings: SearchSettings = SearchSettings(), languages: Set<Language> = Set(Language.allCases)) {
        self.init(knowledge: KnowledgeBase(data: data), lemmatizers: lemmatizers, stemmers: stemmers, vocabulary: SearchVocabulary(data: data),
                  settings: settings, languages: languages)
    }

    /// How many sections are indexed in `language`.
    public func sectionCount(_ language: Language) -> Int {
        indexes[language]?.documents.count ?? 0
    }

    /// The articles that answer `question`, best first, at most `limit`.
    ///
    /// Never fails: empty, over-long (`maximumQueryLength`), nonsense and weakly matching questions give
    /// a result whose `status` says why there is no answer.
    public func search(_ question: String, language: Language, limit: Int = 5) -> KnowledgeSearchResult {
        guard question.unicodeScalars.count <= settings.maximumQueryLength else { return .unanswered(.tooLong, language) }
        guard question.contains(where: { $0.isLetter || $0.isNumber }) else { return .unanswered(.empty, language) }
        guard let index = indexes[language], limit > 0 else { return .unanswered(.notUnderstood, language) }
        let words = index.queryWords(for: QuestionHashtags.rewritten(question), limit: settings.maximumQueryWords)
        // Each article is ranked by its best section, times the share of the question the article
        // contains (in any of its sections) to the power `coverageExponent`.
        var bestSections: [String: LanguageIndex.SectionScore] = [:]
        var matched: [String: UInt64] = [:]
        for section in index.score(words) {
            let id = index.documents[section.document].articleID
            matched[id, default: 0] |= section.matched
            if let current = bestSections[id], current.score > section.score
                || (current.score == section.score && current.document < section.document) {
                continue
            }
            bestSections[id] = section
        }
        for (id, section) in bestSections {
            let coverage = index.coverage(of: matched[id] ?? 0, in: words)
            bestSections[id]?.coverage = coverage
            bestSections[id]?.score = section.score * pow(coverage, settings.coverageExponent)
        }
        combine(&bestSections, with: index.examples.bestMatches(words, settings: settings), in: index)
        if settings.classifierWeight > 0 {
            let leader = bestSections.values.map(\.score).max() ?? 0
            for (id, share) in index.examples.articleProbabilities(words, settings: settings) where bestSections[id] != nil {
                bestSections[id]?.score += settings.classifierWeight * share * leader
            }
        }
        let ranked = bestSections.values.sorted {
            $0.score != $1.score ? $0.score > $1.score : index.documents[$0.document].articleID < index.documents[$1.document].articleID
        }
        guard let top = ranked.first else { return .unanswered(.notUnderstood, language) }
        let answers = ranked.prefix(limit)
            .filter { $0.score >= top.score * settings.relativeCutoff }
            .map { answer(for: $0, words: words, in: index) }
        let confident = (top.score >= settings.minimumScore || top.example >= settings.exampleAnswerScore)
            && top.coverage >= settings.minimumCoverage
        let close = answers.prefix(3).filter { $0.score >= top.score * settings.closeCallRatio }
        return KnowledgeSearchResult(language: language, status: confident ? .answered : .lowConfidence,
                                     answers: answers, coverage: top.coverage, choices: close.count >= 2 ? Array(close) : [])
    }

    // MARK: - Private

    /// Adds each article's nearest example to its section score: `exampleWeight` times the example's
    /// overlap (0…1) times the best section score, so an example that says what the question says lifts
    /// its article by up to `exampleWeight` of the leader's score and a section score alone is unchanged.
    /// The article's coverage is the larger of its sections' and its best example's. An article found
    /// only through an example is shown from its summary.
    private func combine(_ sections: inout [String: LanguageIndex.SectionScore], with examples: [String: ExampleIndex.Match],
                         in index: LanguageIndex) {
        guard settings.exampleWeight > 0, !examples.isEmpty else { return }
        let leader = sections.values.map(\.score).max() ?? 0
        let scale = leader > 0 ? leader : settings.minimumScore
        for (id, match) in examples {
            var section: LanguageIndex.SectionScore
            if let found = sections[id] {
                section = found
            } else {
                guard let summary = index.documents.firstIndex(where: { $0.articleID == id }) else { continue }
                section = LanguageIndex.SectionScore(document: summary, score: 0, coverage: 0, matched: 0)
            }
            section.score += settings.exampleWeight * pow(match.score, settings.exampleExponent) * scale
            section.coverage = max(section.coverage, match.coverage)
            section.example = match.score
            sections[id] = section
        }
    }

    private func answer(for section: LanguageIndex.SectionScore, words: [LanguageIndex.QueryWord],
                        in index: LanguageIndex) -> KnowledgeAnswer {
        var document = index.documents[section.document]
        var shown = section.document
        if document.kind != .advice {
            // Mistakes and worksheet questions are never shown as advice: the article's advice section
            // that holds most of the question is, else its summary.
            let advice = index.documents.indices.filter {
                index.documents[$0].articleID == document.articleID && index.documents[$0].kind == .advice
            }
            shown = advice.max { index.passageScore(in: $0, for: words) < index.passageScore(in: $1, for: words) }
                ?? section.document
            document = index.documents[shown]
        }
        var excerpt: String
        var heading = document.heading
        var rest: [String] = []
        if let passage = index.bestPassage(in: shown, for: words) {
            excerpt = passage.text
            var next = passage.index + 1
            while excerpt.count < 140, next < document.passages.count {
                excerpt += " " + document.passages[next].text
                next += 1
            }
            rest = document.passages[next...].map(\.text)
        } else {
            excerpt = index.summaries[document.articleID] ?? ""
            heading = ""
        }
        let cut = PassageSplitter.truncated(excerpt, limit: settings.excerptLength)
        // What "more" shows: the whole excerpt when it was cut, and the rest of the section.
        let more = (cut == excerpt ? [] : [excerpt]) + rest
        return KnowledgeAnswer(id: document.articleID, language: document.language, title: document.title, heading: heading,
                               score: section.score, excerpt: cut, more: more.joined(separator: "\n"))
    }
}
