import KuuloCore
import Linguistics
import Testing

/// Voikko with its Finnish dictionary (`voikko-fi`), as the README's set-up installs it. These tests
/// fail, rather than skip, when it is missing.
@Suite("Voikko for the checks")
struct VoikkoCheckTests {
    @Test func baseFormsForTheRules() throws {
        let voikko = try Voikko()
        #expect(voikko.baseForms("kritiikkiin") == ["kritiikki"])
        #expect(voikko.baseForms("masennukseen") == ["masennus"])
        #expect(voikko.baseForms("diagnoosista") == ["diagnoosi"])
        #expect(voikko.baseForms("idiootiksi") == ["idiootti"])
    }

    @Test func spellingWithSuggestions() throws {
        let voikko = try Voikko()
        let speller: any SpellChecker = voikko
        #expect(speller.isCorrect("kritiikkiin"))
        #expect(!speller.isCorrect("kirjoitusvirhee"))
        #expect(speller.suggestions(for: "kirjoitusvirhee").contains("kirjoitusvirhe"))
        #expect(speller.suggestions(for: "tervetulloa").first == "tervetuloa")
        #expect(voikko.suggest("").isEmpty)
    }

    @Test("a repeated word, with positions in code points of the paragraph")
    func repeatedWord() throws {
        let checker = VoikkoGrammarChecker(voikko: try Voikko())
        let paragraph = "Äänestä ja ja voita."
        let problems = checker.problems(in: paragraph)
        let repeated = try #require(problems.first { $0.code == 8 })
        #expect(repeated.start == 8)
        #expect(repeated.length == 5)
        #expect(repeated.suggestions == ["ja"])
        #expect(repeated.description == "Sana on kirjoitettu kahteen kertaan.")
    }

    @Test("offsets count code points after emoji and letters outside ASCII")
    func offsetsAfterEmoji() throws {
        let checker = VoikkoGrammarChecker(voikko: try Voikko(), descriptionLanguage: "en")
        let paragraph = "🎉🎉 Hyvää yötä. tervetuloa kaikki."
        let problem = try #require(checker.problems(in: paragraph).first { $0.code == 7 })
        let scalars = Array(paragraph.unicodeScalars)
        let excerpt = String(String.UnicodeScalarView(scalars[problem.start..<(problem.start + problem.length)]))
        #expect(excerpt == "tervetuloa")
        #expect(problem.suggestions == ["Tervetuloa"])
        #expect(problem.description?.isEmpty == false)
    }

    @Test("social-media options: a line without a full stop is fine")
    func socialMediaLines() throws {
        let checker = VoikkoGrammarChecker(voikko: try Voikko())
        #expect(checker.problems(in: "Paikka: Ylioppilastalo").isEmpty)
        #expect(checker.problems(in: "Syysbileet tänään! 🎉").isEmpty)
        #expect(checker.problems(in: "").isEmpty)
    }

    @Test("the grammar rule turns Voikko's offsets into offsets of the whole text")
    func grammarRuleWithVoikko() throws {
        let text = "🎉 Syysbileet\n\nTule ja ja tuo kaverisi."
        let rule = GrammarRule()
        let findings = rule.findings(in: DraftText(text, language: .fi),
                                     grammarCheckers: [.fi: VoikkoGrammarChecker(voikko: try Voikko())])
        let scalars = Array(text.unicodeScalars)
        let excerpts = findings.map { String(String.UnicodeScalarView(scalars[$0.start..<$0.end])) }
        #expect(excerpts == ["ja ja"])
        #expect(findings.first?.message == "grammar.repeated-word.suggestion")
    }
}
