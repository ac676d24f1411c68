import Foundation

extension NormalizerTables {
    /// Writes the tables: stop words, synonyms, phrases, negations, negated words, context and
    /// everyday terms, both ending rewrites, respellings and respelt phrases.
    func write(to writer: inout SnapshotWriter) {
        writer.set(stopWords)
        writer.map(synonyms)
        writer.count(phrases.count)
        for phrase in phrases {
            Self.write(phrase.words, to: &writer)
            writer.strings(phrase.terms)
        }
        writer.count(negations.count)
        for negation in negations { Self.write(negation, to: &writer) }
        writer.map(negated)
        writer.set(contextTerms)
        writer.set(generalTerms)
        for endings in [spokenEndings, stemEndings] {
            writer.count(endings.rules.count)
            for rule in endings.rules {
                writer.string(rule.ending)
                writer.string(rule.replacement)
            }
        }
        writer.map(respellings)
        writer.count(respeltPhrases.count)
        for phrase in respeltPhrases { writer.strings(phrase) }
    }

    /// Reads what `write(to:)` wrote; a word sequence must have a term for every word.
    init(reading reader: inout SnapshotReader) throws(SearchSnapshot.Damaged) {
        let stopWords = try reader.set(), synonyms = try reader.map()
        var phrases: [(words: TermNormalizer.WordSequence, terms: [String])] = []
        for _ in 0..<(try reader.itemCount()) {
            let words = try Self.sequence(from: &reader)
            phrases.append((words, try reader.strings()))
        }
        var negations: [TermNormalizer.WordSequence] = []
        for _ in 0..<(try reader.itemCount()) { negations.append(try Self.sequence(from: &reader)) }
        let negated = try reader.map(), contextTerms = try reader.set(), generalTerms = try reader.set()
        var endings: [EndingRewrites] = []
        for _ in 0..<2 {
            var rules: [(ending: String, replacement: String)] = []
            for _ in 0..<(try reader.itemCount()) {
                let ending = try reader.string()
                guard !ending.isEmpty else { throw .init() }
                rules.append((ending, try reader.string()))
            }
            endings.append(EndingRewrites(rules: rules))
        }
        let respellings = try reader.map()
        var respeltPhrases: [[String]] = []
        for _ in 0..<(try reader.itemCount()) { respeltPhrases.append(try reader.strings()) }
        self.init(stopWords: stopWords, synonyms: synonyms, phrases: phrases, negations: negations, negated: negated,
                  contextTerms: contextTerms, generalTerms: generalTerms, spokenEndings: endings[0], stemEndings: endings[1],
                  respellings: respellings, respeltPhrases: respeltPhrases)
    }

    private static func write(_ sequence: TermNormalizer.WordSequence, to writer: inout SnapshotWriter) {
        writer.strings(sequence.words)
        writer.strings(sequence.terms)
    }

    private static func sequence(from reader: inout SnapshotReader) throws(SearchSnapshot.Damaged) -> TermNormalizer.WordSequence {
        let words = try reader.strings(), terms = try reader.strings()
        guard words.count == terms.count else { throw .init() }
        return TermNormalizer.WordSequence(words: words, terms: terms)
    }
}
