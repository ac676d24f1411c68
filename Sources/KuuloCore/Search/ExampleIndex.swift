import Foundation

/// The example phrasings of one language's articles (`KnowledgeArticle.asks` and `phrasings`), each a
/// short document of its own, for matching a question to the nearest example.
///
/// An example is kept as its content words, each with the terms it is indexed under (the same base
/// forms, compound parts and prefix stems as the sections) and a weight (its rarest form's idf over the
/// sections, lowered for everyday and context words as a question's words are). A question scores
/// against an example the weighted overlap of the two, counted from both sides:
/// `(question weight matched + example weight matched) / (question weight + example weight)`, so an
/// example that shares one rare word with a long question (or a question that shares one word with a
/// long example) scores little, and one that says what the question says scores near 1. An article's
/// example score is that of its best example.
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

    /// An article's best example for a question.
    struct Match: Sendable {
        /// The weighted overlap (0…1).
        var score: Double
        /// The share of the question's weight the example contains.
        var coverage: Double
    }

    /// The examples, by number.
    let examples: [Example]
    /// Per term, where it occurs (examples ascending).
    let postings: [String: [Occurrence]]

    /// An index with nothing in it.
    static let empty = ExampleIndex(examples: [], postings: [:])

    /// The best example of every article that shares a word with `words`.
    func bestMatches(_ words: [LanguageIndex.QueryWord]) -> [String: Match] {
        let questionWeight = words.reduce(0) { $0 + $1.weight }
        guard questionWeight > 0, !examples.isEmpty else { return [:] }
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
                for occurrence in postings[term] ?? [] {
                    var qualities = questionSide[occurrence.example] ?? Array(repeating: 0, count: words.count)
                    qualities[position] = max(qualities[position], quality)
                    questionSide[occurrence.example] = qualities
                    exampleSide[occurrence.example, default: []].insert(occurrence.word)
                }
            }
        }
        var best: [String: Match] = [:]
        for number in questionSide.keys.sorted() {
            let example = examples[number]
            var questionMatched = 0.0
            for (position, quality) in (questionSide[number] ?? []).enumerated() { questionMatched += words[position].weight * quality }
            let exampleTotal = example.weights.reduce(0, +)
            let exampleMatched = (exampleSide[number] ?? []).sorted().reduce(0.0) { $0 + example.weights[$1] }
            let score = (questionMatched + exampleMatched) / (questionWeight + exampleTotal)
            if score > (best[example.articleID]?.score ?? 0) {
                best[example.articleID] = Match(score: score, coverage: questionMatched / questionWeight)
            }
        }
        return best
    }
}
