import Foundation

/// Builds the section documents of one language: analyses every word once (cached), splits compounds
/// against the finished vocabulary, and counts each term per field (title, tags, example questions,
/// heading, text).
struct LanguageIndexBuilder {
    /// What the builder hands to `LanguageIndex`.
    struct Built {
        var documents: [SectionDocument]
        var summaries: [String: String]
        /// Per term, the sections that contain it (ascending) with its counts there.
        var postings: TermLists<LanguageIndex.Posting>
        /// The articles' example phrasings, each on its own.
        var examples: ExampleIndex = .empty
    }

    /// A section's analysed fields before term counting.
    private struct PendingSection {
        var articleID: String
        var articleTitle: String
        var headingText: String
        var title: [AnalyzedWord]
        var tags: [AnalyzedWord]
        var asks: [AnalyzedWord]
        var heading: [AnalyzedWord]
        var body: [AnalyzedWord]
        var passages: [(text: String, words: [AnalyzedWord])]
        var kind: KnowledgeArticle.SectionKind
    }

    let normalizer: TermNormalizer
    let splitsCompounds: Bool
    private var cache: [String: AnalyzedWord?] = [:]

    init(normalizer: TermNormalizer, splitsCompounds: Bool) {
        self.normalizer = normalizer
        self.splitsCompounds = splitsCompounds
    }

    mutating func build(articles: [KnowledgeArticle], settings: SearchSettings) -> Built {
        var pending: [PendingSection] = []
        var summaries: [String: String] = [:]
        for article in articles.sorted(by: { $0.id < $1.id }) {
            summaries[article.id] = article.summary
            let title = analyze(article.title)
            let tags = article.tags.flatMap { analyze($0) }
            let asks = (article.asks + article.phrasings).flatMap { analyze($0) }
            var sections = [(heading: "", body: article.summary, kind: KnowledgeArticle.SectionKind.advice)]
            sections += article.sections.map { ($0.heading, $0.body, $0.kind) }
            for section in sections where !section.body.isEmpty {
                let passages = PassageSplitter.passages(of: section.body).map { ($0, analyze($0)) }
                pending.append(PendingSection(
                    articleID: article.id, articleTitle: article.title, headingText: section.heading,
                    title: title, tags: tags, asks: asks, heading: analyze(section.heading), body: passages.flatMap(\.1),
                    passages: passages, kind: section.kind))
            }
        }
        let parts = compoundParts(in: pending)
        // The text's counts are length-normalised (BM25's b) against the average text length; title,
        // tags, example questions and heading are labels, the same in every section of an article (the
        // heading aside), and are not.
        let totalLength = pending.reduce(0.0) { $0 + Double($1.body.count) }
        let averageLength = max(totalLength / Double(max(pending.count, 1)), 1)
        var postings: [String: [LanguageIndex.Posting]] = [:]
        let documents = pending.enumerated().map { number, section in
            var frequencies: [String: SectionDocument.FieldFrequencies] = [:]
            let norm = 1 - settings.b + settings.b * Double(section.body.count) / averageLength
            func count(_ words: [AnalyzedWord], into field: WritableKeyPath<SectionDocument.FieldFrequencies, Double>, by amount: Double) {
                for word in words {
                    for term in word.forms { frequencies[term, default: .init()][keyPath: field] += amount }
                    for term in Self.parts(of: word, parts: parts) {
                        frequencies[term, default: .init()][keyPath: field] += amount * settings.indexedPartWeight
                    }
                    for term in stems(of: word, settings: settings) {
                        frequencies[term, default: .init()][keyPath: field] += amount
                    }
                }
            }
            count(section.title, into: \.title, by: 1)
            count(section.tags, into: \.tags, by: 1)
            count(section.asks, into: \.asks, by: 1)
            count(section.heading, into: \.heading, by: 1)
            count(section.body, into: \.body, by: 1 / norm)
            for (term, counts) in frequencies {
                postings[term, default: []].append(LanguageIndex.Posting(document: number, frequencies: counts))
            }
            let passages = section.passages.map { passage in
                SectionDocument.Passage(text: passage.text, terms: SortedTerms(Set(passage.words.flatMap {
                    terms(of: $0, parts: parts) + stems(of: $0, settings: settings)
                })))
            }
            return SectionDocument(articleID: section.articleID, language: normalizer.language, title: section.articleTitle,
                                   heading: section.headingText, passages: passages, kind: section.kind)
        }
        let examples = exampleIndex(articles: articles, parts: parts, settings: settings)
        return Built(documents: documents, summaries: summaries, postings: TermLists(postings), examples: examples)
    }

