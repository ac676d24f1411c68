import Testing
@testable import KuuloCore

@Suite("grammar")
struct GrammarRuleTests {
    let rule = GrammarRule(vocabulary: SocialMediaVocabulary(abbreviations: ["kts."]))

    @Test func problemsBecomeWarningsWithTheirSuggestions() {
        let text = "Tervetuloa ja ja kaikki mukaan."
        let findings = rule.findings(in: DraftText(text, language: .fi), grammarCheckers: [.fi: FakeRepeatedWordChecker()])
        #expect(CheckTestSupport.excerpts(findings, in: text) == ["ja ja"])
        #expect(findings.first?.severity == .warning)
        #expect(findings.first?.message == "grammar.repeated-word.suggestion")
        #expect(findings.first?.arguments["suggestions"] == "ja")
        #expect(findings.first?.arguments["description"] == "Sana on kirjoitettu kahteen kertaan.")
    }

    @Test("the checker's offsets within a line become offsets of the whole text")
    func offsets() {
        let text = "🎉 Otsikko\n\nÄäni: kokous on on huomenna.\nToinen rivi ja ja loppu."
        let findings = rule.findings(in: DraftText(text, language: .fi), grammarCheckers: [.fi: FakeRepeatedWordChecker()])
        #expect(CheckTestSupport.excerpts(findings, in: text) == ["on on", "ja ja"])
    }

    @Test func onlyParagraphsInALanguageWithAChecker() {
        let text = "Tervetuloa ja ja kaikki.\n\nWelcome and and all."
        let draft = DraftText(text) { $0.lowerBound == 0 ? .fi : .en }
        let findings = rule.findings(in: draft, grammarCheckers: [.fi: FakeRepeatedWordChecker()])
        #expect(CheckTestSupport.excerpts(findings, in: text) == ["ja ja"])
    }

    @Test func aMissingFinnishCheckerIsReportedOnce() {
        let text = "Tervetuloa ja ja kaikki.\n\nToinen kappale.\n\nWelcome and and all."
        let draft = DraftText(text) { $0.upperBound == text.unicodeScalars.count ? .en : .fi }
        let findings = rule.findings(in: draft, grammarCheckers: [:])
        #expect(findings.map(\.message) == ["grammar.unavailable.fi"])
        #expect(findings.map(\.severity) == [.info])
        #expect(findings.first?.arguments["package"] == "voikko-fi")
    }

    @Test func missingVerbIsInfoAndBlankSuggestionsAreNotShown() {
        let checker = FixedGrammarChecker(fixed: [
            GrammarProblem(start: 0, length: 10, code: 17, description: nil, suggestions: []),
            GrammarProblem(start: 10, length: 2, code: 2, description: "Poista ylimääräinen väli.", suggestions: [" "]),
            GrammarProblem(start: 0, length: 3, code: 99, description: "Jotain muuta.", suggestions: ["x"]),
        ])
        let text = "Tervetuloa  kaikki"
        let findings = rule.findings(in: DraftText(text, language: .fi), grammarCheckers: [.fi: checker])
        #expect(findings.map(\.message) == ["grammar.missing-verb", "grammar.extra-whitespace", "grammar.other.suggestion"])
        #expect(findings.map(\.severity) == [.info, .warning, .warning])
    }

    @Test("ranges outside the line are clamped, empty ones dropped")
    func clamping() {
        let checker = FixedGrammarChecker(fixed: [
            GrammarProblem(start: 5, length: 100, code: 8, description: nil, suggestions: []),
            GrammarProblem(start: 50, length: 3, code: 8, description: nil, suggestions: []),
            GrammarProblem(start: -4, length: 2, code: 8, description: nil, suggestions: []),
        ])
        let text = "Lyhyt rivi"
        let findings = rule.findings(in: DraftText(text, language: .fi), grammarCheckers: [.fi: checker])
        #expect(findings.map { $0.start..<$0.end } == [5..<10, 0..<2])
    }

    @Test("no capital is demanded after an abbreviation of the vocabulary, nor inside links")
    func abbreviationsAndLinks() {
        let text = "Lue kts. lisää https://tyy.fi/ohje"
        let checker = FixedGrammarChecker(fixed: [
            GrammarProblem(start: 9, length: 5, code: 7, description: nil, suggestions: ["Lisää"]),
            GrammarProblem(start: 15, length: 5, code: 9, description: nil, suggestions: []),
        ])
        #expect(rule.findings(in: DraftText(text, language: .fi), grammarCheckers: [.fi: checker]).isEmpty)
    }
}
