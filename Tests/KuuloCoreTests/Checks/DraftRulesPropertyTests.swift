import KuuloData
import Testing
@testable import KuuloCore

@Suite("Draft rules on random input")
struct DraftRulesPropertyTests {
    /// Pieces random drafts are made of: words of both languages, numbers and codes in many shapes,
    /// signs, emoji, combining marks, line breaks.
    static let pieces: [String] = [
        "ja", "on", "the", "TULE", "MUKAAN", "raskaana", "idiootti", "idiots", "postaus", "esim.", "klo", "TYY:n", "ä", "Ö",
        "e\u{0301}", "040", "123", "4567", "+358", "(09)", "0", "1", "2026", "12,50", "€", "131052-308T", "-", "–", ".", ",", "!",
        "?", ":", "/", "@", "#", "info@tyy.fi", "https://", "tyy.fi", "FI21", "1234", "5600", "0007", "85", "A", "+", "(", ")",
        " ", " ", " ", "\n", "\n\n", "\r\n", "\u{00A0}", "🎉", "🇬🇧", "👩‍🎓", "❤️", "\u{0301}", "漢", "ا", "\u{200D}", "'", "’",
    ]

    static func randomText(_ generator: inout CheckRandom) -> String {
        let count = Int.random(in: 0...40, using: &generator)
        var text = ""
        for _ in 0..<count {
            text += pieces.randomElement(using: &generator) ?? ""
        }
        return text
    }

    static let services = LanguageServices(
        lemmatizers: [.fi: FakeLemmatizer(forms: ["idiootti": ["idiootti"], "postaus": []])],
        spellCheckers: [.fi: FakeSpeller(["ja", "on"], suggestions: ["TULE": ["tule"]]), .en: FakeSpeller(["the"])],
        grammarCheckers: [.fi: FixedGrammarChecker(fixed: [GrammarProblem(start: 2, length: 40, code: 8, description: nil, suggestions: ["x"])])])

    @Test("no rule crashes, and every finding lies within the text with a known rule id")
    func randomDrafts() {
        var generator = CheckRandom(seed: 0x4B55_554C_4F)
        let data = DraftRuleData(data: DataFiles(embedded: EmbeddedFiles.all))
        let messages = DraftRules.messageIDs(data: data)
        var total = 0
        for round in 0..<1500 {
            let text = Self.randomText(&generator)
            let count = text.unicodeScalars.count
            let options = DraftRuleOptions(language: round % 3 == 0 ? nil : (round % 3 == 1 ? .fi : .en), replyMode: round % 2 == 0,
                                           publicContacts: PublicContacts(emails: ["info@tyy.fi"]))
            let services = round % 5 == 0 ? LanguageServices.none : Self.services
            let findings = DraftRules.check(text: text, options: options, services: services, data: data)
            total += findings.count
            for finding in findings {
                #expect(finding.start >= 0 && finding.start <= finding.end && finding.end <= count, "\(text.debugDescription) \(finding)")
                #expect(DraftRules.ruleIDs.contains(finding.rule))
                #expect(messages.contains(finding.message), "\(finding.message)")
            }
            #expect(findings.map(\.start) == findings.map(\.start).sorted())
        }
        #expect(total > 1000)
    }

    @Test("a 100,000-character paste is checked")
    func longPaste() {
        let paragraph = "Tervetuloa syysbileisiin! Soita 040 123 4567 tai kirjoita anna@tyy.fi. TULE MUKAAN!!! Liisa on raskaana. "
        let text = String(repeating: paragraph, count: 100_000 / paragraph.count + 1)
        let findings = DraftRules.check(text: text, options: DraftRuleOptions(language: .fi), services: Self.services,
                                        data: DraftRuleData(data: DataFiles(embedded: EmbeddedFiles.all)))
        #expect(findings.filter { $0.rule == PhoneRule.id }.count == 100_000 / paragraph.count + 1)
        #expect(findings.allSatisfy { $0.end <= text.unicodeScalars.count })
    }
}