    // MARK: - Private

    /// Every example phrasing of `articles` (asks, then phrasings) as its words' terms, each word weighing
    /// its rarest form's idf over the examples, times the everyday or context word factor a question's
    /// word would get.
    private mutating func exampleIndex(articles: [KnowledgeArticle], parts: [String: [String]],
                                       settings: SearchSettings) -> ExampleIndex {
        var examples: [ExampleIndex.Example] = []
        var occurrences: [String: [ExampleIndex.Occurrence]] = [:]
        var words: [[(forms: [String], factor: Double)]] = []
        for article in articles.sorted(by: { $0.id < $1.id }) {
            for text in article.asks + article.phrasings {
                var seen: Set<[String]> = []
                var example: [(forms: [String], factor: Double)] = []
                for word in analyze(text) where seen.insert(word.forms).inserted {
                    let factor = normalizer.isContext(word) ? settings.contextWordWeight
                        : normalizer.isGeneral(word) ? settings.generalWordWeight : 1
                    for term in TermNormalizer.unique(terms(of: word, parts: parts) + stems(of: word, settings: settings)) {
                        occurrences[term, default: []].append(ExampleIndex.Occurrence(example: words.count, word: example.count))
                    }
                    example.append((word.forms, factor))
                }
                guard !example.isEmpty else { continue }
                examples.append(ExampleIndex.Example(articleID: article.id, weights: []))
                words.append(example)
            }
        }
        // The weights need every example's terms counted first.
        let counted = ExampleIndex(examples: examples, postings: occurrences)
        for (number, example) in words.enumerated() {
            examples[number].weights = example.map { word in (word.forms.map(counted.idf).max() ?? 0) * word.factor }
        }
        return ExampleIndex(examples: examples, postings: occurrences)
    }

    private mutating func analyze(_ text: String) -> [AnalyzedWord] {
        normalizer.words(in: text).flatMap { normalizer.expanded($0) }.compactMap { token in
            if let cached = cache[token] { return cached }
            let word = normalizer.analyzeWord(token, addsSynonyms: false)
            cache[token] = word
            return word
        }
    }

    /// The compound parts of every term that has them, with the vocabulary as lexicon.
    private func compoundParts(in sections: [PendingSection]) -> [String: [String]] {
        guard splitsCompounds else { return [:] }
        var vocabulary: Set<String> = []
        for section in sections {
            for word in section.title + section.tags + section.asks + section.heading + section.body {
                vocabulary.formUnion(word.forms)
            }
        }
        let splitter = CompoundSplitter(lexicon: vocabulary)
        var result: [String: [String]] = [:]
        for term in vocabulary {
            let parts = splitter.parts(of: term)
            if !parts.isEmpty { result[term] = parts }
        }
        return result
    }

    /// A word's terms: its forms and their compound parts, each once.
    private func terms(of word: AnalyzedWord, parts: [String: [String]]) -> [String] {
        TermNormalizer.unique(word.forms + Self.parts(of: word, parts: parts))
    }

    /// A Finnish word's prefix stems (`PrefixStem`), each once.
    private func stems(of word: AnalyzedWord, settings: SearchSettings) -> [String] {
        guard splitsCompounds else { return [] }
        return TermNormalizer.unique(word.forms.compactMap { PrefixStem.term(for: $0, length: settings.prefixLength) })
    }

    /// The compound parts of a word's forms that are not forms themselves, each once.
    private static func parts(of word: AnalyzedWord, parts: [String: [String]]) -> [String] {
        TermNormalizer.unique(word.forms.flatMap { parts[$0] ?? [] }).filter { !word.forms.contains($0) }
    }
}
