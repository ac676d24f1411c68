import Testing
import KuuloData
@testable import KuuloCore

/// The pieces of a search snapshot on their own: the normaliser's analysed vocabulary
/// (`NormalizerTables`) comes back as written, and the reader refuses what the checksum cannot see — a
/// word sequence without a term for each word, a string of the table that is not valid UTF-8 — when the
/// checksum itself is right.
@Suite("Search: snapshot pieces")
struct SnapshotPiecesTests {
    static var data: DataFiles { DataFiles(embedded: EmbeddedFiles.all) }

    static func tables(_ language: Language) -> NormalizerTables {
        NormalizerTables(SearchVocabulary(data: data), language: language, lemmatizer: nil, stemmer: nil, tokenizer: SearchTokenizer())
    }

    static func written(_ tables: NormalizerTables) -> [UInt8] {
        var writer = SnapshotWriter()
        tables.write(to: &writer)
        return writer.finished(key: "pieces")
    }

    static func read(_ bytes: [UInt8]) throws(SearchSnapshot.Damaged) -> NormalizerTables {
        var reader = try SnapshotReader(bytes, key: "pieces")
        let tables = try NormalizerTables(reading: &reader)
        guard reader.isAtEnd else { throw .init() }
        return tables
    }

    /// `bytes` with its checksum made right again after a change.
    static func resealed(_ bytes: [UInt8]) -> [UInt8] {
        var body = Array(bytes.dropLast(8))
        var sum = SearchSnapshot.checksum(body[...])
        for _ in 0..<8 {
            body.append(UInt8(sum & 0xff))
            sum >>= 8
        }
        return body
    }

    @Test("the normaliser's tables come back as written, in both languages, and a loaded interpreter uses them", arguments: [Language.fi, .en])
    func tablesRoundTrip(language: Language) throws {
        let tables = Self.tables(language)
        #expect(!tables.synonyms.isEmpty && !tables.phrases.isEmpty && !tables.stopWords.isEmpty)
        #expect(!tables.negations.isEmpty && !tables.negated.isEmpty && !tables.respellings.isEmpty)
        #expect(!tables.spokenEndings.rules.isEmpty || !tables.stemEndings.rules.isEmpty || language == .en)
        let read = try Self.read(Self.written(tables))
        #expect(read == tables)
        // The comparison sees a change.
        var changed = tables
        changed.synonyms["kuulo-test"] = ["x"]
        #expect(changed != tables)

        let built = FreeTextInterpreter(data: Self.data, lemmatizers: [:], stemmers: [:], languages: [language])
        let bytes = try #require(built.snapshot(language: language, key: "pieces"))
        let loaded = try FreeTextInterpreter(snapshot: bytes, key: "pieces", data: Self.data, lemmatizers: [:], stemmers: [:],
                                             language: language)
        #expect(loaded.index.languageIndex(language)?.normalizer.tables == tables)
        #expect(built.index.languageIndex(language)?.normalizer.tables == tables)
    }

    @Test("a word sequence without a term for every word is refused")
    func unevenSequence() throws {
        var tables = Self.tables(.en)
        tables.negations = [TermNormalizer.WordSequence(words: ["not", "on"], terms: ["not"])]
        #expect(throws: SearchSnapshot.Damaged.self) { try Self.read(Self.written(tables)) }
        tables.negations = [TermNormalizer.WordSequence(words: ["not", "on"], terms: ["not", "on"])]
        #expect(try Self.read(Self.written(tables)) == tables)
    }

    @Test("a string that is not valid UTF-8 is refused even under a right checksum, also when repairing would keep its length")
    func invalidText() throws {
        var writer = SnapshotWriter()
        writer.string("hinta 5 €")
        writer.string("äiti")
        let bytes = writer.finished(key: "pieces")
        var reader = try SnapshotReader(Self.resealed(bytes), key: "pieces")
        #expect(try reader.string() == "hinta 5 €")
        #expect(try reader.string() == "äiti")
        #expect(reader.isAtEnd)
        let euro: [UInt8] = [0xE2, 0x82, 0xAC]
        let start = try #require(bytes.indices.first { Array(bytes[$0..<min($0 + 3, bytes.count)]) == euro })
        // A four-byte sequence cut to three bytes is repaired to one U+FFFD, three bytes long as well.
        for damage: [UInt8] in [[0xF0, 0x9F, 0x98], [0xE2, 0x28, 0xAC], [0xFF, 0xFF, 0xFF]] {
            var damaged = bytes
            damaged.replaceSubrange(start..<(start + 3), with: damage)
            #expect(throws: SearchSnapshot.Damaged.self) { try SnapshotReader(Self.resealed(damaged), key: "pieces") }
        }
    }
}
