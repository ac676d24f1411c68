import KuuloCore
import KuuloData
import Linguistics

/// The real embedded data, real Voikko, and the index and intent matcher built from them once for
/// all search tests.
enum SearchFixture {
    /// A fresh view of the embedded Prompts and Knowledge files (`DataFiles` caches, so it is not shared).
    static func data() -> DataFiles { DataFiles(embedded: EmbeddedFiles.all) }

    /// Finnish Voikko, or `nil` when the dictionary is not installed.
    static let voikko: Voikko? = try? Voikko(language: "fi")

    /// The lemmatizers the chat would use.
    static var lemmatizers: [Language: any Lemmatizer] {
        var result: [Language: any Lemmatizer] = [.en: EnglishStemmer()]
        if let voikko { result[.fi] = voikko }
        return result
    }

    /// The Knowledge articles.
    static let knowledge = KnowledgeBase(data: data())

    /// The stop words and synonyms.
    static let vocabulary = SearchVocabulary(data: data())

    /// The intent matcher over the real intents.
    static let intents = IntentMatcher(catalog: IntentCatalog(data: data()), lemmatizers: lemmatizers, vocabulary: vocabulary)

    /// Intents first, then Knowledge.
    static let interpreter = FreeTextInterpreter(index: index, intents: intents)

    /// The index over the real Knowledge.
    static let index = KnowledgeIndex(knowledge: knowledge, lemmatizers: lemmatizers,
                                      vocabulary: vocabulary)
}
