import Testing
import KuuloData
@testable import KuuloCore

/// The kept interpreter of `kuulo ask` (`SearchSnapshot`) and the kept base forms looked up in place
/// (`LemmaFile`), without Voikko: a snapshot answers exactly as what it was taken of, and anything but
/// an intact snapshot of the same key is refused, never half read.
@Suite("Search: snapshots and kept base forms")
struct SearchSnapshotTests {
    static var data: DataFiles { DataFiles(embedded: EmbeddedFiles.all) }
    static let built = FreeTextInterpreter(data: data, lemmatizers: [:], stemmers: [:], languages: [.en])
    static let key = "test-key"
    static let bytes = built.snapshot(language: .en, key: key) ?? []

    static func restored(_ bytes: [UInt8], key: String = key, language: Language = .en) throws(SearchSnapshot.Damaged) -> FreeTextInterpreter {
        try FreeTextInterpreter(snapshot: bytes, key: key, data: data, lemmatizers: [:], stemmers: [:], language: language)
    }

    @Test("a restored interpreter reads questions and requests as the built one, and writes the same bytes")
    func roundTrip() throws {
        #expect(!Self.bytes.isEmpty)
        #expect(Self.built.snapshot(language: .fi, key: Self.key) == nil)
        let restored = try Self.restored(Self.bytes)
        let texts = ["how do we answer criticism calmly", "someone is threatening us in the comments", "I want to write a post",
                     "show tip 3", "hashtags for our campaign", "what should our instagram bio say", "hello kuulo",
                     "theres a guy trolling us", "who changed the plan", "xyzzy"]
        for text in texts {
            #expect(restored.interpret(text, language: .en) == Self.built.interpret(text, language: .en), "\(text)")
        }
        #expect(restored.index.sectionCount(.en) == Self.built.index.sectionCount(.en))
        #expect(restored.snapshot(language: .en, key: Self.key) == Self.bytes)
        // What is kept reads back whole (every list of terms decoded); under another key or language it does not.
        #expect(FreeTextInterpreter.readsBack(Self.bytes, key: Self.key, language: .en))
        #expect(!FreeTextInterpreter.readsBack(Self.bytes, key: "other-key", language: .en))
        #expect(!FreeTextInterpreter.readsBack(Self.bytes, key: Self.key, language: .fi))
    }

    @Test("a snapshot of another key, language or format, cut short, damaged or of random bytes is refused")
    func damaged() {
        let bytes = Self.bytes
        #expect(throws: SearchSnapshot.Damaged.self) { try Self.restored(bytes, key: "other-key") }
        #expect(throws: SearchSnapshot.Damaged.self) { try Self.restored(bytes, language: .fi) }
        #expect(throws: SearchSnapshot.Damaged.self) { try Self.restored([]) }
        #expect(throws: SearchSnapshot.Damaged.self) { try Self.restored(bytes + [0]) }
        var otherFormat = bytes
        otherFormat[SearchSnapshot.magic.count] &+= 1
        #expect(throws: SearchSnapshot.Damaged.self) { try Self.restored(otherFormat) }
        for length in stride(from: 0, to: bytes.count, by: max(bytes.count / 40, 1)) {
            #expect(throws: SearchSnapshot.Damaged.self) { try Self.restored(Array(bytes.prefix(length))) }
        }
        for position in stride(from: 0, to: bytes.count, by: max(bytes.count / 40, 1)) {
            var flipped = bytes
            flipped[position] ^= 0x10
            #expect(throws: SearchSnapshot.Damaged.self) { try Self.restored(flipped) }
        }
        var generator = SplitMix64(seed: 13)
        for length in [8, 64, 4_096, bytes.count] {
            let random = (0..<length).map { _ in UInt8(truncatingIfNeeded: generator.next()) }
            #expect(throws: SearchSnapshot.Damaged.self) { try Self.restored(random) }
            // Random bytes behind the right magic are refused as well.
            #expect(throws: SearchSnapshot.Damaged.self) { try Self.restored(SearchSnapshot.magic + random) }
        }
    }

    @Test("kept base forms are found in the sorted file as in the table; an unsorted file is left to the table")
    func lemmaFile() throws {
        let table = LemmaTable(entries: ["kuvassa": ["kuva"], "xq": [], "?kirjotella": ["kirjoitella"], "äiti": ["äiti"],
                                         "öisin": ["öisin", "yö"], "a": ["a"], "zeta": []], fallback: nil)
        let file = try #require(LemmaFile(bytes: Array(table.text.utf8), fallback: nil))
        for word in table.entries.keys where !word.hasPrefix("?") {
            #expect(file.baseForms(word) == table.baseForms(word), "\(word)")
        }
        #expect(file.suggestions(for: "kirjotella") == ["kirjoitella"])
        #expect(file.baseForms("unknown").isEmpty)
        #expect(file.baseForms("").isEmpty)
        let fallback = LemmaTable(entries: ["muu": ["muu"]], fallback: nil)
        #expect(LemmaFile(bytes: Array(table.text.utf8), fallback: fallback)?.baseForms("muu") == ["muu"])
        #expect(LemmaFile(bytes: Array("zeta\na\ta\n".utf8), fallback: nil) == nil)
        #expect(LemmaFile(bytes: Array("a\ta\na\tb\n".utf8), fallback: nil) == nil)
        #expect(LemmaFile(bytes: [], fallback: nil)?.baseForms("a").isEmpty == true)
    }
}
