import Foundation
import Testing
@testable import KuuloCore

/// The crisis model in the matcher (`IntentMatcher`, `CrisisModel`): a crisis told in words no cue lists gets
/// the guidance, and a clear command or small talk is not taken over by words crises happen to use. The texts
/// are written for this test (not lines the model learnt from); they check the mechanism, not how well fresh
/// text is caught — that is measured on fresh crisis sets (`Evaluation/README.md`).
@Suite("Search: the crisis model in the matcher")
struct SearchCrisisModelTests {
    /// Whether a cue of a crisis intent marks `text` (then the model is not needed).
    static func cued(_ text: String, _ language: Language) throws -> Bool {
        let intents = SearchFixture.intents
        let model = try #require(intents.model(language))
        let input = model.input(text)
        return intents.catalog.intents.indices.contains { intents.catalog.intents[$0].kind == .crisis && model.hasCue(input, intent: $0) }
    }

    @Test("crises no cue lists get the guidance by the model", arguments: [
        ("meidän tilin nimissä on lähtenyt huijausviestejä ja kukaan meistä ei niitä lähettänyt", Language.fi),
        ("people are turning photos of one of our members into mocking memes and passing them around every group chat", Language.en),
    ])
    func caught(text: String, language: Language) throws {
        #expect(try !Self.cued(text, language), "a cue marks it; pick a text only the model catches")
        guard case .confident(let match) = SearchFixture.intents.match(text, language: language) else {
            Issue.record("not confident: \(SearchFixture.intents.match(text, language: language))")
            return
        }
        #expect(match.kind == .crisis)
        let model = try #require(SearchFixture.intents.model(language))
        let assessed = try #require(model.crisis(model.input(text)))
        #expect(assessed.logOdds >= IntentSettings().crisisLogOdds)
    }

    @Test("a crisis asked as a question gets its answer too; a told incident gets the crisis articles")
    func questionsAnswered() throws {
        let question = "can we post someones phone number if they said its ok in a whatsapp chat"
        #expect(try !Self.cued(question, .en))
        guard case .confident(let asked) = SearchFixture.intents.match(question, language: .en) else {
            Issue.record("not taken for a crisis")
            return
        }
        #expect(asked.kind == .crisis && asked.answersToo)
        let told = "people are turning photos of one of our members into mocking memes and passing them around every group chat"
        guard case .confident(let incident) = SearchFixture.intents.match(told, language: .en) else {
            Issue.record("not taken for a crisis")
            return
        }
        #expect(incident.kind == .crisis && !incident.answersToo)
        // A cue's crisis asked as a question too.
        guard case .confident(let cuedQuestion) = SearchFixture.intents.match("saako hallituksen jäsenten puhelinnumerot laittaa nettisivuille?",
                                                                               language: .fi) else {
            Issue.record("not taken for a crisis")
            return
        }
        #expect(cuedQuestion.kind == .crisis && cuedQuestion.answersToo)
    }

    @Test("a request that commands fit is asked back, not taken for a crisis")
    func requestAskedBack() {
        let result = SearchFixture.intents.match("tehään se kuvauslupajuttu vappubileisiin", language: .fi)
        #expect(!result.matches.isEmpty && !result.matches.contains { $0.kind == .crisis }, "\(result)")
    }

    @Test("a clear command or small talk stays what it is", arguments: [
        ("haluisin tehä postauksen vappubileistä", Language.fi, "draft"),
        ("make an insta story about tomorrow", Language.en, "draft"),
    ])
    func notTakenOver(text: String, language: Language, intent: String) {
        guard case .confident(let match) = SearchFixture.intents.match(text, language: language) else {
            Issue.record("not confident: \(SearchFixture.intents.match(text, language: language))")
            return
        }
        #expect(match.intent == intent)
    }
}
