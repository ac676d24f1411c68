import KuuloData
import Testing
@testable import KuuloCore

@Suite("tone.shouting")
struct ShoutingRuleTests {
    let rule = ShoutingRule(acronyms: ["TYY", "KELA", "YTHS", "SAMOK"])

    func shouted(_ text: String, replyMode: Bool = false) -> [Finding] {
        rule.findings(in: DraftText(text, language: .fi), replyMode: replyMode)
    }

    @Test func twoWordsInCapitalsAreShouting() {
        let text = "TULE MUKAAN syysbileisiin!"
        let findings = shouted(text)
        #expect(CheckTestSupport.excerpts(findings, in: text) == ["TULE MUKAAN"])
        #expect(findings.map(\.severity) == [.warning])
        #expect(findings.map(\.message) == [ShoutingRule.capitalsMessage])
        #expect(CheckTestSupport.excerpts(shouted("JOIN US for the PARTY tonight"), in: "JOIN US for the PARTY tonight") == ["JOIN", "PARTY"])
    }

    @Test func oneLongWordInCapitalsIsShouting() {
        #expect(shouted("Ilmoittaudu VIIMEISTÄÄN perjantaina.").count == 1)
        #expect(shouted("Ilmoittaudu HETI.").isEmpty) // one short word is emphasis, not shouting
    }

    @Test func acronymsHashtagsAndCodesAreNot() {
        #expect(shouted("KELA, YTHS ja SAMOK kertovat TYY:n tilaisuudessa.").isEmpty)
        #expect(shouted("#VAPPUTAPAHTUMA @TAMPEREENYLIOPISTO https://TYY.FI/OHJELMA").isEmpty)
        #expect(shouted("Kurssi TIETS01 ja KIE-12345 sekä luku XVIII.").isEmpty)
        #expect(shouted("Tervetuloa kaikki!").isEmpty)
    }

    @Test func exclamationMarks() {
        let text = "Tervetuloa!! Mitä?!? Oikeasti!!! Kiva! Miksi?"
        let findings = shouted(text)
        #expect(CheckTestSupport.excerpts(findings, in: text) == ["!!", "?!?", "!!!"])
        #expect(findings.allSatisfy { $0.message == ShoutingRule.punctuationMessage })
        #expect(shouted("Welcome‼").count == 1)
        #expect(shouted("Really?! Yes.").isEmpty)
    }

    @Test func repliesMakeItAnError() {
        #expect(shouted("Kiitos!!", replyMode: true).map(\.severity) == [.error])
        #expect(shouted("EI KÄY MITENKÄÄN", replyMode: true).map(\.severity) == [.error])
    }
}

@Suite("tone.hostile")
struct HostileToneRuleTests {
    static let terms = DraftRuleData(data: DataFiles(embedded: EmbeddedFiles.all)).hostileTerms
    static let finnish = FakeLemmatizer(forms: [
        "idiooteiksi": ["idiootti"], "ääliöt": ["ääliö"], "Turpa": ["turpa"], "kiinni": ["kiinni"], "opettele": ["opetella"],
        "lukemaan": ["lukea", "lukema"], "vitun": ["vittu"], "täysidiootti": ["täysidiootti"], "tyhmiä": ["tyhmä"],
        "kysymyksiä": ["kysymys"], "ei": ["ei"], "ole": ["olla"], "Ketään": ["kukaan"], "kiinnosta": ["kiinnostaa"],
    ])
    let rule = HostileToneRule(terms: HostileToneRuleTests.terms)

    func found(_ text: String, language: Language = .fi, replyMode: Bool = false) -> [Finding] {
        rule.findings(in: DraftText(text, language: language), replyMode: replyMode, lemmatizers: [.fi: Self.finnish])
    }

    @Test func inflectedFinnishInsultsAndProvocations() {
        let text = "Kutsuitte meitä idiooteiksi, ääliöt. Turpa kiinni ja opettele lukemaan!"
        let findings = found(text)
        #expect(CheckTestSupport.excerpts(findings, in: text) == ["idiooteiksi", "ääliöt", "Turpa kiinni", "opettele lukemaan"])
        #expect(findings.map { $0.arguments["category"] ?? "" } == ["insult", "insult", "provocation", "provocation"])
        #expect(findings.allSatisfy { $0.severity == .warning && $0.message.hasPrefix("tone.hostile.") })
    }

    @Test func compoundsAndProfanity() {
        let text = "Mikä täysidiootti, vitun hyvä kysymys."
        #expect(CheckTestSupport.excerpts(found(text), in: text) == ["täysidiootti", "vitun"])
        #expect(found(text).map(\.message) == ["tone.hostile.insult", "tone.hostile.profanity"])
    }

    @Test func englishInsultsAndProvocations() {
        let text = "You idiots, shut up and get a life. This is bullshit."
        #expect(CheckTestSupport.excerpts(found(text, language: .en), in: text) == ["idiots", "shut up", "get a life", "bullshit"])
    }

    @Test func replyModeMakesThemErrors() {
        #expect(found("Ketään ei kiinnosta.", replyMode: true).map(\.severity) == [.error])
        #expect(found("Calm down, please.", language: .en, replyMode: true).map(\.severity) == [.error])
    }

    @Test("friendly text is not hostile")
    func friendly() {
        #expect(found("Ei ole tyhmiä kysymyksiä – kysy rohkeasti!").isEmpty)
        #expect(found("There are no stupid questions, ask us anything.", language: .en).isEmpty)
        #expect(found("Kiitos palautteesta! Selvitämme asian ja palaamme pian.").isEmpty)
        #expect(found("Thank you for the feedback, we will get back to you.", language: .en).isEmpty)
    }
}
