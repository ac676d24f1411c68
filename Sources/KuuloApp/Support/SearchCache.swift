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
        let folder = (path as NSString).deletingLastPathComponent
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try? Data(table.text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
    }
}
