import Foundation

/// The analysed example phrasings of every intent in one language, kept flat: every term the examples
/// use once, in a table sorted by UTF-8 bytes, and each example word as the numbers of its terms there.
///
/// A text is compared with all of them at every line typed, and a search snapshot keeps them, so the
/// form suits both: reading it back builds no set and hashes no term, and scoring looks each of the
/// text's few terms up once instead of comparing sets of strings example by example. The scores are
/// exactly those of comparing the words as sets of terms: the same sums, in the same order.
struct IntentExamples: Sendable, Equatable {
    /// Every term of an example word, sorted by UTF-8 bytes, each once; a term's number is its place.
    let terms: [String]
    /// Per term, its weight when an example word has it among its forms (`nil` for a synonym only).
    let weights: [Double?]
    /// Per example, its intent's number in the catalogue.
    let intents: [Int]
    /// Per example, where its words start in `wordWeights` (one entry more than examples).
    let wordStarts: [Int]
    /// Per example word, its weight.
    let wordWeights: [Double]
    /// Per example word, whether it is a stop word.
    let stopWords: [Bool]
    /// Per example word, where its term numbers start in `termNumbers` (one entry more than words).
    let termStarts: [Int]
    /// The example words' term numbers, each word's ascending.
    let termNumbers: [Int]

    /// Per intent, its examples' numbers in order.
    private let byIntent: [[Int]]
    /// Per example, the sum of its words' weights, in order.
    private let totals: [Double]
    /// Per example, whether all its words are stop words.
    private let onlyStopWords: [Bool]

    /// One example phrasing analysed: its intent and its words.
    struct Phrase {
        var intent: Int
        var words: [(terms: Set<String>, weight: Double, isStopWord: Bool)]
    }

    /// The examples of `phrases` with the weights of the terms that have one (`termWeights`).
    init(phrases: [Phrase], termWeights: [String: Double], intentCount: Int) {
        let all = phrases.reduce(into: Set(termWeights.keys)) { terms, phrase in
            for word in phrase.words { terms.formUnion(word.terms) }
        }
        let terms = UTF8Order.sorted(Array(all))
        var numbers: [String: Int] = [:]
        numbers.reserveCapacity(terms.count)
        for (number, term) in terms.enumerated() { numbers[term] = number }
        var wordStarts: [Int] = [0], wordWeights: [Double] = [], stopWords: [Bool] = [], termStarts: [Int] = [0]
        var termNumbers: [Int] = []
        for phrase in phrases {
            for word in phrase.words {
                wordWeights.append(word.weight)
                stopWords.append(word.isStopWord)
                termNumbers += word.terms.compactMap { numbers[$0] }.sorted()
                termStarts.append(termNumbers.count)
            }
            wordStarts.append(wordWeights.count)
        }
        self.init(terms: terms, weights: terms.map { termWeights[$0] }, intents: phrases.map(\.intent),
                  wordStarts: wordStarts, wordWeights: wordWeights, stopWords: stopWords, termStarts: termStarts,
                  termNumbers: termNumbers, intentCount: intentCount)
    }

    /// The examples from their parts, which must fit together (`init(reading:intentCount:)` checks them).
    init(terms: [String], weights: [Double?], intents: [Int], wordStarts: [Int], wordWeights: [Double], stopWords: [Bool],
         termStarts: [Int], termNumbers: [Int], intentCount: Int) {
        self.terms = terms
        self.weights = weights
        self.intents = intents
        self.wordStarts = wordStarts
        self.wordWeights = wordWeights
        self.stopWords = stopWords
        self.termStarts = termStarts
        self.termNumbers = termNumbers
        var byIntent = [[Int]](repeating: [], count: intentCount)
        var totals: [Double] = [], onlyStopWords: [Bool] = []
        totals.reserveCapacity(intents.count)
        onlyStopWords.reserveCapacity(intents.count)
        for (example, intent) in intents.enumerated() {
            byIntent[intent].append(example)
            let words = wordStarts[example]..<wordStarts[example + 1]
            totals.append(words.reduce(0) { $0 + wordWeights[$1] })
            onlyStopWords.append(words.allSatisfy { stopWords[$0] })
        }
        self.byIntent = byIntent
        self.totals = totals
        self.onlyStopWords = onlyStopWords
    }

    /// How many examples there are.
    var count: Int { intents.count }

    /// How many intents the catalogue has.
    var intentCount: Int { byIntent.count }

    /// The number of `term` in the table, if an example word has it.
    func number(of term: String) -> Int? {
        UTF8Order.position(of: term, in: terms)
    }

    /// The weight of `term`, if an example word has it among its forms.
    func weight(of term: String) -> Double? {
        UTF8Order.position(of: term, in: terms).flatMap { weights[$0] }
    }

    /// A text's words set against the examples' terms: per term, which of the words have it.
    struct Probe {
        /// The words' weights, in order.
        fileprivate let weights: [Double]
        fileprivate let total: Double
        /// How many 64-bit masks a term has (one per 64 words).
        fileprivate let chunks: Int
        fileprivate let masks: [UInt64]
    }

    /// The probe of words whose terms have `numbers` (those in the table) and `weights`.
    func probe(numbers: [[Int]], weights: [Double]) -> Probe {
        let chunks = max((weights.count + 63) / 64, 1)
        var masks = [UInt64](repeating: 0, count: terms.count * chunks)
        for (word, wordTerms) in numbers.enumerated() {
            for term in wordTerms { masks[term * chunks + word / 64] |= 1 << UInt64(word % 64) }
        }
        return Probe(weights: weights, total: weights.reduce(0) { $0 + $1 }, chunks: chunks, masks: masks)
    }

    /// The best similarity of `probe`'s words with an example of `intent` (of those of stop words alone
    /// when `onlyStopWords`): the weighted share of the example found in the text and of the text found
    /// in the example, as a geometric mean weighted by `textShareWeight`; 0 without words.
    func bestScore(_ probe: Probe, intent: Int, onlyStopWords: Bool, textShareWeight: Double) -> Double {
        guard !probe.weights.isEmpty, byIntent.indices.contains(intent) else { return 0 }
        var best = 0.0
        var matched = [UInt64](repeating: 0, count: probe.chunks)
        for example in byIntent[intent] where !onlyStopWords || self.onlyStopWords[example] {
            let exampleTotal = totals[example]
            guard probe.total > 0, exampleTotal > 0 else { continue }
            for chunk in matched.indices { matched[chunk] = 0 }
            // An example word is found in the text when one of its terms is a term of a text word; a text
            // word is found in the example when one of its terms is a term of an example word.
            var matchedExample = 0.0
            for word in wordStarts[example]..<wordStarts[example + 1] {
                var found = false
                for term in termStarts[word]..<termStarts[word + 1] {
                    let base = termNumbers[term] * probe.chunks
                    for chunk in 0..<probe.chunks where probe.masks[base + chunk] != 0 {
                        found = true
                        matched[chunk] |= probe.masks[base + chunk]
                    }
                }
                if found { matchedExample += wordWeights[word] }
            }
            var matchedInput = 0.0
            for word in probe.weights.indices where matched[word / 64] & (1 << UInt64(word % 64)) != 0 {
                matchedInput += probe.weights[word]
            }
            let textShare = matchedInput / probe.total
            let exampleShare = matchedExample / exampleTotal
            best = max(best, pow(exampleShare, 1 - textShareWeight) * pow(textShare, textShareWeight))
        }
        return best
    }
}
