import Testing
import KuuloCore
import KuuloData
import Linguistics

/// `kuulo ask` loads its interpreter from a snapshot (`SearchSnapshot`) after the first run: with real
/// Voikko and Snowball, the loaded interpreter must read every question of the tuning and development
/// sets exactly as the interpreter it was taken of (same reading, scores, excerpts, choices).
@Suite("Search: a loaded snapshot answers as the built index")
struct SearchSnapshotRoundTripTests {
    @Test("the tuning and development questions get the same interpretation from a loaded snapshot", arguments: [Language.fi, .en])
    func sameAnswers(language: Language) throws {
        let data = SearchFixture.data()
        let built = FreeTextInterpreter(data: data, lemmatizers: SearchFixture.lemmatizers, stemmers: SearchFixture.stemmers,
                                        languages: [language])
        let bytes = try #require(built.snapshot(language: language, key: "round-trip"))
        let loaded = try FreeTextInterpreter(snapshot: bytes, key: "round-trip", data: data, lemmatizers: SearchFixture.lemmatizers,
                                             stemmers: SearchFixture.stemmers, language: language)
        let questions = SearchQuestionSet.questions(language) + SearchUnseenQuestions.questions(language)
            + SearchUnseenQuestions2.questions(language)
        #expect(questions.count > 50)
        for question in questions {
            #expect(loaded.interpret(question.text, language: language) == built.interpret(question.text, language: language),
                    "\(question)")
        }
    }
}
