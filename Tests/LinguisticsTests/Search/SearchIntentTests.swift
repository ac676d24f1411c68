import KuuloCore
import Testing

/// Intent matching on real data and real Voikko: phrases as trustees type them, most of them not in
/// `Prompts/intents.yaml`.
@Suite("Search: intents")
struct SearchIntentTests {
    struct Phrase: Sendable, CustomStringConvertible {
        let language: Language
        let text: String
        let id: String
        let command: String
        var description: String { "\(language.rawValue): \"\(text)\" → \(id)" }
    }

    static let phrases: [Phrase] = [
        Phrase(language: .fi, text: "haluan kirjoittaa postauksen", id: "draft", command: "/draft"),
        Phrase(language: .fi, text: "voisitko auttaa kirjoittamaan julkaisun instaan", id: "draft", command: "/draft"),
        Phrase(language: .fi, text: "pitäis tehdä postaus huomisesta tapahtumasta", id: "draft", command: "/draft"),
        Phrase(language: .fi, text: "mitä kanavia meillä on?", id: "channels", command: "/channels"),
        Phrase(language: .fi, text: "näytä meidän somekanavat", id: "channels", command: "/channels"),
        Phrase(language: .fi, text: "tulosta suunnitelma", id: "export", command: "/export"),
        Phrase(language: .fi, text: "vie suunnitelma tiedostoon", id: "export", command: "/export"),
        Phrase(language: .fi, text: "keksitään hashtagit syysjuhlalle", id: "hashtags", command: "/hashtags"),
        Phrase(language: .fi, text: "auta valitsemaan aihetunnisteita", id: "hashtags", command: "/hashtags"),
        Phrase(language: .fi, text: "kuka ei oo vielä käyny perehdytystä?", id: "onboarding-status", command: "/plan"),
        Phrase(language: .fi, text: "näytä vinkki 3", id: "tip-3", command: "/tips 3"),
        Phrase(language: .fi, text: "käydään kolmas vinkki läpi", id: "tip-3", command: "/tips 3"),
        Phrase(language: .fi, text: "mitä suunnitelmasta vielä puuttuu", id: "plan", command: "/plan"),
        Phrase(language: .fi, text: "vaihda kieli englanniksi", id: "lang", command: "/lang en"),
        Phrase(language: .fi, text: "mitä täällä voi tehdä?", id: "help", command: "/help"),
        Phrase(language: .fi, text: "tallenna muutokset", id: "save", command: "/save"),
        Phrase(language: .fi, text: "kumoa viimeisin muutos", id: "undo", command: "/undo"),
        Phrase(language: .en, text: "help me choose hashtags", id: "hashtags", command: "/hashtags"),
        Phrase(language: .en, text: "can you help me pick hashtags for the spring gala", id: "hashtags", command: "/hashtags"),
        Phrase(language: .en, text: "I'd like to write a new instagram post", id: "draft", command: "/draft"),
        Phrase(language: .en, text: "let's draft a post about the sauna evening", id: "draft", command: "/draft"),
        Phrase(language: .en, text: "what channels do we have?", id: "channels", command: "/channels"),
        Phrase(language: .en, text: "print the plan", id: "export", command: "/export"),
        Phrase(language: .en, text: "export our plan for the board meeting", id: "export", command: "/export"),
        Phrase(language: .en, text: "who hasn't done onboarding?", id: "onboarding-status", command: "/plan"),
        Phrase(language: .en, text: "show me tip 7", id: "tip-7", command: "/tips 7"),
        Phrase(language: .en, text: "go through the third tip", id: "tip-3", command: "/tips 3"),
        Phrase(language: .en, text: "what's still missing from our plan", id: "plan", command: "/plan"),
        Phrase(language: .en, text: "switch to finnish please", id: "lang", command: "/lang fi"),
        Phrase(language: .en, text: "what can you do?", id: "help", command: "/help"),
        Phrase(language: .en, text: "undo that", id: "undo", command: "/undo"),
        Phrase(language: .en, text: "show my saved drafts", id: "drafts", command: "/drafts"),
        // The commands that got intents in the fifth session.
        Phrase(language: .fi, text: "kirjataan moderointisäännöt", id: "moderation", command: "/moderation"),
        Phrase(language: .fi, text: "lisää vuosijuhla vuosikelloon", id: "annual", command: "/annual"),
        Phrase(language: .fi, text: "hallitus hyväksyi suunnitelman", id: "approval", command: "/approval"),
        Phrase(language: .fi, text: "korjaa järjestön nimen taivutus", id: "names", command: "/nameforms"),
        Phrase(language: .fi, text: "kirjaa mitä jäsen sanoi", id: "listen", command: "/listen"),
        Phrase(language: .en, text: "agree on moderation rules", id: "moderation", command: "/moderation"),
        Phrase(language: .en, text: "add the elections to the annual calendar", id: "annual", command: "/annual"),
        Phrase(language: .en, text: "record the admin rights", id: "accounts", command: "/accounts"),
        Phrase(language: .en, text: "log member feedback", id: "listen", command: "/listen"),
    ]

