import Foundation
import Testing
import KuuloData
@testable import KuuloCore

/// The intents' part of a search snapshot: the catalogue without its examples and the examples kept as
/// term numbers (`IntentExamples`) come back as written, score exactly as comparing sets of terms does,
/// and what the checksum cannot see — a table of terms out of order, a term number or intent out of
/// range, a catalogue written for other installed languages — is refused.
@Suite("Search: the intents in a snapshot")
struct IntentSnapshotTests {
    static var data: DataFiles { DataFiles(embedded: EmbeddedFiles.all) }

    /// What `write` wrote, read back by `read`, which must read it all.
    static func roundTrip<Value>(_ write: (inout SnapshotWriter) -> Void,
                                 _ read: (inout SnapshotReader) throws(SearchSnapshot.Damaged) -> Value) throws(SearchSnapshot.Damaged) -> Value {
        var writer = SnapshotWriter()
        write(&writer)
        var reader = try SnapshotReader(writer.finished(key: "intents"), key: "intents")
        let value = try read(&reader)
        guard reader.isAtEnd else { throw .init() }
        return value
    }

    @Test("the catalogue comes back as read from the data, without its examples")
    func catalogRoundTrip() throws {
        let catalog = IntentCatalog(data: Self.data)
        var expected = catalog
        for index in expected.intents.indices { expected.intents[index].examples = [:] }
        let read = try Self.roundTrip({ catalog.write(to: &$0) }, { reader throws(SearchSnapshot.Damaged) in try IntentCatalog(reading: &reader) })
        #expect(read == expected)
        #expect(read.intents.count > 30 && read.intents.contains { $0.reply != nil } && read.intents.contains { $0.slot == .number })
        #expect(!read.articleCommands.isEmpty && !(read.numbers[.fi] ?? [:]).isEmpty && !(read.requestOpenings[.en] ?? []).isEmpty)
        // The comparison sees a change.
        var changed = read
        changed.intents[0].slotCommand = "/x"
        #expect(changed != read)
    }

