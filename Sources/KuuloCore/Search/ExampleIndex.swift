import Foundation

/// The example phrasings of one language's articles (`KnowledgeArticle.asks` and `phrasings`), each a
/// short document of its own, for matching a question to the nearest examples.
///
/// An example is kept as its content words, each with the terms it is indexed under (the same base
/// forms, compound parts and prefix stems as the sections) and a weight: its rarest form's idf over the
/// examples, lowered for everyday and context words as a question's words are. The examples are some
/// 800 questions a language as trustees type them, so their idf tells how much a word says in a
/// question better than the few sections do ("porukka" and "oikeesti" are rare in the articles, common
/// in questions).
/// A question's words weigh the same way. A question scores against an example the weighted overlap
/// of the two, counted from both sides:
/// `(question weight matched + example weight matched) / (question weight + example weight)`, so an
/// example that shares one word with a long question (or a question that shares one word with a long
/// example) scores little, and one that says what the question says scores near 1. An article's
/// example score is the mean of its best `SearchSettings.examplesAveraged` examples' (one lucky
/// example does not decide alone).
struct ExampleIndex: Sendable, Equatable {
    /// One example phrasing.
    struct Example: Sendable, Equatable {
        /// The article it belongs to.
        var articleID: String
        /// Each content word's weight, in order.
        var weights: [Double]
    }

    /// A term's occurrence in an example.
    struct Occurrence: Sendable, Equatable {
        /// The example's number.
        var example: Int
        /// The word's number in the example.
        var word: Int
    }

    /// An article's nearest examples for a question.
    struct Match: Sendable {
        /// The weighted overlap (0…1), averaged over the article's best examples.
        var score: Double
        /// The largest share of the question's weight one of the article's examples contains.
        var coverage: Double
    }

    /// The examples, by number.
    let examples: [Example]
    /// Per term, where it occurs (examples ascending).
    let postings: TermLists<Occurrence>

    /// An index with nothing in it.
    static let empty = ExampleIndex(examples: [], postings: [:])

    /// The index of `examples` with the occurrences of their terms.
    init(examples: [Example], postings: [String: [Occurrence]]) {
        self.init(examples: examples, lists: TermLists(postings))
    }

    /// The index of `examples` with the occurrences of their terms (as a snapshot keeps them).
    init(examples: [Example], lists: TermLists<Occurrence>) {
        self.examples = examples
        self.postings = lists
    }

    /// BM25's inverse document frequency of `term` over the examples (of a term in none: the highest).
    func idf(_ term: String) -> Double {
        var count = 0
        var last = -1
        for occurrence in postings[term] ?? [] where occurrence.example != last {
            count += 1
            last = occurrence.example
        }
        let total = Double(examples.count), frequency = Double(count)
        return log(1 + (total - frequency + 0.5) / (frequency + 0.5))
    }

    /// The nearest examples of every article that shares a word with `words`.
    /// - Parameter settings: `unknownWordWeight` (a word found nowhere weighs that share of the highest
    ///   idf) and `examplesAveraged`.
    func bestMatches(_ words: [LanguageIndex.QueryWord], settings: SearchSettings) -> [String: Match] {
        guard !examples.isEmpty else { return [:] }
        // A word of the articles that no example uses is as rare in questions as a word can be (it
        // weighs the highest idf, so an everyday word shared with an example does not decide); a word
        // found nowhere weighs `unknownWordWeight` of that, as in the sections.
        let highest = idf("")
        let wordWeights = words.map { word in
            let terms = word.alternatives + word.parts
            let known = terms.compactMap { postings.contains($0.term) ? idf($0.term) : nil }.max()
            return (known ?? (terms.isEmpty ? highest * settings.unknownWordWeight : highest)) * word.factor
        }
        let questionWeight = wordWeights.reduce(0, +)
        guard questionWeight > 0 else { return [:] }
        // Per example touched: how well each question word matched it (the best of its terms), and which
        // of the example's words were matched. Sums run in a fixed order, so a loaded snapshot scores
        // exactly as the built index.
        var questionSide: [Int: [Double]] = [:]
        var exampleSide: [Int: Set<Int>] = [:]
        for (position, word) in words.enumerated() {
            for (term, weight) in word.alternatives + word.parts {
                // The term's weight without the word's own (everyday, context) factor, which its
                // weight already holds: a synonym matches 0.8, a compound part 0.5.
                let quality = min(weight / word.factor, 1)
                let unmatched = Array(repeating: 0.0, count: words.count)
                for occurrence in postings[term] ?? [] {
                    // Mutated in place (a copy per occurrence would cost a question's length each time).
                    let current = questionSide[occurrence.example]?[position] ?? 0
                    questionSide[occurrence.example, default: unmatched][position] = max(current, quality)
                    exampleSide[occurrence.example, default: []].insert(occurrence.word)
                }
            }
        }
        var scores: [String: [Double]] = [:]
        var coverages: [String: Double] = [:]
        for number in questionSide.keys.sorted() {
            let example = examples[number]
            var questionMatched = 0.0
            for (position, quality) in (questionSide[number] ?? []).enumerated() { questionMatched += wordWeights[position] * quality }
            let exampleTotal = example.weights.reduce(0, +)
            let exampleMatched = (exampleSide[number] ?? []).sorted().reduce(0.0) { $0 + example.weights[$1] }
            let score = (questionMatched + exampleMatched) / (questionWeight + exampleTotal)
            scores[example.articleID, default: []].append(score)
            coverages[example.articleID] = max(coverages[example.articleID] ?? 0, questionMatched / questionWeight)
        }
        let count = max(settings.examplesAveraged, 1)
        var result: [String: Match] = [:]
        for (id, list) in scores {
            let best = list.sorted(by: >).prefix(count)
            result[id] = Match(score: best.reduce(0, +) / Double(count), coverage: coverages[id] ?? 0)
        }
        return result
    }
}
