import Testing
@testable import KuuloCore

@Suite("Language detection")
struct LanguageDetectorTests {
    let detector = LanguageDetector()

    @Test("Finnish paragraphs", arguments: [
        "Tervetuloa syysbileisiin! Liput ovelta klo 20 alkaen.",
        "Hallitus kokoontuu tänään, ja kaikki jäsenet ovat tervetulleita.",
        "Kiitos!",
        "Ilmoittaudu mukaan",
        "Muista äänestää edustajistovaaleissa",
    ])
    func finnish(text: String) {
        #expect(detector.detect(text, fallback: .en) == .fi)
    }

    @Test("English paragraphs", arguments: [
        "Welcome to the autumn party! Tickets at the door from 8 pm.",
        "The board meets today and all members are welcome.",
        "Thanks!",
        "Sign up now",
        "Remember to vote in the council elections",
    ])
    func english(text: String) {
        #expect(detector.detect(text, fallback: .fi) == .en)
    }

    @Test("flags and labels decide short paragraphs")
    func flagsAndLabels() {
        #expect(detector.detect("🇬🇧 Party tonight", fallback: .fi) == .en)
        #expect(detector.detect("🇫🇮 Bileet tänään", fallback: .en) == .fi)
        #expect(detector.detect("EN: Sitsit tonight", fallback: .fi) == .en)
        #expect(detector.detect("FI: Sitsit tonight", fallback: .en) == .fi)
    }

    @Test("no evidence gives the fallback")
    func fallback() {
        #expect(detector.detect("12.12. 🎉 #vappu", fallback: .en) == .en)
        #expect(detector.detect("", fallback: .fi) == .fi)
        #expect(detector.detect("Kuulo", fallback: .en) == .en)
    }

    @Test("mixed text goes with the majority")
    func mixed() {
        #expect(detector.detect("Tervetuloa kaikki sitseille, myös exchange students ovat tervetulleita!", fallback: .en) == .fi)
        #expect(detector.detect("Welcome to our sitsit, the traditional Finnish party with songs!", fallback: .fi) == .en)
    }

    @Test("spellers' acceptance is evidence for words with no other clue")
    func spellers() {
        let detector = LanguageDetector(spellCheckers: [.fi: FakeSpeller(["sitsit", "ilta", "tanssi"]), .en: FakeSpeller(["dance", "night"])])
        #expect(detector.detect("Sitsit ilta tanssi", fallback: .en) == .fi)
        #expect(detector.detect("Dance night", fallback: .fi) == .en)
    }

    @Test("each paragraph of a draft gets its own language")
    func paragraphsOfADraft() {
        let text = "Tervetuloa syysbileisiin tänään!\n\nWelcome to the autumn party tonight!"
        let draft = DraftRules.prepare(text, options: DraftRuleOptions(), services: .none)
        #expect(draft.paragraphs.map(\.language) == [.fi, .en])
        let forced = DraftRules.prepare(text, options: DraftRuleOptions(language: .en), services: .none)
        #expect(forced.paragraphs.map(\.language) == [.en, .en])
    }
}
