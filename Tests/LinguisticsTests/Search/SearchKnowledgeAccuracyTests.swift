import KuuloCore
import Testing

/// Measures how often the index puts the expected article first and in the top three, per language and
/// per question set, and prints the figures. Only the second unseen set is asserted: it was written by an
/// author who saw neither the articles' metadata nor the index, and no change was ever made because of
/// it. The tuned sets are printed, never asserted (a floor on questions one tuned on proves nothing).
@Suite("Search: knowledge accuracy")
struct SearchKnowledgeAccuracyTests {
    struct Accuracy {
        var count = 0
        var top1 = 0
        var top3 = 0
        /// Questions the result calls too close (`isCloseCall`), and those whose choices hold the
        /// expected article.
        var closeCalls = 0
        var closeCallsHoldingIt = 0
        /// Top-1 right, or a close call whose choices hold the expected article (the chat asks back).
        var rightOrAsked = 0
        var misses: [String] = []

        var top1Rate: Double { count == 0 ? 0 : Double(top1) / Double(count) }
        var top3Rate: Double { count == 0 ? 0 : Double(top3) / Double(count) }

        static func measure(_ questions: [LabelledQuestion], language: Language) -> Accuracy {
            var accuracy = Accuracy()
            for question in questions {
                let result = SearchFixture.index.search(question.text, language: language)
                let ids = result.answers.map(\.id)
                accuracy.count += 1
                if ids.first == question.expected && result.isAnswered { accuracy.top1 += 1 }
                if ids.prefix(3).contains(question.expected) && result.isAnswered { accuracy.top3 += 1 }
                let asked = result.isCloseCall && result.choices.contains { $0.id == question.expected }
                if result.isCloseCall { accuracy.closeCalls += 1 }
                if asked { accuracy.closeCallsHoldingIt += 1 }
                if (ids.first == question.expected && result.isAnswered) || asked { accuracy.rightOrAsked += 1 }
                if ids.first != question.expected || !result.isAnswered {
                    let shown = result.answers.prefix(3).map { "\($0.id) \(String(format: "%.2f", $0.score))" }
                    accuracy.misses.append("\(question) got [\(shown.joined(separator: ", "))] \(result.status) cov \(String(format: "%.2f", result.coverage))")
                }
            }
            return accuracy
        }

        func line(_ label: String) -> String {
            String(format: "%@: top-1 %.3f (%d/%d), top-3 %.3f (%d/%d); close calls %d (expected among the choices %d), right or asked back %d/%d",
                   label, top1Rate, top1, count, top3Rate, top3, count, closeCalls, closeCallsHoldingIt, rightOrAsked, count)
        }
    }

    @Test("the Voikko dictionary is installed")
    func voikkoAvailable() {
        #expect(SearchFixture.voikko != nil, "install voikko-fi: Finnish accuracy depends on it")
    }

    @Test("each language has at least 30 labelled questions, every label is a real article",
          arguments: Language.allCases)
    func questionSetIsValid(language: Language) {
        let questions = SearchQuestionSet.questions(language)
        #expect(questions.count >= 30)
        for question in questions {
            #expect(SearchFixture.knowledge.articles[question.expected]?[language] != nil, "\(question)")
        }
    }

    /// Floors on the never-tuned unseen set 2 (30 questions per language), one question below what the
    /// Snowball-based search measured on 2026-12-06 (fi 26/30 top-1, 27/30 top-3; en 24/30, 28/30):
    /// a regression guard on untuned questions, not a quality target (the understanding issue's
    /// held-out set in Evaluation/ is the measure of that).
    static let unseenFloors: [Language: (top1: Int, top3: Int)] = [.fi: (25, 26), .en: (23, 27)]

    @Test("the never-tuned unseen set keeps its top-1 and top-3 counts; every set is printed",
          arguments: [Language.fi, Language.en])
    func accuracy(language: Language) {
        let tuning = Accuracy.measure(SearchQuestionSet.tuning(language), language: language)
        let heldOut = Accuracy.measure(SearchQuestionSet.heldOut(language), language: language)
        let fresh = Accuracy.measure(SearchQuestionSet.fresh(language), language: language)
        let all = Accuracy.measure(SearchQuestionSet.questions(language), language: language)
        let round4 = Accuracy.measure(SearchQuestionSet.round4(language), language: language)
        let final = Accuracy.measure(SearchQuestionSet.final(language), language: language)
        let unseen = Accuracy.measure(SearchUnseenQuestions.questions(language), language: language)
        let unseen2 = Accuracy.measure(SearchUnseenQuestions2.questions(language), language: language)
        print("[search accuracy] \(language.rawValue) " + tuning.line("tuning half"))
        print("[search accuracy] \(language.rawValue) " + heldOut.line("first held-out half (tuned on in round 2)"))
        print("[search accuracy] \(language.rawValue) " + fresh.line("fresh held-out set (tuned on in round 3)"))
        print("[search accuracy] \(language.rawValue) " + round4.line("round-4 set (tuned on in round 4)"))
        print("[search accuracy] \(language.rawValue) " + all.line("all tuned questions"))
        print("[search accuracy] \(language.rawValue) " + final.line("final set (not asserted; its misses were seen in round 4)"))
        print("[search accuracy] \(language.rawValue) " + unseen.line("unseen set 1 (independent author; not asserted, tuned on in round 5)"))
        print("[search accuracy] \(language.rawValue) " + unseen2.line("unseen set 2 (independent author; never tuned on; asserted)"))
        for miss in tuning.misses { print("[tuning miss] \(language.rawValue) \(miss)") }
        for miss in heldOut.misses { print("[round-2 miss] \(language.rawValue) \(miss)") }
        for miss in fresh.misses { print("[round-3 miss] \(language.rawValue) \(miss)") }
        for miss in round4.misses { print("[round-4 miss] \(language.rawValue) \(miss)") }
        for miss in final.misses { print("[final miss] \(language.rawValue) \(miss)") }
        for miss in unseen.misses { print("[unseen miss] \(language.rawValue) \(miss)") }
        for miss in unseen2.misses { print("[unseen-2 miss] \(language.rawValue) \(miss)") }
        let floors = Self.unseenFloors[language] ?? (top1: unseen2.count, top3: unseen2.count)
        #expect(unseen2.top1 >= floors.top1, "\(language.rawValue) unseen set 2 top-1 \(unseen2.top1)/\(unseen2.count)")
        #expect(unseen2.top3 >= floors.top3, "\(language.rawValue) unseen set 2 top-3 \(unseen2.top3)/\(unseen2.count)")
    }
}
