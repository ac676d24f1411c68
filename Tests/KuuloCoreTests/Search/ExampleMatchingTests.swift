import Testing
import KuuloData
@testable import KuuloCore

/// Each example phrasing of an article (`asks`, `phrasings`) is matched on its own (`ExampleIndex`):
/// a question that says what one example says finds its article even when no section does, one word
/// shared with an example does not decide, and a snapshot keeps the examples. English without a
/// stemmer, so no Voikko is needed.
@Suite("Search: the nearest example phrasing")
struct ExampleMatchingTests {
    /// The signature article's phrasing, in words no article uses.
    static let phrasing = "our mascot costume vanished from the storage cupboard"

    /// The embedded data with `phrasing` added to the English signature article's (tip 8).
    static var data: DataFiles {
        let path = "Knowledge/en/tip-8.md"
        let text = EmbeddedFiles.all[path] ?? ""
        let edited = text.replacingOccurrences(of: "\nphrasings:\n", with: "\nphrasings:\n  - \"\(phrasing)\"\n")
        return DataFiles(embedded: EmbeddedFiles.all, overrides: [path: edited])
    }

    /// The index with the example-question field weighing nothing, so only the examples on their own
    /// can find an article through the phrasing's words.
    static func index(exampleWeight: Double) -> KnowledgeIndex {
        var settings = SearchSettings()
        settings.asksWeight = 0
        settings.exampleWeight = exampleWeight
        return KnowledgeIndex(data: data, lemmatizers: [:], stemmers: [:], settings: settings, languages: [.en])
    }

    @Test("the phrasing is read from the front matter")
    func parsed() throws {
        let article = try #require(KnowledgeBase(data: Self.data).articles["tip-8"]?[.en])
        #expect(article.phrasings.first == Self.phrasing)
        #expect(article.phrasings.count > 10)
        #expect(article.asks.count > 3)
    }

    @Test("a question that shares words only with one example phrasing finds that article")
    func nearestExample() {
        let question = "the mascot costume vanished from our storage cupboard, what now"
        let withExamples = Self.index(exampleWeight: SearchSettings().exampleWeight).search(question, language: .en)
        #expect(withExamples.isAnswered)
        #expect(withExamples.best?.id == "tip-8")
        #expect(withExamples.best?.excerpt.isEmpty == false)
        let without = Self.index(exampleWeight: 0).search(question, language: .en)
        #expect(without.answers.first?.id != "tip-8")
    }

    @Test("one word shared with an example does not outweigh a question the sections answer")
    func singleWordDoesNotDecide() throws {
        let index = Self.index(exampleWeight: SearchSettings().exampleWeight)
        let question = "how do we reply calmly to angry criticism about the mascot"
        let result = index.search(question, language: .en)
        #expect(result.best?.id == "tip-7")
        #expect(!result.choices.contains { $0.id == "tip-8" })
        // On its own the shared word scores little against the example; the phrasing itself matches it fully.
        let language = try #require(index.languageIndex(.en))
        var single = index.settings
        single.examplesAveraged = 1
        let shared = language.examples.bestMatches(language.queryWords(for: question, limit: 40), settings: single)["tip-8"]
        #expect((shared?.score ?? 0) > 0)
        #expect((shared?.score ?? 1) < 0.3)
        let same = language.examples.bestMatches(language.queryWords(for: Self.phrasing, limit: 40), settings: single)["tip-8"]
        #expect((same?.score ?? 0) > 0.99)
    }

    @Test("a snapshot keeps the examples and answers a phrasing's question as the built index")
    func snapshot() throws {
        let built = FreeTextInterpreter(data: Self.data, lemmatizers: [:], stemmers: [:], languages: [.en])
        let bytes = try #require(built.snapshot(language: .en, key: "examples"))
        let restored = try FreeTextInterpreter(snapshot: bytes, key: "examples", data: Self.data, lemmatizers: [:], stemmers: [:],
                                               language: .en)
        let examples = try #require(restored.index.languageIndex(.en)?.examples)
        #expect(examples == built.index.languageIndex(.en)?.examples)
        // Every article's asks and the added phrasing, each on its own.
        #expect(examples.examples.count > 19 * 5)
        #expect(examples.examples.filter { $0.articleID == "tip-8" }.count
            == (KnowledgeBase(data: Self.data).articles["tip-8"]?[.en]).map { $0.asks.count + $0.phrasings.count })
        for question in ["the mascot costume vanished", "how do we sign our replies", "what is a good hashtag"] {
            #expect(restored.interpret(question, language: .en) == built.interpret(question, language: .en), "\(question)")
        }
    }
}
