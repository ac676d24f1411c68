import Foundation

extension IntentLanguageModel.Analysis {
    /// Writes the analysed examples (`IntentExamples`), the cues and the crisis model.
    func write(to writer: inout SnapshotWriter) {
        examples.write(to: &writer)
        for cues in [cueWords, cuePhrases] {
            let cued = cues.indices.filter { !cues[$0].isEmpty }
            writer.count(cued.count)
            for intent in cued {
                writer.count(intent)
                writer.count(cues[intent].count)
                for cue in cues[intent] {
                    writer.count(cue.count)
                    for word in cue { writer.strings(word) }
                }
            }
        }
        crisis.write(to: &writer)
    }

    /// Reads what `write(to:)` wrote; intent numbers must be below `intentCount`, the cued intents ascending.
    init(reading reader: inout SnapshotReader, intentCount: Int) throws(SearchSnapshot.Damaged) {
        let examples = try IntentExamples(reading: &reader, intentCount: intentCount)
        var both: [[[IntentLanguageModel.Cue]]] = []
        for _ in 0..<2 {
            var cues = [[IntentLanguageModel.Cue]](repeating: [], count: intentCount)
            var last = -1
            for _ in 0..<(try reader.itemCount()) {
                let intent = try reader.count()
                guard intent > last, intent < intentCount else { throw .init() }
                last = intent
                for _ in 0..<(try reader.itemCount()) {
                    var cue: IntentLanguageModel.Cue = []
                    for _ in 0..<(try reader.itemCount()) { cue.append(try reader.strings()) }
                    cues[intent].append(cue)
                }
            }
            both.append(cues)
        }
        let crisis = try CrisisModel(reading: &reader, intentCount: intentCount)
        self.init(examples: examples, cueWords: both[0], cuePhrases: both[1], crisis: crisis)
    }
}

extension IntentExamples {
    /// Writes the table of terms with their weights, then per example its intent and per word its weight,
    /// whether it is a stop word and its term numbers.
    func write(to writer: inout SnapshotWriter) {
        writer.strings(terms)
        for weight in weights {
            writer.bool(weight != nil)
            if let weight { writer.double(weight) }
        }
        writer.count(count)
        for example in intents.indices {
            writer.count(intents[example])
            writer.count(wordStarts[example + 1] - wordStarts[example])
            for word in wordStarts[example]..<wordStarts[example + 1] {
                writer.double(wordWeights[word])
                writer.bool(stopWords[word])
                writer.count(termStarts[word + 1] - termStarts[word])
                for term in termNumbers[termStarts[word]..<termStarts[word + 1]] { writer.count(term) }
            }
        }
    }

    /// Reads what `write(to:)` wrote: the terms must be in order, each example's intent below
    /// `intentCount` and every term number inside the table.
    init(reading reader: inout SnapshotReader, intentCount: Int) throws(SearchSnapshot.Damaged) {
        let terms = try reader.strings()
        guard UTF8Order.isAscending(terms) else { throw .init() }
        var weights: [Double?] = []
        weights.reserveCapacity(terms.count)
        for _ in terms.indices { weights.append(try reader.bool() ? reader.double() : nil) }
        let total = try reader.itemCount()
        var intents: [Int] = [], wordStarts: [Int] = [0], wordWeights: [Double] = [], stopWords: [Bool] = []
        var termStarts: [Int] = [0], termNumbers: [Int] = []
        intents.reserveCapacity(total)
        wordStarts.reserveCapacity(total + 1)
        for _ in 0..<total {
            let intent = try reader.count()
            guard intent < intentCount else { throw .init() }
            intents.append(intent)
            for _ in 0..<(try reader.itemCount()) {
                wordWeights.append(try reader.double())
                stopWords.append(try reader.bool())
                for _ in 0..<(try reader.itemCount()) {
                    let term = try reader.count()
                    guard term < terms.count else { throw .init() }
                    termNumbers.append(term)
                }
                termStarts.append(termNumbers.count)
            }
            wordStarts.append(wordWeights.count)
        }
        self.init(terms: terms, weights: weights, intents: intents, wordStarts: wordStarts, wordWeights: wordWeights,
                  stopWords: stopWords, termStarts: termStarts, termNumbers: termNumbers, intentCount: intentCount)
    }
}
