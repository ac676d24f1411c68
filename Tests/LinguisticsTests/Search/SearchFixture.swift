import Foundation
import KuuloCore
import KuuloData
import Linguistics

/// The real embedded data, real Voikko, and the index and intent matcher built from them once for
/// all search tests.
enum SearchFixture {
    /// A fresh view of the embedded Prompts and Knowledge files (`DataFiles` caches, so it is not shared).
    ///
    /// While tuning, `KUULO_SEARCH_DATA_DIR=/path/to/checkout` reads `Knowledge/` and the search word
    /// lists from that folder instead, so edits to them are measured without rebuilding the test binary.
    static func data() -> DataFiles { DataFiles(embedded: EmbeddedFiles.all, overrides: liveOverrides) }

    /// The tuning override files (empty unless `KUULO_SEARCH_DATA_DIR` is set).
    private static let liveOverrides: [String: String] = {
        guard let root = ProcessInfo.processInfo.environment["KUULO_SEARCH_DATA_DIR"], !root.isEmpty else { return [:] }
        var files: [String: String] = [:]
        for path in EmbeddedFiles.all.keys where path.hasPrefix("Knowledge/") || path == SearchVocabulary.synonymsPath
            || path == SearchVocabulary.stopWordsPath || path == IntentCatalog.path {
            if let text = try? String(contentsOfFile: root + "/" + path, encoding: .utf8) { files[path] = text }
        }
        return files
    }()

    /// Finnish Voikko, or `nil` when the dictionary is not installed.
    static let voikko: Voikko? = try? Voikko(language: "fi")

    /// The lemmatizers the chat would use.
    static var lemmatizers: [Language: any Lemmatizer] {
        var result: [Language: any Lemmatizer] = [:]
        if let voikko { result[.fi] = voikko }
        return result
    }

    /// The Snowball stemmers the chat would use (libstemmer); a language whose stemmer cannot be made
    /// is left out, and the accuracy tests then show it.
    static let stemmers: [Language: any Stemmer] = {
        var result: [Language: any Stemmer] = [:]
        for language in Language.allCases {
            if let stemmer = try? SnowballStemmer(language: language) { result[language] = stemmer }
        }
        return result
    }()

    /// The Knowledge articles.
    static let knowledge = KnowledgeBase(data: data())

    /// The stop words and synonyms.
    static let vocabulary = SearchVocabulary(data: data())

    /// The intent matcher over the real intents, its crisis model learnt as the product's is.
    static let intents: IntentMatcher = {
        let catalog = IntentCatalog(data: data())
        return IntentMatcher(catalog: catalog, lemmatizers: lemmatizers, stemmers: stemmers, vocabulary: vocabulary,
                             crisisTraining: CrisisTraining(data: data(), catalog: catalog))
    }()

    /// Intents first, then Knowledge.
    static let interpreter = FreeTextInterpreter(index: index, intents: intents)

    /// The index over the real Knowledge.
    static let index = KnowledgeIndex(knowledge: knowledge, lemmatizers: lemmatizers, stemmers: stemmers,
                                      vocabulary: vocabulary, settings: settings)

    /// The default settings, or while tuning those of `KUULO_SEARCH_SETTINGS` (`asksWeight=2,k1=1.2`).
    static let settings: SearchSettings = {
        var settings = SearchSettings()
        let text = ProcessInfo.processInfo.environment["KUULO_SEARCH_SETTINGS"] ?? ""
        for pair in text.split(separator: ",") {
            let parts = pair.split(separator: "=").map { $0.trimmingCharacters(in: .whitespaces) }
            guard parts.count == 2, let value = Double(parts[1]) else { continue }
            if parts[0] == "splitsIndexedCompounds" {
                settings.splitsIndexedCompounds = value != 0
            } else if let knob = SearchSettings.tunables[parts[0]] {
                settings[keyPath: knob] = value
            }
        }
        return settings
    }()
}
