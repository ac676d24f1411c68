import Foundation

/// The free-text interpreter of one language kept as bytes (Knowledge's built sections, the intents'
/// analysed examples and cues), so that `kuulo ask` loads it instead of parsing every article and
/// analysing every word again: the sections, the postings as the index holds them, the example
/// phrasings, the intent catalogue without its examples, the intents' analysis (`IntentExamples`), the
/// normaliser's analysed vocabulary (`NormalizerTables`). Only the intents file of an organisation's
/// own folder is read again on load, so that its problems are reported as when it was first read.
///
/// A snapshot is only as good as its key: the caller names it after everything it was built from
/// (the data's hash, Kuulo's version, the executable), and a snapshot with another key, another
/// format version, cut short or damaged in any way is rejected with `Damaged`, never half read.
public enum SearchSnapshot {
    /// The first bytes of every snapshot.
    static let magic: [UInt8] = Array("KUULOIDX".utf8)
    /// The version of the layout; raise it whenever what is written changes.
    /// 3: the example phrasings each on their own (`ExampleIndex`); 4: the normaliser's tables, and the
    /// postings and example occurrences as `TermLists` (a table of terms, each list decoded when asked);
    /// 5: the intent catalogue, and the intents' examples as term numbers (`IntentExamples`); 6: the
    /// catalogue's request openings that count only as a text's first word (`firstWordOnly`); 7: the crisis
    /// model (`CrisisModel`).
    static let formatVersion = 7

    /// A 64-bit checksum of `bytes`: FNV-1a's multiply taken over 8-byte words (little-endian, the
    /// last few bytes one by one), each step's high bits folded back into the low ones so that a change
    /// in any bit reaches every later step. Eight times fewer steps than byte-wise FNV-1a.
    static func checksum(_ bytes: ArraySlice<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        let prime: UInt64 = 0x0000_0100_0000_01b3
        bytes.withUnsafeBytes { raw in
            var offset = 0
            while raw.count - offset >= 8 {
                let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
                hash = (hash ^ word) &* prime
                hash ^= hash >> 29
                offset += 8
            }
            while offset < raw.count {
                hash = (hash ^ UInt64(raw[offset])) &* prime
                hash ^= hash >> 29
                offset += 1
            }
        }
        return hash
    }

    /// The bytes are not a snapshot of this format and key.
    public struct Damaged: Error, Equatable {
        /// The error.
        public init() {}
    }
}

extension FreeTextInterpreter {
    /// The interpreter's state for `language` as a snapshot named `key`, or `nil` when it does not
    /// understand `language` or the snapshot would not read back whole (`readsBack`).
    public func snapshot(language: Language, key: String) -> [UInt8]? {
        guard let sections = index.languageIndex(language), let model = intents.model(language) else { return nil }
        var writer = SnapshotWriter()
        writer.string(language.rawValue)
        LanguageIndexBuilder.Built(sections).write(to: &writer)
        intents.catalog.write(to: &writer)
        model.analysis.write(to: &writer)
        sections.normalizer.tables.write(to: &writer)
        let bytes = writer.finished(key: key)
        return Self.readsBack(bytes, key: key, language: language) ? bytes : nil
    }

    /// Whether `bytes` read back as a snapshot for `language` named `key`, every list of terms included,
    /// which a loaded index decodes only when a question asks for its term: a list a writer's mistake
    /// spoilt is found before the snapshot is kept, not read as empty by a later run.
    static func readsBack(_ bytes: [UInt8], key: String, language: Language) -> Bool {
        do throws(SearchSnapshot.Damaged) {
            var reader = try SnapshotReader(bytes, key: key)
            guard try reader.string() == language.rawValue else { return false }
            let built = try LanguageIndexBuilder.Built(reading: &reader, language: language)
            let catalog = try IntentCatalog(reading: &reader)
            _ = try IntentLanguageModel.Analysis(reading: &reader, intentCount: catalog.intents.count)
            _ = try NormalizerTables(reading: &reader)
            return reader.isAtEnd && built.postings.decodesAll && built.examples.postings.decodesAll
        } catch {
            return false
        }
    }

    /// The interpreter for `language` from a snapshot named `key`, with the intents, stop words and
    /// synonyms of `data` and the default settings (as `init(data:lemmatizers:stemmers:languages:)`
    /// builds it); answers exactly as the interpreter the snapshot was taken of.
    /// - Throws: `SearchSnapshot.Damaged` when the bytes are not such a snapshot.
    public init(snapshot: [UInt8], key: String, data: DataFiles, lemmatizers: [Language: any Lemmatizer],
                stemmers: [Language: any Stemmer], language: Language) throws(SearchSnapshot.Damaged) {
        var reader = try SnapshotReader(snapshot, key: key)
        guard try reader.string() == language.rawValue else { throw .init() }
        let built = try LanguageIndexBuilder.Built(reading: &reader, language: language)
        let kept = try IntentCatalog(reading: &reader)
        let analysis = try IntentLanguageModel.Analysis(reading: &reader, intentCount: kept.intents.count)
        let tables = try NormalizerTables(reading: &reader)
        guard reader.isAtEnd else { throw .init() }
        // One normaliser for both, its vocabulary analysed when the snapshot was taken (the intents'
        // takes only its stop words).
        let normalizer = TermNormalizer(language: language, lemmatizer: lemmatizers[language], stemmer: stemmers[language],
                                        tables: tables)
        let vocabulary = SearchVocabulary(stopWords: [language: tables.stopWords])
        // The snapshot's key covers the intents file, so an organisation's own is the kept one; it is read
        // again only for its warnings.
        let catalog = data.overrides[IntentCatalog.path] == nil ? kept : IntentCatalog(data: data)
        guard catalog.intents.count == kept.intents.count else { throw .init() }
        self.init(index: KnowledgeIndex(built: built, normalizer: normalizer, settings: SearchSettings()),
                  intents: IntentMatcher(catalog: catalog, analysis: analysis, normalizer: normalizer, vocabulary: vocabulary,
                                         settings: IntentSettings()))
    }
}
