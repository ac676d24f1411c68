import KuuloData
import Testing
@testable import KuuloCore

@Suite("spelling")
struct SpellingRuleTests {
    static let vocabulary: SocialMediaVocabulary = DraftRuleData(data: DataFiles(embedded: EmbeddedFiles.all)).vocabulary
    static let finnish = FakeSpeller(
        ["tervetuloa", "syysbileisiin", "tulee", "ja", "julkaisu", "on", "tänään", "sovellus", "lisää", "linkki", "kuva",
         "tule", "mukaan", "kello", "alkaa", "some", "ilta", "hyvä", "kiitos", "instagram", "lähetys", "nähdään", "kaikki", "sekä"],
        suggestions: ["Tervetulloa": ["Tervetuloa", "Tervetuloaa"], "kirjoitusvirhe": []])
    static let english = FakeSpeller(["we", "will", "the", "tickets", "at", "door", "welcome", "don't", "party", "receive", "you"],
                                     suggestions: ["recieve": ["receive", "relieve"]])
    let rule: SpellingRule = SpellingRule(vocabulary: SpellingRuleTests.vocabulary, knownWords: ["Kuulo", "Hervannan Kampus"])

    func check(_ text: String, language: Language = .fi, spellers: [Language: any SpellChecker]? = nil,
               paragraphs: ((Range<Int>) -> Language)? = nil) -> [Finding] {
        let draft = paragraphs.map { DraftText(text, languages: $0) } ?? DraftText(text, language: language)
        return rule.findings(in: draft, spellCheckers: spellers ?? [.fi: Self.finnish, .en: Self.english], lemmatizers: [:])
    }

    @Test func aMisspeltWordWithSuggestions() {
        let text = "Tervetulloa syysbileisiin!"
        let findings = check(text)
        #expect(CheckTestSupport.excerpts(findings, in: text) == ["Tervetulloa"])
        #expect(findings.first?.severity == .warning)
        #expect(findings.first?.message == SpellingRule.misspeltMessage)
        #expect(findings.first?.arguments["suggestions"] == "Tervetuloa, Tervetuloaa")
        #expect(findings.first?.arguments["word"] == "Tervetulloa")
    }

    @Test func aMisspeltWordWithoutSuggestions() {
        let findings = check("Tänään kirjoitusvirhe.")
        #expect(findings.map(\.message) == [SpellingRule.noSuggestionsMessage])
    }

    @Test("social-media words, inflected, and their compounds are words")
    func vocabulary() {
        let text = "Postaus tulee storyyn ja feediin, reelsit ja tägätty kuva. Somepostaus, Instagram-postaus, livelähetys ja linkki biossa."
        #expect(check(text).isEmpty)
    }

    @Test func abbreviationsAreWords() {
        #expect(check("Tervetuloa esim. klo 18, ns. ilta jne. ja TYY:n sekä ry:n ilta.").isEmpty)
        #expect(check("Welcome e.g. at the door.", language: .en).isEmpty)
    }

    @Test("hashtags, mentions, links, e-mail addresses, numbers and codes are not misspellings")
    func entities() {
        let text = "#Vapputapahtuma @tyyvirallinen https://tyy.fi/wappuohjelma posti@tyy.fi TIETS01 2026 12,50 €"
        #expect(check(text).isEmpty)
    }

    @Test func namesOfThePlanAreWordsInflectedToo() {
        #expect(check("Kuulo ja Kuulon sovellus, Hervannan kampus.").isEmpty)
    }

    @Test("an unknown capitalised word inside a sentence is probably a name: info")
    func names() {
        let text = "Tervetuloa Pispalaan! Pispala tulee."
        let findings = check(text)
        #expect(findings.map(\.severity) == [.info, .warning])
        #expect(findings.map(\.message) == [SpellingRule.nameMessage, SpellingRule.noSuggestionsMessage])
    }

    @Test func shortAcronymsInCapitalsAreSkipped() {
        #expect(check("Tule ESN ja KYY ilta.").isEmpty) // ESN is in the vocabulary, KYY is short
    }

    @Test func englishParagraphsUseTheEnglishSpeller() {
        let text = "Tervetuloa!\n\nWe will recieve you at the door."
        let findings = check(text, paragraphs: { $0.lowerBound == 0 ? .fi : .en })
        #expect(CheckTestSupport.excerpts(findings, in: text) == ["recieve"])
        #expect(findings.first?.arguments["suggestions"] == "receive, relieve")
        #expect(check("Welcome, don’t you?", language: .en).isEmpty) // a typographic apostrophe
    }

    @Test("a missing speller gives one info finding and the other language is still checked")
    func missingSpeller() {
        let text = "Tervetulloa!\n\nWe will recieve you.\n\nThe party."
        let findings = check(text, spellers: [.fi: Self.finnish], paragraphs: { $0.lowerBound == 0 ? .fi : .en })
        #expect(findings.map(\.message) == [SpellingRule.misspeltMessage, SpellingRule.unavailableMessage(.en)])
        #expect(findings.last?.severity == .info)
        #expect(findings.last?.arguments["package"] == "hunspell-en-us")
        let noneAtAll = check("Tervetulloa!", spellers: [:])
        #expect(noneAtAll.map(\.message) == ["spelling.unavailable.fi"])
        #expect(noneAtAll.first?.arguments["package"] == "voikko-fi")
    }

    @Test("the closest suggestions come first, at most three")
    func suggestionOrder() {
        let speller = FakeSpeller([], suggestions: ["Tervetulloa": ["Tervetukkoa", "Tervetuppoa", "Tervetuloa", "Tervetullia", "Tervetolloa"]])
        let findings = check("Tervetulloa", spellers: [.fi: speller])
        #expect(findings.first?.arguments["suggestions"] == "Tervetuloa, Tervetullia, Tervetolloa")
        #expect(SuggestionRanking.ranked(["Receiver", "receive"], for: "Recieve") == ["receive", "Receiver"])
        #expect(SuggestionRanking.ranked([], for: "x").isEmpty)
    }

    @Test("a word another language's speller knows is no misspelling: a Finnish line in an English paragraph")
    func otherLanguages() {
        let text = "Welcome to the party!\nTervetuloa kaikki!"
        #expect(check(text, language: .en).isEmpty)
        #expect(check("Welcome tervetulloa", language: .en).map { $0.arguments["word"] } == ["tervetulloa"])
    }
}
