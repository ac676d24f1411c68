import Foundation
import KuuloCore
import Linguistics
import Testing

/// Hunspell with `en_US` (`hunspell-en-us`), as the README's set-up installs it.
@Suite("Hunspell")
struct HunspellTests {
    @Test func spellingAndSuggestions() throws {
        let hunspell = try Hunspell()
        #expect(hunspell.dictionary == "en_US")
        #expect(hunspell.spell("receive"))
        #expect(!hunspell.spell("recieve"))
        #expect(hunspell.suggest("recieve").first == "receive")
        #expect(hunspell.spell("don’t") && hunspell.spell("don't"))
        #expect(!hunspell.spell(""))
        #expect(hunspell.suggest("").isEmpty)
    }

    @Test func stemsStandInForBaseForms() throws {
        let lemmatizer: any Lemmatizer = try Hunspell()
        #expect(lemmatizer.baseForms("diagnosed").contains("diagnose"))
        #expect(lemmatizer.baseForms("idiots").contains("idiot"))
    }

    @Test func aMissingDictionaryIsATypedError() {
        #expect(throws: HunspellError.dictionaryNotFound(dictionary: "xx_KUULO", searched: ["/nonexistent"])) {
            _ = try Hunspell(dictionary: "xx_KUULO", searchPaths: ["/nonexistent"])
        }
        #expect(throws: HunspellError.couldNotOpen(affixPath: "/nonexistent.aff", dictionaryPath: "/nonexistent.dic")) {
            _ = try Hunspell(affixPath: "/nonexistent.aff", dictionaryPath: "/nonexistent.dic")
        }
    }

    @Test func usableFromSeveralTasksAtOnce() async throws {
        let hunspell = try Hunspell()
        let results = await withTaskGroup(of: Bool.self) { group in
            for index in 0..<16 {
                group.addTask { index % 2 == 0 ? hunspell.spell("receive") : !hunspell.suggest("recieve").isEmpty }
            }
            return await group.reduce(into: [Bool]()) { $0.append($1) }
        }
        #expect(results.count == 16 && results.allSatisfy { $0 })
    }
}

@Suite("System language services")
struct SystemLanguageServicesTests {
    @Test func loadsWhatIsInstalled() {
        let services = LanguageServices.system()
        #expect(services.spellCheckers[.fi] != nil)
        #expect(services.spellCheckers[.en] != nil)
        #expect(services.lemmatizers[.fi] != nil)
        #expect(services.grammarCheckers[.fi] != nil)
    }

    @Test func missingDictionariesAreLeftOutWithoutACrash() {
        let services = LanguageServices.system(hunspellSearchPaths: ["/nonexistent"])
        #expect(services.spellCheckers[.en] == nil)
        #expect(services.spellCheckers[.fi] != nil)
    }

    @Test("the whole check with the real libraries, in both languages")
    func realCheck() throws {
        let data = DraftRuleData(
            sensitiveTerms: TermList(categories: [.init(id: "health", terms: [.fi: ["masennus"], .en: ["depress*"]])]),
            hostileTerms: TermList(categories: [.init(id: "insult", terms: [.fi: ["idiootti"], .en: ["idiot*"]])]),
            vocabulary: SocialMediaVocabulary(words: ["postaus"], stems: ["postau"], abbreviations: ["esim."]))
        let text = "Tervetulloa kaikki! Postaukseen tuli kommentti, jossa kutsuttiin meitä idiooteiksi ja kerrottiin masennuksesta.\n\n"
            + "We will recieve you at the door, you idiots."
        let findings = DraftRules.check(text: text, services: LanguageServices.system(), data: data)
        let scalars = Array(text.unicodeScalars)
        func excerpts(_ rule: RuleID) -> [String] {
            findings.filter { $0.rule == rule }.map { String(String.UnicodeScalarView(scalars[$0.start..<$0.end])) }
        }
        #expect(excerpts(SpellingRule.id) == ["Tervetulloa", "recieve"])
        #expect(excerpts(HostileToneRule.id) == ["idiooteiksi", "idiots"])
        #expect(excerpts(SensitiveDataRule.id) == ["masennuksesta"])
        let spelling = findings.filter { $0.rule == SpellingRule.id }
        #expect(spelling.map { $0.arguments["suggestions"]?.components(separatedBy: ", ").first } == ["Tervetuloa", "receive"])
    }

    @Test("decomposed letters (a + U+0308 from a macOS paste) are checked as the letters they are")
    func decomposedLetters() {
        let text = "Tervetuloa ta\u{0308}na\u{0308}a\u{0308}n! Ha\u{0308}n sairastui syo\u{0308}pa\u{0308}a\u{0308}n."
        let data = DraftRuleData(sensitiveTerms: TermList(categories: [.init(id: "health", terms: [.fi: ["syöpä"]])]))
        let findings = DraftRules.check(text: text, options: DraftRuleOptions(language: .fi), services: LanguageServices.system(), data: data)
        #expect(findings.map(\.rule) == [SensitiveDataRule.id])
        #expect(findings.first.map { $0.end - $0.start } == 10)
    }
}
