import KuuloData
import Testing
@testable import KuuloCore

@Suite("Draft rules together")
struct DraftRulesTests {
    static var files: DataFiles { DataFiles(embedded: EmbeddedFiles.all) }
    static let data = DraftRuleData(data: files)
    static let services = LanguageServices(
        lemmatizers: [.fi: FakeLemmatizer(forms: ["raskaana": ["raskas"], "idiooteiksi": ["idiootti"]])],
        spellCheckers: [.fi: FakeSpeller(["tervetuloa", "bileisiin", "liisa", "on", "ja", "meitä", "kutsuitte", "soita", "numeroon",
                                          "tai", "laita", "viestiä", "kiitos", "raskaana", "idiooteiksi", "hetu", "tili"], suggestions: ["Tervetulloa": ["Tervetuloa"]]),
                        .en: FakeSpeller(["welcome", "to", "the", "party", "call", "or", "write"])],
        grammarCheckers: [.fi: FakeRepeatedWordChecker()])

    @Test("the shipped word lists parse and are not empty")
    func shippedData() {
        let files = DataFiles(embedded: EmbeddedFiles.all)
        let data = DraftRuleData(data: files)
        #expect(files.warnings.isEmpty)
        #expect(data.sensitiveTerms.categories.map(\.id) == ["health", "pregnancy", "religion", "ethnicity", "sexual-orientation",
                                                             "gender-identity", "political-views", "trade-union", "criminal-record"])
        #expect(data.hostileTerms.categories.map(\.id) == ["insult", "profanity", "slur", "provocation"])
        for category in data.sensitiveTerms.categories + data.hostileTerms.categories {
            #expect((category.terms[.fi]?.count ?? 0) > 0 && (category.terms[.en]?.count ?? 0) > 0, "\(category.id)")
        }
        #expect(data.vocabulary.accepts("postaukseen"))
        #expect(data.vocabulary.isAbbreviation("esim", followedByDot: true))
        #expect(data.vocabulary.isAcronym("kela"))
    }

    @Test("every message the rules can give has a text in Finnish and in English")
    func messagesExist() {
        let catalog = CheckCatalog(data: Self.files)
        let ids = DraftRules.messageIDs(data: Self.data)
        #expect(ids.count > 50)
        for id in ids.sorted() {
            for language in Language.allCases {
                #expect(catalog.has(id, in: language), "\(id) has no text in \(language.rawValue)")
            }
        }
        let mine = ["privacy.", "tone.", "spelling.", "grammar.", "readability."]
        for language in Language.allCases {
            let unused = catalog.ids(in: language).filter { id in mine.contains { id.hasPrefix($0) } }.subtracting(ids)
            #expect(unused.isEmpty, "texts no rule gives: \(unused.sorted())")
        }
        let filled = catalog.text("spelling.misspelt", .fi, ["word": "Tervetulloa", "suggestions": "Tervetuloa"])
        #expect(filled == "Tarkista kirjoitusasu: ”Tervetulloa”. Tarkoititko: Tervetuloa?")
    }

    @Test("one draft, every rule, sorted by position")
    func everything() {
        let text = """
        TERVETULOA BILEISIIN!!! Tervetulloa ja ja Liisa on raskaana. Kutsuitte meitä idiooteiksi.
        Soita numeroon 040 123 4567 tai laita viestiä info@tyy.fi, hetu 131052-308T, tili FI21 1234 5600 0007 85.

        Welcome to the party, call 040 765 4321 or write to anna@example.com.
        """
        let options = DraftRuleOptions(publicContacts: PublicContacts(emails: ["info@tyy.fi"]))
        let findings = DraftRules.check(text: text, options: options, services: Self.services, data: Self.data)
        let rules = Set(findings.map(\.rule))
        #expect(rules.isSuperset(of: [ShoutingRule.id, SpellingRule.id, GrammarRule.id, SensitiveDataRule.id, HostileToneRule.id,
                                      PhoneRule.id, EmailRule.id, PersonalIDRule.id, IBANRule.id]))
        #expect(findings.map(\.start) == findings.map(\.start).sorted())
        #expect(CheckTestSupport.excerpts(findings, rule: PhoneRule.id, in: text) == ["040 123 4567", "040 765 4321"])
        #expect(CheckTestSupport.excerpts(findings, rule: EmailRule.id, in: text) == ["anna@example.com"])
        #expect(CheckTestSupport.excerpts(findings, rule: GrammarRule.id, in: text) == ["ja ja"])
        #expect(findings.filter { $0.severity == .error }.map(\.rule).sorted() == [IBANRule.id, PersonalIDRule.id])
        // English paragraph: checked with the English speller, so no Finnish misspellings there.
        let englishStart = text.unicodeScalars.count - "Welcome to the party, call 040 765 4321 or write to anna@example.com.".unicodeScalars.count
        #expect(findings.filter { $0.rule == SpellingRule.id && $0.start >= englishStart }.isEmpty)
    }

    @Test("reply mode turns tone into errors")
    func replyMode() {
        let text = "Kutsuitte meitä idiooteiksi!!"
        let post = DraftRules.check(text: text, options: DraftRuleOptions(language: .fi), services: Self.services, data: Self.data)
        let reply = DraftRules.check(text: text, options: DraftRuleOptions(language: .fi, replyMode: true), services: Self.services, data: Self.data)
        #expect(post.filter { $0.rule.rawValue.hasPrefix("tone.") }.map(\.severity) == [.warning, .warning])
        #expect(reply.filter { $0.rule.rawValue.hasPrefix("tone.") }.map(\.severity) == [.error, .error])
    }

    @Test("without any language library the other rules still run, and the missing ones are named")
    func noLibraries() {
        let text = "Tervetulloa! Soita 040 123 4567.\n\nWelcome, call us."
        let findings = DraftRules.check(text: text, services: .none, data: Self.data)
        #expect(findings.filter { $0.severity == .info }.map(\.message).sorted()
            == ["grammar.unavailable.fi", "spelling.unavailable.en", "spelling.unavailable.fi"])
        #expect(findings.contains { $0.rule == PhoneRule.id })
    }

    @Test func emptyAndBlankDrafts() {
        #expect(DraftRules.check(text: "", services: Self.services, data: Self.data).isEmpty)
        #expect(DraftRules.check(text: " \n\n\t", services: Self.services, data: Self.data).isEmpty)
    }

    @Test("names and acronyms of the organisation are neither misspellings nor shouting")
    func organisationWords() {
        let text = "TREY ja TAMPERE-TALO kutsuvat, Kuulo kertoo."
        let options = DraftRuleOptions(language: .fi, knownWords: ["Kuulo", "Tampere-talo"], acronyms: ["TREY"])
        let findings = DraftRules.check(text: text, options: options,
                                        services: LanguageServices(spellCheckers: [.fi: FakeSpeller(["ja", "kutsuvat", "kertoo"])],
                                                                          grammarCheckers: [.fi: FakeRepeatedWordChecker()]),
                                        data: Self.data)
        #expect(findings.isEmpty, "\(findings)")
    }

    @Test("!!! is shouting, not also a sentence that starts oddly")
    func noGrammarDuplicateOfShouting() {
        let services = LanguageServices(spellCheckers: [.fi: FakeSpeller(["kiitos"])],
                                        grammarCheckers: [.fi: FixedGrammarChecker(fixed: [
                                            GrammarProblem(start: 7, length: 2, code: 5, description: nil, suggestions: []),
                                        ])])
        let findings = DraftRules.check(text: "Kiitos!!!", options: DraftRuleOptions(language: .fi), services: services, data: Self.data)
        #expect(findings.map(\.message) == [ShoutingRule.punctuationMessage])
    }
}
