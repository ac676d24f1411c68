import Foundation
import KuuloCore
import Testing

/// Empty, nonsense, hostile and very long input: never a crash, always a reason.
@Suite("Search: robustness")
struct SearchRobustnessTests {
    static let nonsense: [(Language, String)] = [
        (.fi, "asdf qwerty zxcv"),
        (.en, "asdf qwerty zxcv"),
        (.fi, "xyzzy plugh blörf"),
        (.en, "glorp snarfle wibble"),
        (.fi, "🎉🎉🎉 😀"),
        (.en, "!!! ??? ..."),
        (.fi, "1234 5678"),
        (.en, "\u{0000}\u{0007}\u{001B}[31m"),
        (.fi, "ja tai mutta kun jos"),
        (.en, "the of and a to"),
        (.en, "лорем ипсум δολορ"),
    ]

    @Test("empty and blank input", arguments: ["", "   ", "\n\t", "?", "…"])
    func empty(text: String) {
        for language in Language.allCases {
            #expect(SearchFixture.index.search(text, language: language).status == .empty)
            #expect(SearchFixture.intents.match(text, language: language) == .none)
            guard case .noAnswer(let result) = SearchFixture.interpreter.interpret(text, language: language) else {
                Issue.record("\"\(text)\" was interpreted")
                continue
            }
            #expect(result.status == .empty)
        }
    }

    @Test("nonsense gets no answer and no command")
    func nonsense() {
        for (language, text) in Self.nonsense {
            let result = SearchFixture.index.search(text, language: language)
            #expect(!result.isAnswered, "\(language.rawValue) \"\(text)\": \(result.status) \(result.answers.map(\.id))")
            #expect(result.jsonValue == .object(["answers": .array([])]))
            let interpretation = SearchFixture.interpreter.interpret(text, language: language)
            if case .noAnswer = interpretation {} else { Issue.record("\"\(text)\": \(interpretation)") }
        }
    }

    @Test("100 KB of text is refused quickly as too long", arguments: ["kriisi ", "asdf ", "ä", "🙂"])
    func veryLong(unit: String) {
        let text = String(repeating: unit, count: 100_000 / unit.utf8.count)
        _ = SearchFixture.interpreter  // built before the clock starts
        let clock = ContinuousClock()
        let start = clock.now
        for language in Language.allCases {
            #expect(SearchFixture.index.search(text, language: language).status == .tooLong)
            #expect(SearchFixture.intents.match(text, language: language) == .none)
            guard case .noAnswer(let result) = SearchFixture.interpreter.interpret(text, language: language) else {
                Issue.record("long text was interpreted")
                continue
            }
            #expect(result.status == .tooLong)
        }
        #expect(clock.now - start < .seconds(1))
    }

    @Test("a long question under the limit is searched; a repeated word counts once")
    func longQuestion() {
        let question = "miten vastaan kun joku haukkuu meitä " + String(repeating: "blaa ", count: 300)
        let result = SearchFixture.index.search(question, language: .fi)
        #expect(result.best?.id == "tip-7")
        let unknown = (1...60).map { "sana\($0)xq" }.joined(separator: " ")
        #expect(!SearchFixture.index.search("kriisi " + unknown, language: .fi).isAnswered, "unknown words outweigh one known word")
    }

    @Test("the limit can be set, and a limit of zero answers nothing")
    func limits() {
        let result = SearchFixture.index.search("kriisi", language: .fi, limit: 0)
        #expect(!result.isAnswered)
        let five = SearchFixture.index.search("kriisi", language: .fi)
        #expect(five.answers.count <= 5)
        #expect(five.answers.map(\.score) == five.answers.map(\.score).sorted(by: >))
    }

    @Test("answers in JSON have id, title, score and excerpt, best first, at most five")
    func json() throws {
        let result = SearchFixture.index.search("how often should we post", language: .en)
        let answers = try #require(result.jsonValue["answers"]?.arrayValue)
        #expect(!answers.isEmpty && answers.count <= 5)
        for answer in answers {
            #expect(answer["id"]?.stringValue != nil)
            #expect(answer["title"]?.stringValue?.isEmpty == false)
            #expect(answer["excerpt"]?.stringValue?.isEmpty == false)
            if case .double = answer["score"] {} else { Issue.record("score is not a number: \(answer)") }
        }
        #expect(answers.first?["id"] == "posting-rhythm")
    }

    @Test("an excerpt is a passage of the article, at most about 320 characters")
    func excerpt() throws {
        let result = SearchFixture.index.search("millainen on hyvä ensitiedote", language: .fi)
        let best = try #require(result.best)
        #expect(best.id == "crisis-plan")
        #expect(best.excerpt.count <= 330)
        #expect(!best.excerpt.hasPrefix("- "))
        print("[excerpt] \(best.id) [\(best.heading)] \(best.excerpt)")
    }

    @Test("without Voikko the Finnish index still works, on cut endings alone")
    func withoutVoikko() {
        let index = KnowledgeIndex(knowledge: SearchFixture.knowledge, lemmatizers: [:], stemmers: [:], vocabulary: SearchFixture.vocabulary)
        let result = index.search("kriisiviestintä", language: .fi)
        #expect(result.answers.first.map { ["crisis-plan", "tip-7"].contains($0.id) } == true)
        #expect(index.search("", language: .fi).status == .empty)
    }
}