    @Test("at least ten phrases per language")
    func enoughPhrases() {
        for language in Language.allCases {
            #expect(Self.phrases.filter { $0.language == language }.count >= 10)
        }
    }

    @Test("each phrase is matched confidently to its intent and command", arguments: phrases)
    func phraseMatches(phrase: Phrase) {
        let result = SearchFixture.intents.match(phrase.text, language: phrase.language)
        guard case .confident(let match) = result else {
            Issue.record("\(phrase): \(result)")
            return
        }
        #expect(match.id == phrase.id, "\(phrase): \(match)")
        #expect(match.command == phrase.command, "\(phrase): \(match)")
    }

    @Test("the interpreter runs the command for each phrase", arguments: phrases)
    func interpreterRunsCommand(phrase: Phrase) {
        let interpretation = SearchFixture.interpreter.interpret(phrase.text, language: phrase.language)
        #expect(interpretation == .command(SearchFixture.intents.match(phrase.text, language: phrase.language).matches[0]),
                "\(phrase): \(interpretation)")
    }

    @Test("a short, unclear text asks back with two or three options")
    func ambiguousAsksBack() {
        for (language, text) in [(Language.fi, "suunnitelma tiedostoon vai näytölle"), (.en, "plan")] {
            let result = SearchFixture.intents.match(text, language: language)
            print("[intent] \(language.rawValue) \"\(text)\" → \(result.matches.map { "\($0.id) \(String(format: "%.2f", $0.score))" })")
        }
        let result = SearchFixture.intents.match("suunnitelma", language: .fi)
        if case .confident(let match) = result {
            #expect(match.command == "/plan")
        }
        let options = SearchFixture.intents.match("luonnos", language: .fi)
        #expect(options.matches.contains { $0.command == "/drafts" || $0.command == "/draft" })
    }

    @Test("questions for Knowledge are not taken for commands", arguments: Language.allCases)
    func questionsAreNotCommands(language: Language) {
        var commands: [String] = []
        var answered = 0
        for question in SearchQuestionSet.questions(language) {
            switch SearchFixture.interpreter.interpret(question.text, language: language) {
            case .command(let match): commands.append("\(question) → \(match.command) \(String(format: "%.2f", match.score))")
            case .answer(let result, _): if result.best?.id == question.expected { answered += 1 }
            default: break
            }
        }
        print("[interpreter] \(language.rawValue): \(answered)/\(SearchQuestionSet.questions(language).count) answered with the expected article, \(commands.count) taken for commands")
        for command in commands { print("[interpreter] command: \(command)") }
        #expect(commands.isEmpty)
    }

    @Test("tip articles offer their tip, and the brief's example is answered from tip 7")
    func offers() {
        let interpretation = SearchFixture.interpreter.interpret("miten vastaan kun joku haukkuu meitä", language: .fi)
        guard case .answer(let result, let offer) = interpretation else {
            Issue.record("\(interpretation)")
            return
        }
        #expect(result.best?.id == "tip-7")
        #expect(offer == "/tips 7")
        #expect(SearchFixture.intents.command(forArticle: "hashtag-guide") == "/hashtags")
        #expect(SearchFixture.intents.command(forArticle: "privacy") == nil)
    }
}
