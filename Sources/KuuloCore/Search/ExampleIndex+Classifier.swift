import Foundation

extension ExampleIndex {
    /// How likely each article is to be the one a question asks about, by a naive Bayes model over the
    /// example phrasings: each article's examples are one bag of words, and a question's word is as likely
    /// under an article as the share of that bag its best term makes up (smoothed by
    /// `classifierSmoothing`, so a word the article's examples never use does not rule it out). The
    /// nearest examples (`bestMatches`) ask which single phrasing says what the question says; this asks
    /// which article's phrasings use the question's words most *as a whole*, which tells sibling articles
    /// apart by the words that only one of them uses ("how many" tags against "our own" tags).
    ///
    /// A word counts by its factor (an everyday or context word counts less); words no example uses are
    /// left out (they tell nothing about any article). The log-likelihoods are divided by
    /// `classifierTemperature` before they are turned into shares that add up to 1, so a few words do not
    /// make one article certain. The shares are then scaled by the part of the question's weight that the
    /// examples know: where the telling word is one only the articles use ("millainen on hyvä
    /// ensitiedote"), the everyday words left must not decide.
    /// - Returns: each article's share (0…1, adding up to at most 1); empty when no word of the question
    ///   is in any example.
    func articleProbabilities(_ words: [LanguageIndex.QueryWord], settings: SearchSettings) -> [String: Double] {
        guard !examples.isEmpty else { return [:] }
        // Words per article: the size of each article's bag.
        var articleWords: [String: Double] = [:]
        for example in examples { articleWords[example.articleID, default: 0] += Double(example.weights.count) }
        let articles = articleWords.keys.sorted()
        let smoothing = max(settings.classifierSmoothing, 1e-6)
        let vocabulary = Double(max(postings.termCount, 1))
        var logLikelihood = [Double](repeating: 0, count: articles.count)
        var knownWeight = 0.0
        for word in words {
            // Per article, the best of the word's terms: its occurrences there times the term's quality.
            var counts: [String: Double] = [:]
            var known = false
            for (term, weight) in word.alternatives + word.parts {
                guard let occurrences = postings[term], !occurrences.isEmpty else { continue }
                known = true
                let quality = min(weight / max(word.factor, 1e-9), 1)
                var perArticle: [String: Double] = [:]
                for occurrence in occurrences { perArticle[examples[occurrence.example].articleID, default: 0] += 1 }
                for (id, count) in perArticle { counts[id] = max(counts[id] ?? 0, count * quality) }
            }
            guard known else { continue }
            knownWeight += word.weight
            for (position, id) in articles.enumerated() {
                let share = ((counts[id] ?? 0) + smoothing) / ((articleWords[id] ?? 0) + smoothing * vocabulary)
                logLikelihood[position] += word.factor * log(share)
            }
        }
        let questionWeight = words.reduce(0) { $0 + $1.weight }
        guard knownWeight > 0, questionWeight > 0 else { return [:] }
        let reliance = min(knownWeight / questionWeight, 1)
        let temperature = max(settings.classifierTemperature, 1e-6)
        let best = logLikelihood.max() ?? 0
        let exponentials = logLikelihood.map { exp(($0 - best) / temperature) }
        let total = exponentials.reduce(0, +)
        var result: [String: Double] = [:]
        for (position, id) in articles.enumerated() { result[id] = reliance * exponentials[position] / total }
        return result
    }
}
