import Foundation

extension IntentLanguageModel.Analysis {
    /// Writes the analysed examples (their words' terms and weights), the term weights and the cues.
    func write(to writer: inout SnapshotWriter) {
        writer.count(examples.count)
        for example in examples {
            writer.count(example.intent)
            writer.count(example.words.count)
            for word in example.words { Self.write(word, to: &writer) }
            writer.set(example.terms)
        }
        writer.count(termWeights.count)
        for term in termWeights.keys.sorted() {
            writer.string(term)
            writer.double(termWeights[term] ?? 0)
        }
        for cues in [cueWords, cuePhrases] {
            writer.count(cues.count)
            for intent in cues.keys.sorted() {
                writer.count(intent)
                let list = cues[intent] ?? []
                writer.count(list.count)
                for cue in list {
                    writer.count(cue.count)
                    for word in cue { writer.set(word) }
                }
            }
        }
    }

    /// Reads what `write(to:)` wrote; intent numbers must be below `intentCount`.
    init(reading reader: inout SnapshotReader, intentCount: Int) throws(SearchSnapshot.Damaged) {
        var examples: [IntentLanguageModel.Example] = []
        for _ in 0..<(try reader.itemCount()) {
            let intent = try reader.count()
            guard intent < intentCount else { throw .init() }
            var words: [IntentLanguageModel.Word] = []
            for _ in 0..<(try reader.itemCount()) { words.append(try Self.word(from: &reader)) }
            examples.append(IntentLanguageModel.Example(intent: intent, words: words, terms: try reader.set()))
        }
        var termWeights: [String: Double] = [:]
        for _ in 0..<(try reader.itemCount()) {
            let term = try reader.string()
            termWeights[term] = try reader.double()
        }
        var both: [[Int: [[Set<String>]]]] = []
        for _ in 0..<2 {
            var cues: [Int: [[Set<String>]]] = [:]
            for _ in 0..<(try reader.itemCount()) {
                let intent = try reader.count()
                guard intent < intentCount else { throw .init() }
                var list: [[Set<String>]] = []
                for _ in 0..<(try reader.itemCount()) {
                    var cue: [Set<String>] = []
                    for _ in 0..<(try reader.itemCount()) { cue.append(try reader.set()) }
                    list.append(cue)
                }
                cues[intent] = list
            }
            both.append(cues)
        }
        self.init(examples: examples, termWeights: termWeights, cueWords: both[0], cuePhrases: both[1])
    }

    private static func write(_ word: IntentLanguageModel.Word, to writer: inout SnapshotWriter) {
        writer.set(word.terms)
        writer.double(word.weight)
        writer.bool(word.isNumber)
        writer.bool(word.isStopWord)
    }

    private static func word(from reader: inout SnapshotReader) throws(SearchSnapshot.Damaged) -> IntentLanguageModel.Word {
        IntentLanguageModel.Word(terms: try reader.set(), weight: try reader.double(), isNumber: try reader.bool(),
                                 isStopWord: try reader.bool())
    }
}
