import Foundation

/// The free-text interpreter of one language kept as bytes (Knowledge's built sections, the intents'
/// analysed examples and cues), so that `kuulo ask` loads it instead of parsing every article and
/// analysing every word again: the sections, the postings as the index holds them, the example
/// phrasings, the intents' analysis, the normaliser's analysed vocabulary (`NormalizerTables`).
/// What is not kept is made from the data on load: the intent catalogue.
///
/// A snapshot is only as good as its key: the caller names it after everything it was built from
/// (the data's hash, Kuulo's version, the executable), and a snapshot with another key, another
/// format version, cut short or damaged in any way is rejected with `Damaged`, never half read.
public enum SearchSnapshot {
    /// The first bytes of every snapshot.
    static let magic: [UInt8] = Array("KUULOIDX".utf8)
    /// The version of the layout; raise it whenever what is written changes.
    /// 3: the example phrasings each on their own (`ExampleIndex`); 4: the normaliser's tables, and the
    /// postings and example occurrences as `TermLists` (a table of terms, each list decoded when asked).
    static let formatVersion = 4

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
    /// understand `language`.
    public func snapshot(language: Language, key: String) -> [UInt8]? {
        guard let sections = index.languageIndex(language), let model = intents.model(language) else { return nil }
        var writer = SnapshotWriter()
        writer.string(language.rawValue)
        LanguageIndexBuilder.Built(sections).write(to: &writer)
        model.analysis.write(to: &writer)
        sections.normalizer.tables.write(to: &writer)
        return writer.finished(key: key)
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
        let catalog = IntentCatalog(data: data)
        let analysis = try IntentLanguageModel.Analysis(reading: &reader, intentCount: catalog.intents.count)
        let tables = try NormalizerTables(reading: &reader)
        guard reader.isAtEnd else { throw .init() }
        // One normaliser for both, its vocabulary analysed when the snapshot was taken (the intents'
        // takes only its stop words).
        let normalizer = TermNormalizer(language: language, lemmatizer: lemmatizers[language], stemmer: stemmers[language],
                                        tables: tables)
        let vocabulary = SearchVocabulary(stopWords: [language: tables.stopWords])
        self.init(index: KnowledgeIndex(built: built, normalizer: normalizer, settings: SearchSettings()),
                  intents: IntentMatcher(catalog: catalog, analysis: analysis, normalizer: normalizer, vocabulary: vocabulary,
                                         settings: IntentSettings()))
    }
}
