import KuuloData
import Testing
@testable import KuuloCore

@Suite("privacy.sensitive")
struct SensitiveDataRuleTests {
    static let shipped = DraftRuleData(data: DataFiles(embedded: EmbeddedFiles.all))
    /// Base forms as Voikko gives them for the words of these tests.
    static let finnish = FakeLemmatizer(forms: [
        "raskaana": ["raskas"], "masennukseen": ["masennus"], "diagnoosista": ["diagnoosi"], "terveyspalvelut": ["terveyspalvelu"],
        "rintasyöpään": ["rintasyöpä"], "muslimeja": ["muslimi"], "opiskelijoiden": ["opiskelija"], "syöpätutkimusta": ["syöpätutkimus"],
        "ammattiliiton": ["ammattiliitto"], "jäsen": ["jäsen"], "odottaa": ["odottaa"], "vauvaa": ["vauva"], "Liisa": ["Liisa"],
        "on": ["olla"], "sairastunut": ["sairastunut"], "kertoi": ["kertoa"], "mielenterveys": ["mielenterveys"],
        "sairas": ["sairas"], "meininki": ["meininki"], "Fysioterapiaa": ["fysioterapia"], "Queer-ilta": [], "vaalit": ["vaali"], "edustajiston": ["edustajisto"],
    ])
    let rule = SensitiveDataRule(terms: SensitiveDataRuleTests.shipped.sensitiveTerms)

    func found(_ text: String, language: Language = .fi, lemmatizers: [Language: any Lemmatizer]? = nil) -> [Finding] {
        rule.findings(in: DraftText(text, language: language), lemmatizers: lemmatizers ?? [.fi: Self.finnish])
    }

    func words(_ text: String, language: Language = .fi, lemmatizers: [Language: any Lemmatizer]? = nil) -> [String] {
        CheckTestSupport.excerpts(found(text, language: language, lemmatizers: lemmatizers), in: text)
    }

    @Test func inflectedFinnishWordsAreFoundByTheirBaseForms() {
        let findings = found("Liisa on raskaana ja kärsi masennukseen liittyvistä oireista diagnoosista huolimatta.")
        #expect(findings.map(\.message) == ["privacy.sensitive.pregnancy", "privacy.sensitive.health", "privacy.sensitive.health"])
        #expect(findings.allSatisfy { $0.severity == .warning && $0.rule == SensitiveDataRule.id })
        #expect(findings.first?.arguments["category"] == "pregnancy")
        #expect(findings.first?.arguments["word"] == "raskaana")
    }

    @Test func aCompoundEndingInATermIsFound() {
        #expect(words("Hän sairastui rintasyöpään.") == ["rintasyöpään"])
    }

    @Test func phrasesMatchWordByWord() {
        #expect(words("Liisa odottaa vauvaa!") == ["odottaa vauvaa"])
        #expect(words("Olen ammattiliiton jäsen.") == ["ammattiliiton jäsen"])
    }

    @Test("general talk is not flagged")
    func generalTalk() {
        #expect(words("Opiskelijoiden terveyspalvelut ja mielenterveys ovat meille tärkeitä.").isEmpty)
        #expect(words("Tuemme syöpätutkimusta.").isEmpty) // the compound's last part is not a term
        #expect(words("Edustajiston vaalit lähestyvät!").isEmpty)
        #expect(words("Queer-ilta perjantaina!").isEmpty) // the event, not a person
        #expect(words("Sairas meininki!").isEmpty) // slang: only the forms sairaana / sairaaksi are terms
        #expect(words("Fysioterapiaa opiskelijoille.").isEmpty) // a service; only psykoterapia is a term
    }

    @Test func englishWordsAndStems() {
        let text = "Anna was diagnosed with depression and is pregnant. Her Muslim friend is gay."
        let findings = found(text, language: .en, lemmatizers: [:])
        #expect(CheckTestSupport.excerpts(findings, in: text) == ["diagnosed", "depression", "pregnant", "Muslim", "gay"])
        #expect(findings.map { $0.arguments["category"] ?? "" } == ["health", "health", "pregnancy", "religion", "sexual-orientation"])
    }

    @Test("an English term followed by a word about a service or an event is general talk")
    func englishGeneralTalk() {
        #expect(words("Join us for Depression Awareness Week and the LGBTQ+ students' pride!", language: .en, lemmatizers: [:]).isEmpty)
        #expect(words("Our mental health services are open.", language: .en, lemmatizers: [:]).isEmpty)
        #expect(words("Muslim Students' Association meets today.", language: .en, lemmatizers: [:]).isEmpty)
    }

    @Test("accepted false positive: a generic sentence using a person-word is still flagged")
    func acceptedFalsePositive() {
        // "Refugees are welcome" talks about a group, not a person, but the warning is cheap to dismiss.
        #expect(words("Refugees are welcome at our events.", language: .en, lemmatizers: [:]) == ["Refugees"])
    }

    @Test("without Voikko, an inflected Finnish word is still found by its start")
    func withoutLemmatizer() {
        #expect(words("Hän kertoi masennuksesta ja diagnoosista.", lemmatizers: [:]) == ["masennuksesta", "diagnoosista"])
    }

    @Test func hashtagsMentionsAndLinksAreLeftOut() {
        #expect(words("#raskaana @masennus https://tyy.fi/masennus").isEmpty)
    }

    @Test func aCustomListWithIgnoredWords() {
        let terms = TermList(categories: [.init(id: "health", terms: [.fi: ["flunssa"], .en: ["flu"]])],
                             ignored: [.en: ["flu"]])
        let rule = SensitiveDataRule(terms: terms)
        let lemmas = FakeLemmatizer(forms: ["flunssassa": ["flunssa"]])
        let text = "Pekka on flunssassa. Flu."
        let findings = rule.findings(in: DraftText(text, language: .fi), lemmatizers: [.fi: lemmas])
        #expect(CheckTestSupport.excerpts(findings, in: text) == ["flunssassa"])
        #expect(findings.first?.message == "privacy.sensitive.health")
    }
}
