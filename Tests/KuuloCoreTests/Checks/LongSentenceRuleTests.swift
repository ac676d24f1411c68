import Testing
@testable import KuuloCore

@Suite("readability.long-sentence")
struct LongSentenceRuleTests {
    static func sentence(_ count: Int, word: String) -> String {
        ([word.prefix(1).uppercased() + word.dropFirst()] + Array(repeating: word, count: count - 1)).joined(separator: " ") + "."
    }

    @Test func finnishSentencesOverTwentyWords() {
        let rule = LongSentenceRule()
        let text = Self.sentence(20, word: "sana") + " " + Self.sentence(21, word: "sana") + " " + Self.sentence(31, word: "sana")
        let findings = rule.findings(in: DraftText(text, language: .fi))
        #expect(findings.map(\.severity) == [.info, .warning])
        #expect(findings.map { $0.arguments["words"] ?? "" } == ["21", "31"])
        #expect(findings.allSatisfy { $0.arguments["limit"] == "20" && $0.message == LongSentenceRule.message })
    }

    @Test func englishLimitIsTwentyFive() {
        let rule = LongSentenceRule()
        #expect(rule.findings(in: DraftText(Self.sentence(25, word: "word"), language: .en)).isEmpty)
        #expect(rule.findings(in: DraftText(Self.sentence(26, word: "word"), language: .en)).count == 1)
        #expect(LongSentenceRule(limits: [.en: 5]).findings(in: DraftText(Self.sentence(6, word: "word"), language: .en)).count == 1)
    }

    @Test("abbreviations and ordinals do not end a sentence; line breaks and ! do")
    func sentenceEnds() {
        let rule = LongSentenceRule(limits: [.fi: 5])
        #expect(rule.findings(in: DraftText("Tule esim. huomenna 24. joulukuuta klo 18 paikalle.", language: .fi)).count == 1)
        #expect(rule.findings(in: DraftText("Tule huomenna paikalle\nklo 18 ja tuo ystävä!", language: .fi)).isEmpty)
        #expect(rule.findings(in: DraftText("Tule huomenna! Tuo ystävä mukaan. Nähdään.", language: .fi)).isEmpty)
    }

    @Test func hashtagsAndLinksAreNotWords() {
        let rule = LongSentenceRule(limits: [.fi: 3])
        #expect(rule.findings(in: DraftText("Tule mukaan #vappu #tyy #kuulo #wappu https://tyy.fi @tyy", language: .fi)).isEmpty)
    }
}
