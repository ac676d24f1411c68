import Foundation
import KuuloCore
import Testing

/// The mechanisms of issue 13 on real data and real Voikko: crisis first, small talk, request cues,
/// respelt spoken words, unknown words that do not veto, and passages that are never shown as advice.
/// Quality on fresh text is measured by `kuulo-eval` on the Evaluation/ sets, not asserted here.
@Suite("Search: understanding free text")
struct SearchUnderstandingTests {
    static func kind(_ text: String, _ language: Language) -> String {
        switch SearchFixture.interpreter.interpret(text, language: language) {
        case .crisis: "crisis"
        case .smalltalk: "smalltalk"
        case .command(let match): match.commandID
        case .clarify: "clarify"
        case .answer: "answer"
        case .noAnswer: "none"
        }
    }

    @Test("a crisis cue decides before anything else, even beside a request for a command")
    func crisisFirst() {
        #expect(Self.kind("joku uhkailee mua yksityisviestillä", .fi) == "crisis")
        #expect(Self.kind("someone is threatening our chair, help me reply", .en) == "crisis")
        #expect(Self.kind("threatening", .en) == "crisis")
        #expect(Self.kind("joku häiriköi meitä, auta vastaamaan", .fi) == "crisis")
    }

    @Test("a crisis keeps Knowledge's answer to the text for the chat")
    func crisisCarriesAnswer() {
        guard case .crisis(let match, let result) = SearchFixture.interpreter.interpret("who decides what we say when someone threatens us",
                                                                                     language: .en) else {
            Issue.record("not a crisis")
            return
        }
        #expect(match.kind == .crisis)
        #expect(result.isAnswered)
    }

    @Test("greetings and thanks are small talk, and small talk is never offered as an option")
    func smallTalk() {
        for (text, language) in [("moi", Language.fi), ("kiitos", .fi), ("hello", .en), ("thanks", .en)] {
            #expect(Self.kind(text, language) == "smalltalk", "\(text)")
        }
        for text in ["thanks, what about hashtags", "hei miten tää toimii", "moi, näytä suunnitelma"] {
            let matches = SearchFixture.intents.match(text, language: text.contains("what") ? .en : .fi).matches
            if matches.count > 1 { #expect(matches.allSatisfy { $0.kind == .command }, "\(text)") }
        }
    }

    @Test("a request word lifts the question-word penalty: asking for help with a reply starts the reply")
    func requestCue() {
        let withCue = SearchFixture.intents.match("joku kommentoi, auta vastaamaan", language: .fi).matches.first
        let withoutCue = SearchFixture.intents.match("joku kommentoi, vastaamaan", language: .fi).matches.first
        #expect(withCue?.commandID == "reply")
        #expect((withCue?.score ?? 0) > (withoutCue?.score ?? 0))
    }

    @Test("a request asked as a question starts its command; asking what something is stays with Knowledge")
    func requestsAsQuestions() {
        #expect(Self.kind("voisitko näyttää suunnitelman?", .fi) == "plan")
        #expect(Self.kind("could you show me the plan?", .en) == "plan")
        #expect(Self.kind("Kirjoitetaan julkaisu ensi viikon sitseistä", .fi) == "draft")
        #expect(Self.kind("what is an account takeover", .en) == "answer")
        #expect(Self.kind("can we delete negative comments", .en) == "answer")
    }

    @Test("spoken and slang words are respelt before analysis, phrases as a whole")
    func respelling() {
        let english = TermNormalizer(language: .en, lemmatizer: nil, stemmer: nil, vocabulary: SearchFixture.vocabulary)
        #expect(english.words(in: "theres ppl") == ["there", "is", "people"])
        let finnish = TermNormalizer(language: .fi, lemmatizer: nil, stemmer: nil, vocabulary: SearchFixture.vocabulary)
        #expect(finnish.words(in: "mä haluun tehä") == ["minä", "haluan", "tehdä"])
        #expect(finnish.words(in: "ei missään nimessä") == ["ei", "koskaan"])
    }

    @Test("an unknown word lowers confidence but never vetoes the answer the rest of the question has")
    func unknownWordsDoNotVeto() {
        for (plain, noisy, language) in [("hashtags", "hashtags xyzzy", Language.en),
                                         ("there is a guy trolling us in the comments", "theres a guy trolling us in the comments qwrtz", .en),
                                         ("miten vastaan kritiikkiin", "miten vastaan kritiikkiin blörp", .fi)] {
            let clean = SearchFixture.index.search(plain, language: language)
            let withNoise = SearchFixture.index.search(noisy, language: language)
            #expect(withNoise.isAnswered, "\(noisy)")
            #expect(withNoise.answers.first?.id == clean.answers.first?.id, "\(noisy)")
            #expect(withNoise.coverage < clean.coverage || clean.coverage == 0, "\(noisy)")
        }
    }

    @Test("no answer shows a passage of a mistakes or worksheet section", arguments: [Language.fi, Language.en])
    func pitfallsNeverShown(language: Language) {
        let hidden = SearchFixture.knowledge.articles.values.compactMap { $0[language] }
            .flatMap(\.sections).filter { $0.kind != .advice }
        #expect(hidden.count >= 30, "the articles mark their mistakes and worksheet sections")
        let hiddenLines = hidden.flatMap { $0.body.split(separator: "\n") }
            .map { $0.trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: "-* ")) }
            .filter { $0.count > 20 }
        for question in SearchQuestionSet.questions(language) {
            for answer in SearchFixture.index.search(question.text, language: language).answers {
                let start = String(answer.excerpt.prefix(40))
                #expect(!hiddenLines.contains { $0.hasPrefix(start) }, "\(question): \(answer.excerpt)")
            }
        }
    }

    @Test("a cut answer offers the rest of its section")
    func moreOfAnAnswer() {
        let answers = SearchQuestionSet.questions(.en).compactMap { SearchFixture.index.search($0.text, language: .en).best }
        let cut = answers.filter { $0.excerpt.hasSuffix("…") }
        #expect(!cut.isEmpty)
        for answer in cut {
            #expect(!answer.more.isEmpty, "\(answer.id)")
            #expect(answer.more.contains(answer.excerpt.dropLast().trimmingCharacters(in: .whitespaces)))
        }
    }
}
