import Foundation
import KuuloCore
import Linguistics

/// The Finnish base forms that building the search index needs, kept in a cache file named after a
/// hash of the data it indexes (`LemmaTable.key`), so that `kuulo ask` and the chat's first free text do
/// not run Voikko over every article and intent again: `$XDG_CACHE_HOME/kuulo/lemmas-<key>-<language>.tsv`, else
/// `~/.cache/kuulo/…`, one file per language searched. A missing, unreadable or unwritable cache only costs time.
///
/// Beside it `kuulo ask` keeps the built interpreter itself (`SearchSnapshot`):
/// `index-<key>-<language>.bin`, whose own key adds Kuulo's version and the executable's size and time,
/// so that another build never reads a snapshot it did not write. A snapshot that does not load (another
/// key, cut short, damaged) is built again and replaced.
struct SearchCache {
    /// The cache file for `data`.
    let path: String
    /// The snapshot of the built interpreter.
    let snapshotPath: String
    /// What the snapshot must have been built from.
    let snapshotKey: String

    /// The cache file for searching `data` in `language` (Finnish for the chat, which indexes every
    /// language but needs base forms only for Finnish) in `environment`'s cache folder.
    init(data: DataFiles, environment: AppEnvironment, language: Language = .fi) {
        let key = LemmaTable.key(for: data)
        path = environment.cacheDirectory + "/lemmas-" + key + "-" + language.rawValue + ".tsv"
        snapshotPath = environment.cacheDirectory + "/index-" + key + "-" + language.rawValue + ".bin"
        snapshotKey = [key, language.rawValue, KuuloVersion.current, Self.executableStamp()].joined(separator: " ")
    }

    /// The kept base forms over Voikko, or `nil` when there is no cache yet.
    func table() -> LemmaTable? {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return nil }
        return LemmaTable(text: text, fallback: LazyVoikkoLemmatizer())
    }

    /// The kept base forms over Voikko, looked up in the file as it lies when it is sorted (as this
    /// version writes it), else read as a table; `nil` when there is no cache yet.
    func lemmatizer() -> (any Lemmatizer & SpellChecker)? {
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        let bytes = [UInt8](data)
        return LemmaFile(bytes: bytes, fallback: LazyVoikkoLemmatizer())
            ?? LemmaTable(text: String(decoding: bytes, as: UTF8.self), fallback: LazyVoikkoLemmatizer())
    }

    /// The interpreter of `resources` for `language`: the kept snapshot when there is one and it loads,
    /// else built with the cached base forms, or without a cache with Voikko while recording its answers;
    /// what was built is saved for the next run (each language has its own files).
    func interpreter(resources: KuuloResources, language: Language) -> FreeTextInterpreter? {
        let stemmers = LazyStemmer.forEveryLanguage()
        let kept = lemmatizer()
        if let kept, let snapshot = FileManager.default.contents(atPath: snapshotPath),
           let restored = try? FreeTextInterpreter(snapshot: [UInt8](snapshot), key: snapshotKey, data: resources.data,
                                                   lemmatizers: [.fi: kept], stemmers: stemmers, language: language) {
            return restored
        }
        let recorder = kept == nil ? LemmaRecorder(LazyVoikkoLemmatizer()) : nil
        let lemmatizer: any Lemmatizer = kept ?? recorder ?? LazyVoikkoLemmatizer()
        // Built here, not through the resources' one interpreter: `kuulo ask` may need a second language's.
        let interpreter = FreeTextInterpreter(data: resources.data, lemmatizers: [.fi: lemmatizer], stemmers: stemmers, languages: [language])
        if let recorder { write(Data(recorder.table(fallback: nil).text.utf8), to: path) }
        if let bytes = interpreter.snapshot(language: language, key: snapshotKey) { write(Data(bytes), to: snapshotPath) }
        return interpreter
    }

    /// Writes a cache file atomically (best effort: a cache that cannot be written is simply not there
    /// next time).
    private func write(_ data: Data, to file: String) {
        let folder = PathName.folder(of: file)
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try? data.write(to: URL(fileURLWithPath: file), options: .atomic)
    }

    /// The running executable's size and modification time: a rebuilt Kuulo (even of the same
    /// version, while it is being developed) does not trust a snapshot another build wrote.
    private static func executableStamp() -> String {
        guard let file = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"),
              let attributes = try? FileManager.default.attributesOfItem(atPath: file) else { return "" }
        let size = (attributes[.size] as? NSNumber)?.int64Value ?? 0
        let time = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
        return "\(size) \(time)"
    }
}

/// The chat's Finnish base forms: the kept ones of `SearchCache` over Voikko, else Voikko, decided on
/// first use. Naming the cache file hashes every Knowledge article and intent (`LemmaTable.key`), about
/// 8.7 M instructions, a quarter of a small plan's start to exit; a chat that never searches never pays it.
final class CachedLemmatizer: Lemmatizer, SpellChecker, @unchecked Sendable {
    private let data: DataFiles
    private let environment: AppEnvironment
    private let lock = NSLock()
    private var chosen: (any Lemmatizer & SpellChecker)?

    /// The lemmatizer for the chat over `data`; nothing is read yet.
    init(data: DataFiles, environment: AppEnvironment) {
        self.data = data
        self.environment = environment
    }

    private var lemmatizer: any Lemmatizer & SpellChecker {
        lock.withLock {
            if let chosen { return chosen }
            let made: any Lemmatizer & SpellChecker = SearchCache(data: data, environment: environment).table() ?? LazyVoikkoLemmatizer()
            chosen = made
            return made
        }
    }

    func baseForms(_ word: String) -> [String] { lemmatizer.baseForms(word) }
    func isCorrect(_ word: String) -> Bool { lemmatizer.isCorrect(word) }
    func suggestions(for word: String) -> [String] { lemmatizer.suggestions(for: word) }
}