    @Test("a catalogue written while other languages were installed, or with an unknown kind or slot, is refused")
    func catalogDamaged() {
        let codes = Language.allCases.map(\.rawValue)
        let damaged: [(inout SnapshotWriter) -> Void] = [
            { writer in writer.strings(codes + ["sv"]) },
            { writer in writer.strings(Array(codes.reversed())) },
            { writer in writer.strings(codes); writer.count(1); writer.string("query") },
            { writer in
                writer.strings(codes); writer.count(1); writer.string("command"); writer.string("x"); writer.string("/x")
                writer.count(1); writer.string("fi"); writer.string("X"); writer.bool(false); writer.strings([]); writer.string("colour")
            },
        ]
        for write in damaged {
            #expect(throws: SearchSnapshot.Damaged.self) {
                try Self.roundTrip(write) { reader throws(SearchSnapshot.Damaged) in try IntentCatalog(reading: &reader) }
            }
        }
    }

    /// Three intents' examples, word by word: terms, weight, stop word.
    static let phrases: [IntentExamples.Phrase] = [
        .init(intent: 0, words: [(["write", "draft"], 1.5, false), (["a"], 0.2, true), (["post"], 1.1, false)]),
        .init(intent: 0, words: [(["draft"], 1.2, false)]),
        .init(intent: 1, words: [(["what"], 0.3, true), (["can"], 0.25, true), (["you"], 0.2, true), (["do"], 0.3, true)]),
        .init(intent: 2, words: [(["tip", "vinkki"], 1.4, false), (["äiti", "kolme"], 0.9, false)]),
    ]
    static let examples = IntentExamples(phrases: phrases, termWeights: ["write": 1.5, "draft": 1.2, "a": 0.5, "post": 1.1, "tip": 1.4],
                                         intentCount: 3)

    /// The similarity computed the plain way, on sets of strings.
    static func reference(_ words: [(terms: Set<String>, weight: Double)], intent: Int, onlyStopWords: Bool, textShareWeight: Double) -> Double {
        guard !words.isEmpty else { return 0 }
        let inputTerms = words.reduce(into: Set<String>()) { $0.formUnion($1.terms) }
        let inputTotal = words.reduce(0) { $0 + $1.weight }
        var best = 0.0
        for phrase in phrases where phrase.intent == intent && (!onlyStopWords || phrase.words.allSatisfy(\.isStopWord)) {
            let exampleTerms = phrase.words.reduce(into: Set<String>()) { $0.formUnion($1.terms) }
            let exampleTotal = phrase.words.reduce(0) { $0 + $1.weight }
            guard inputTotal > 0, exampleTotal > 0 else { continue }
            let matchedInput = words.filter { !$0.terms.isDisjoint(with: exampleTerms) }.reduce(0) { $0 + $1.weight }
            let matchedExample = phrase.words.filter { !$0.terms.isDisjoint(with: inputTerms) }.reduce(0) { $0 + $1.weight }
            best = max(best, pow(matchedExample / exampleTotal, 1 - textShareWeight) * pow(matchedInput / inputTotal, textShareWeight))
        }
        return best
    }

    @Test("examples kept as term numbers score exactly as sets of terms, also with more than 64 words in the text")
    func scoring() {
        let examples = Self.examples
        #expect(examples.terms == ["a", "can", "do", "draft", "kolme", "post", "tip", "vinkki", "what", "write", "you", "äiti"])
        #expect(examples.weight(of: "draft") == 1.2 && examples.weight(of: "vinkki") == nil && examples.weight(of: "nothing") == nil)
        let many = (0..<70).map { (terms: Set(["w\($0)"]), weight: 0.5) } + [(terms: Set(["draft", "x"]), weight: 2.0)]
        let texts: [[(terms: Set<String>, weight: Double)]] = [
            [(["write"], 1.5), (["draft", "luonnos"], 1.2), (["sauna"], 2.0)],
            [(["what"], 0.3), (["can"], 0.25), (["you"], 0.2), (["do"], 0.3)],
            [(["äiti"], 0.9), (["tip"], 1.4), (["kolme", "3"], 0.4)],
            [(["nothing"], 1.0)],
            [],
            many,
        ]
        for (number, text) in texts.enumerated() {
            let probe = examples.probe(numbers: text.map { $0.terms.compactMap(examples.number(of:)) }, weights: text.map(\.weight))
            for intent in 0..<3 {
                for onlyStopWords in [false, true] {
                    for share in [0.0, 0.5, 1.0] {
                        let kept = examples.bestScore(probe, intent: intent, onlyStopWords: onlyStopWords, textShareWeight: share)
                        let plain = Self.reference(text, intent: intent, onlyStopWords: onlyStopWords, textShareWeight: share)
                        #expect(kept == plain, "text \(number), intent \(intent), \(onlyStopWords), \(share)")
                    }
                }
            }
        }
        let probe = examples.probe(numbers: [[examples.number(of: "draft") ?? -1]], weights: [1.0])
        #expect(examples.bestScore(probe, intent: 0, onlyStopWords: false, textShareWeight: 0.5) == 1)
    }

    @Test("examples come back as written; a table out of order, a term or intent out of range is refused")
    func examplesRoundTrip() throws {
        let examples = Self.examples
        let read = try Self.roundTrip({ examples.write(to: &$0) }, { reader throws(SearchSnapshot.Damaged) in
            try IntentExamples(reading: &reader, intentCount: 3)
        })
        #expect(read == examples)
        #expect(throws: SearchSnapshot.Damaged.self) {
            try Self.roundTrip({ examples.write(to: &$0) }, { reader throws(SearchSnapshot.Damaged) in
                try IntentExamples(reading: &reader, intentCount: 2)
            })
        }
        func one(terms: [String], number: Int) -> (inout SnapshotWriter) -> Void {
            { writer in
                writer.strings(terms)
                for _ in terms { writer.bool(false) }
                writer.count(1); writer.count(0); writer.count(1); writer.double(1); writer.bool(false); writer.count(1); writer.count(number)
            }
        }
        let read1 = { (reader: inout SnapshotReader) throws(SearchSnapshot.Damaged) in try IntentExamples(reading: &reader, intentCount: 1) }
        #expect(try Self.roundTrip(one(terms: ["a", "b"], number: 1), read1).terms == ["a", "b"])
        #expect(throws: SearchSnapshot.Damaged.self) { try Self.roundTrip(one(terms: ["b", "a"], number: 1), read1) }
        #expect(throws: SearchSnapshot.Damaged.self) { try Self.roundTrip(one(terms: ["a", "a"], number: 1), read1) }
        #expect(throws: SearchSnapshot.Damaged.self) { try Self.roundTrip(one(terms: ["a", "b"], number: 2), read1) }
    }

    @Test("the cues come back as analysed, in both languages; cued intents out of order are refused", arguments: [Language.fi, .en])
    func analysisRoundTrip(language: Language) throws {
        let built = FreeTextInterpreter(data: Self.data, lemmatizers: [:], stemmers: [:], languages: [language])
        let analysis = try #require(built.intents.model(language)?.analysis)
        let count = built.intents.catalog.intents.count
        #expect(analysis.cueWords.count == count && analysis.cueWords.contains { !$0.isEmpty } && analysis.examples.count > 100)
        let read = try Self.roundTrip({ analysis.write(to: &$0) }, { reader throws(SearchSnapshot.Damaged) in
            try IntentLanguageModel.Analysis(reading: &reader, intentCount: count)
        })
        #expect(read == analysis)
        let cues: (inout SnapshotWriter) -> Void = { writer in
            analysis.examples.write(to: &writer)
            for _ in 0..<2 {
                writer.count(2)
                for intent in [1, 0] { writer.count(intent); writer.count(1); writer.count(1); writer.strings(["x"]) }
            }
        }
        #expect(throws: SearchSnapshot.Damaged.self) {
            try Self.roundTrip(cues) { reader throws(SearchSnapshot.Damaged) in try IntentLanguageModel.Analysis(reading: &reader, intentCount: count) }
        }
    }
}
