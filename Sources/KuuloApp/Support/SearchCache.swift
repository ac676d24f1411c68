import Foundation
import KuuloCore
import Linguistics

/// The Finnish base forms that building the search index needs, kept in a cache file named after a
/// hash of the data it indexes (`LemmaTable.key`), so that `kuulo ask` and the chat's first free text do
/// not run Voikko over every article and intent again: `$XDG_CACHE_HOME/kuulo/lemmas-<key>-<language>.tsv`, else
/// `~/.cache/kuulo/…`, one file per language searched. A missing, unreadable or unwritable cache only costs time.
struct SearchCache {
    /// The cache file for `data`.
    let path: String

    /// The cache file for searching `data` in `language` (Finnish for the chat, which indexes every
    /// language but needs base forms only for Finnish) in `environment`'s cache folder.
    init(data: DataFiles, environment: AppEnvironment, language: Language = .fi) {
        path = environment.cacheDirectory + "/lemmas-" + LemmaTable.key(for: data) + "-" + language.rawValue + ".tsv"
    }

    /// The kept base forms over Voikko, or `nil` when there is no cache yet.
    func table() -> LemmaTable? {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return nil }
        return LemmaTable(text: text, fallback: LazyVoikkoLemmatizer())
    }

    /// The interpreter of `resources` for `language`, built with the cached base forms; without a
    /// cache, built with Voikko while recording its answers, which are then saved for the next run
    /// (each language has its own cache file).
    func interpreter(resources: KuuloResources, language: Language) -> FreeTextInterpreter? {
        let stemmers = LazyStemmer.forEveryLanguage()
        if let table = table() {
            return resources.interpreter(lemmatizers: [.fi: table], stemmers: stemmers, languages: [language])
        }
        let recorder = LemmaRecorder(LazyVoikkoLemmatizer())
        let interpreter = resources.interpreter(lemmatizers: [.fi: recorder], stemmers: stemmers, languages: [language])
        save(recorder.table(fallback: nil))
        return interpreter
    }

    /// Writes `table` (best effort: a cache that cannot be written is simply not there next time).
    func save(_ table: LemmaTable) {
        let folder = PathName.folder(of: path)
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try? Data(table.text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
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
