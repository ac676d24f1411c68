import Testing
import KuuloData
@testable import KuuloCore

/// The pieces of a search snapshot on their own: the normaliser's analysed vocabulary
/// (`NormalizerTables`) and lists by term (`TermLists`, the postings decoded when asked) come back as
/// written, and the reader refuses what the checksum cannot see — a word sequence without a term for
/// each word, a string of the table that is not valid UTF-8, a table of terms out of order or pointing
/// outside its lists — when the checksum itself is right.
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

    /// Lists of numbers read back from what `write` wrote.
    static func keptLists(_ write: (inout SnapshotWriter) -> Void) throws(SearchSnapshot.Damaged) -> TermLists<Int> {
        var writer = SnapshotWriter()
        write(&writer)
        var reader = try SnapshotReader(writer.finished(key: "pieces"), key: "pieces")
        let lists = try TermLists<Int>(reading: &reader) { (reader: inout SnapshotReader, count: Int) throws(SearchSnapshot.Damaged) -> [Int] in
            var list: [Int] = []
            for _ in 0..<count { list.append(try reader.count()) }
            guard reader.isAtEnd else { throw .init() }
            return list
        }
        guard reader.isAtEnd else { throw .init() }
        return lists
    }

    @Test("lists by term kept in a snapshot are found and decoded as the held ones")
    func termListsRoundTrip() throws {
        let held = TermLists<Int>(["äiti": [1, 2], "a": [300], "zeta": [5], "öisin": [7, 8, 9], "kuva": [0], "kuvat": [70_000]])
        let kept = try Self.keptLists { writer in held.write(to: &writer) { item, body in body.count(item) } }
        #expect(kept == held)
        #expect(kept.termCount == 6 && Set(kept.terms) == Set(held.terms))
        for term in held.terms {
            #expect(kept[term] == held[term], "\(term)")
            #expect(kept.count(of: term) == held.count(of: term) && kept.contains(term), "\(term)")
        }
        for missing in ["", "b", "kuv", "kuvatt", "ö", "zz"] {
            #expect(kept[missing] == nil && !kept.contains(missing) && kept.count(of: missing) == 0, "\(missing)")
        }
        #expect(kept.sorted.map(\.term) == ["a", "kuva", "kuvat", "zeta", "äiti", "öisin"])
    }

    @Test("a damaged table of terms is noticed when the snapshot is read; a list that does not decode reads as empty and is found by `decodesAll`")
    func damagedTermTable() throws {
        func entry(_ writer: inout SnapshotWriter, _ term: String, count: Int, length: Int) {
            writer.string(term)
            writer.count(count)
            writer.count(length)
        }
        // Out of order, twice the same term, a list longer than the lists, more items than bytes,
        // lengths that do not add up to the lists' length.
        let damaged: [(inout SnapshotWriter) -> Void] = [
            { writer in writer.count(2); entry(&writer, "b", count: 1, length: 1); entry(&writer, "a", count: 1, length: 1); writer.count(2); writer.raw([1, 2]) },
            { writer in writer.count(2); entry(&writer, "a", count: 1, length: 1); entry(&writer, "a", count: 1, length: 1); writer.count(2); writer.raw([1, 2]) },
            { writer in writer.count(1); entry(&writer, "a", count: 1, length: 5); writer.count(5); writer.raw([1, 2]) },
            { writer in writer.count(1); entry(&writer, "a", count: 2, length: 1); writer.count(1); writer.raw([1]) },
            { writer in writer.count(1); entry(&writer, "a", count: 1, length: 1); writer.count(2); writer.raw([1, 2]) },
            { writer in writer.count(1); entry(&writer, "a", count: 0, length: 0); writer.count(0) },
        ]
        for write in damaged {
            #expect(throws: SearchSnapshot.Damaged.self) { try Self.keptLists(write) }
        }
        let intact = try Self.keptLists { writer in
            writer.count(2); entry(&writer, "a", count: 1, length: 1); entry(&writer, "b", count: 1, length: 1); writer.count(2); writer.raw([1, 2])
        }
        #expect(intact["a"] == [1] && intact["b"] == [2])
        // A list whose byte is cut off inside a number: empty, not a trap.
        let cut = try Self.keptLists { writer in
            writer.count(2); entry(&writer, "a", count: 1, length: 1); entry(&writer, "b", count: 1, length: 1); writer.count(2); writer.raw([0x80, 2])
        }
        #expect(cut["a"] == [] && cut["b"] == [2] && cut.contains("a"))
        // Such a list is found before a snapshot is kept.
        #expect(!cut.decodesAll && intact.decodesAll && TermLists<Int>(["a": [1]]).decodesAll)
    }
}
