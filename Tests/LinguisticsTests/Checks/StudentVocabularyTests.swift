import KuuloCore
import KuuloData
import Linguistics
import Testing

/// Spelling and grammar on student-life Finnish with Voikko and the vocabulary file: no false alarms on
/// sitsit compounds, student customs, social-media words, capitalised names of places and the plan's
/// names; and never a vulgar suggestion. The sentences were written for this test, not tuned on.
@Suite("Student vocabulary (Voikko)")
struct StudentVocabularyTests {
    static let data = DraftRuleData(data: DataFiles(embedded: EmbeddedFiles.all))

    static func services() throws -> LanguageServices {
        let voikko = try Voikko()
        return LanguageServices(lemmatizers: [.fi: voikko], spellCheckers: [.fi: voikko],
                                grammarCheckers: [.fi: VoikkoGrammarChecker(voikko: voikko)])
    }

    static let sentences = [
        "LYY:n syyssitsit pidetään perjantaina Pohjoisen Tuulen juhlasalissa, tervetuloa laulamaan!",
        "Fuksisitsit, kevätsitsit ja vuosijuhlasitsit ovat syksyn kohokohtia.",
        "Pikkujoulusitseille ilmoittaudutaan torstaihin mennessä.",
        "Sitsien jälkeen jatkot ovat kiltiksellä, ja sunnuntaina on sillis.",
        "Approt kiertävät keskustan baareja, ja haalarimerkin saa maaliin päässeet.",
        "Vujut ovat ensi kuussa: muista varata liput ajoissa.",
        "Tutorit esittelevät kampuksen fuksiaisissa.",
        "Katso lisää Instagram-storysta ja TikTokista!",
        "Tägää kaverisi postaukseen ja jaa story.",
        "Wappuna nähdään Kaivopuistossa!",
        "Halloween-sitsit pidetään lafkan kellarissa.",
    ]

    @Test("no spelling or grammar warning on everyday student Finnish", arguments: sentences)
    func noFalseAlarms(sentence: String) throws {
        let options = DraftRuleOptions(language: .fi, knownWords: ["LYY", "Lapin", "yliopiston", "ylioppilaskunta"])
        let findings = DraftRules.check(text: sentence, options: options, services: try Self.services(), data: Self.data)
            .filter { $0.rule == "spelling" || $0.rule == "grammar" }
            .filter { $0.severity != .info }
        #expect(findings.isEmpty, "\(findings.map { "\($0.message) \($0.arguments)" })")
    }

    @Test("a capitalised name of two words is not told to start with a small letter")
    func multiWordNames() throws {
        let findings = DraftRules.check(text: "Juhlat ovat Pohjoisen Tuulen salissa.", options: DraftRuleOptions(language: .fi),
                                        services: try Self.services(), data: Self.data)
        #expect(!findings.contains { $0.message.hasPrefix("grammar.write-lowercase") })
    }

    @Test("a grammar note quotes the sentence it means")
    func grammarQuotes() throws {
        let findings = DraftRules.check(text: "Tervetuloa! Liput 25 € jäsenille, 30 € muille.", options: DraftRuleOptions(language: .fi),
                                        services: try Self.services(), data: Self.data)
        let verb = try #require(findings.first { $0.message == "grammar.missing-verb" })
        #expect(verb.arguments["quote"]?.contains("Liput 25 €") == true)
    }

    @Test("no suggestion contains a word of the never-suggest list, even when Voikko offers one")
    func noVulgarSuggestions() throws {
        let voikko = try Voikko()
        // Voikko itself offers "syystissit" for "syyssitsit"; Kuulo must not pass it on.
        #expect(voikko.suggestions(for: "syyssitsit").contains("syystissit"))
        let vocabulary = Self.data.vocabulary
        #expect(!vocabulary.mayBeSuggested("syystissit"))
        #expect(vocabulary.mayBeSuggested("syyssintsit"))
        #expect(vocabulary.mayBeSuggested("cocktail") && vocabulary.mayBeSuggested("makkara"))
        for typo in ["syyssitsti", "fuksisitsitt", "sitsitt"] {
            let findings = DraftRules.check(text: "Tervetuloa \(typo) iltaan.", options: DraftRuleOptions(language: .fi),
                                            services: try Self.services(), data: Self.data)
            for finding in findings where finding.rule == "spelling" {
                #expect(!(finding.arguments["suggestions"] ?? "").contains("tissi"), "\(typo): \(finding.arguments)")
            }
        }
    }
}
