import Foundation

/// Base forms looked up once and kept, so that building the search index does not ask the
/// lemmatizer (Voikko: most of `kuulo ask`'s time) again for words it has answered before.
///
/// A table is read from and written to a cache file as text: one word a line, its base forms after
/// it, separated by tabs (an unknown word has none); a line whose word starts with `?` holds the
/// spelling suggestions for the rest of it. Words the table does not hold go to `fallback`.
public struct LemmaTable: Lemmatizer, SpellChecker {
    /// Base forms by word.
    public let entries: [String: [String]]
    /// The lemmatizer asked for words not in the table (and for suggestions).
    public let fallback: (any Lemmatizer)?

    /// A table over `entries`.
    public init(entries: [String: [String]], fallback: (any Lemmatizer)?) {
        self.entries = entries
        self.fallback = fallback
    }

    /// Reads the cache file format (see the type); malformed lines are skipped.
    public init(text: String, fallback: (any Lemmatizer)?) {
        var entries: [String: [String]] = [:]
        for line in text.split(separator: "\n", omittingEmptySubsequences: true) {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard let word = fields.first, !word.isEmpty else { continue }
            entries[word] = Array(fields.dropFirst())
        }
        self.init(entries: entries, fallback: fallback)
    }

    /// The table as the cache file's text, words sorted by their UTF-8 bytes (so `LemmaFile` can look
    /// them up by binary search).
    public var text: String {
        entries.keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }.map { ([$0] + (entries[$0] ?? [])).joined(separator: "\t") + "\n" }.joined()
    }

    /// The kept base forms, else the fallback's.
    public func baseForms(_ word: String) -> [String] {
        entries[word] ?? fallback?.baseForms(word) ?? []
    }

    /// Whether the fallback accepts the word (every word without a speller).
    public func isCorrect(_ word: String) -> Bool {
        (fallback as? any SpellChecker)?.isCorrect(word) ?? true
    }

    /// The kept suggestions, else the fallback's, if it is a speller.
    public func suggestions(for word: String) -> [String] {
        entries[Self.suggestionKey(word)] ?? (fallback as? any SpellChecker)?.suggestions(for: word) ?? []
    }

    /// The table key of the suggestions for `word`.
    static func suggestionKey(_ word: String) -> String { "?" + word }

    /// A key for the words of `data` that search reads (Knowledge, intents, synonyms, stop words),
    /// for naming the cache file: it changes whenever one of them does (64-bit FNV-1a, hex).
    public static func key(for data: DataFiles) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        func mix(_ text: String) {
            var text = text
            // Over the contiguous bytes with a local sum: `kuulo ask` names its cache files with this key
            // at every run, and iterating the string's UTF-8 view cost about 30 instructions a byte.
            text.makeContiguousUTF8()
            var sum = hash
            text.utf8.withContiguousStorageIfAvailable { bytes in
                for byte in bytes {
                    sum = (sum ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
                }
            }
            hash = sum
            hash ^= 0xff
            hash = hash &* 0x0000_0100_0000_01b3
        }
        mix("lemmas-1")
        let paths = data.paths(under: "Knowledge/") + [IntentCatalog.path, SearchVocabulary.synonymsPath, SearchVocabulary.stopWordsPath]
        for path in paths.sorted() {
            mix(path)
            mix(data.text(path) ?? "")
        }
        return String(hash, radix: 16)
    }
}

/// Passes base-form look-ups to a lemmatizer and keeps every answer, to be saved as a `LemmaTable`.
public final class LemmaRecorder: Lemmatizer, SpellChecker, @unchecked Sendable {
    private let lemmatizer: any Lemmatizer
    private let lock = NSLock()
    private var seen: [String: [String]] = [:]

    /// Records what `lemmatizer` answers.
    public init(_ lemmatizer: any Lemmatizer) {
        self.lemmatizer = lemmatizer
    }

    /// The lemmatizer's base forms, kept.
    public func baseForms(_ word: String) -> [String] {
        let forms = lemmatizer.baseForms(word)
        lock.lock()
        seen[word] = forms
        lock.unlock()
        return forms
    }

    /// Whether the lemmatizer, if it is a speller, accepts the word.
    public func isCorrect(_ word: String) -> Bool {
        (lemmatizer as? any SpellChecker)?.isCorrect(word) ?? true
    }

    /// The lemmatizer's suggestions, if it is a speller, kept.
    public func suggestions(for word: String) -> [String] {
        let suggestions = (lemmatizer as? any SpellChecker)?.suggestions(for: word) ?? []
        lock.lock()
        seen[LemmaTable.suggestionKey(word)] = suggestions
        lock.unlock()
        return suggestions
    }

    /// Everything looked up so far, as a table over `fallback`.
    public func table(fallback: (any Lemmatizer)?) -> LemmaTable {
        lock.lock()
        defer { lock.unlock() }
        return LemmaTable(entries: seen, fallback: fallback)
    }
}
