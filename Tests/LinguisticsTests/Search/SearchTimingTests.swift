import Foundation
import KuuloCore
import KuuloData
import Testing

/// Measures (does not assert) how long building and querying take, and prints it for `bench/`.
/// Figures from a debug test build are several times slower than a release build.
@Suite("Search: timing")
struct SearchTimingTests {
    @Test("index build time and mean query time")
    func timings() {
        let clock = ContinuousClock()
        func milliseconds(_ duration: Duration) -> Double {
            Double(duration.components.seconds) * 1000 + Double(duration.components.attoseconds) / 1e15
        }
        let lemmatizers = SearchFixture.lemmatizers

        var start = clock.now
        let data = DataFiles(embedded: EmbeddedFiles.all)
        let knowledge = KnowledgeBase(data: data)
        let vocabulary = SearchVocabulary(data: data)
        let parse = clock.now - start

        start = clock.now
        let index = KnowledgeIndex(knowledge: knowledge, lemmatizers: lemmatizers, stemmers: SearchFixture.stemmers, vocabulary: vocabulary)
        let build = clock.now - start

        start = clock.now
        let matcher = IntentMatcher(catalog: IntentCatalog(data: data), lemmatizers: lemmatizers, stemmers: SearchFixture.stemmers, vocabulary: vocabulary)
        let intentBuild = clock.now - start
        let interpreter = FreeTextInterpreter(index: index, intents: matcher)

        var searchTimes: [Double] = []
        var interpretTimes: [Double] = []
        for _ in 0..<3 {
            for language in Language.allCases {
                for question in SearchQuestionSet.questions(language) {
                    start = clock.now
                    _ = index.search(question.text, language: language)
                    searchTimes.append(milliseconds(clock.now - start))
                    start = clock.now
                    _ = interpreter.interpret(question.text, language: language)
                    interpretTimes.append(milliseconds(clock.now - start))
                }
            }
        }
        let sections = Language.allCases.map { "\($0.rawValue) \(index.sectionCount($0))" }.joined(separator: ", ")
        print(String(format: "[search timing] parse Knowledge + word lists: %.1f ms", milliseconds(parse)))
        print(String(format: "[search timing] build index (%@ sections): %.1f ms", sections, milliseconds(build)))
        print(String(format: "[search timing] build intent matcher: %.1f ms", milliseconds(intentBuild)))
        print(String(format: "[search timing] search: mean %.3f ms, max %.3f ms over %d queries",
                     searchTimes.reduce(0, +) / Double(searchTimes.count), searchTimes.max() ?? 0, searchTimes.count))
        print(String(format: "[search timing] interpret (intents, then search): mean %.3f ms, max %.3f ms",
                     interpretTimes.reduce(0, +) / Double(interpretTimes.count), interpretTimes.max() ?? 0))
        #expect(index.sectionCount(.fi) > 0 && index.sectionCount(.en) > 0)
    }
}
