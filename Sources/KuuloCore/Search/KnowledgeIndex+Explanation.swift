import Foundation

extension KnowledgeIndex {
    /// How `question` was read and what each of its words added to the best sections of `articles`
    /// and of the best answers: one line per word, then each article's nearest example phrasing's
    /// overlap, for tuning tools (`kuulo-eval --explain`).
    public func explanation(_ question: String, language: Language, articles: [String]) -> [String] {
        guard let index = languageIndex(language) else { return [] }
        let words = index.queryWords(for: QuestionHashtags.rewritten(question), limit: settings.maximumQueryWords)
        let result = search(question, language: language)
        let shown = TermNormalizer.unique(articles + result.answers.prefix(3).map(\.id))
        var lines: [String] = []
        for word in words {
            let terms = (word.alternatives + word.parts).map { "\($0.term)×\(String(format: "%.2f", $0.weight))" }
            var contributions: [String] = []
            for id in shown {
                let best = index.score([word]).filter { index.documents[$0.document].articleID == id }.map(\.score).max() ?? 0
                contributions.append("\(id) \(String(format: "%.2f", best))")
            }
            lines.append("  [\(String(format: "%.2f", word.weight))] \(terms.joined(separator: " ")): \(contributions.joined(separator: ", "))")
        }
        let examples = index.examples.bestMatches(words, settings: settings)
        let nearest = shown.map { id in "\(id) \(String(format: "%.2f", examples[id]?.score ?? 0))" }
        lines.append("  nearest examples: \(nearest.joined(separator: ", "))")
        return lines
    }
}
