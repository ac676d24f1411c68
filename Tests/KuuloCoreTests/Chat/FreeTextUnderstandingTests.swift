import Testing
import KuuloData
@testable import KuuloCore

/// The chat side of understanding free text (issue 13), without Voikko: crisis guidance first, small
/// talk, "more" after a cut answer, the reply `kuulo ask` shares, and the kept base forms.
@Suite("Chat: understanding free text")
struct FreeTextUnderstandingTests {
    func plan(decider: String? = nil) -> PlanDocument {
        var document = PlanDocument()
        document.content = ["organisation": ["name": "Tampereen ylioppilaskunta", "shortName": "TYY", "languages": ["fi"]]]
        if let decider { document.content.setValue(.string(decider), at: JSONPointer(tokens: ["crisis", "decider"])) }
        document.recordRevision(author: "Maija", time: "2026-11-25T10:00:00Z", summary: "setup")
        return document
    }

    @Test("a threat gets the crisis guidance and the plan's crisis decider before anything else")
    func crisisGuidance() {
        var chat = ChatHarness(language: .en, user: "Maija", document: plan(decider: "the chair, Maija"))
        let reply = chat.send("someone keeps threatening me, help me reply")
        #expect(reply.hasPrefix("This sounds serious"))
        #expect(reply.contains("call 112"))
        #expect(reply.contains("Who decides in a crisis: the chair, Maija"))
        #expect(!reply.contains("→ /reply"))
        var without = ChatHarness(language: .fi, user: "Maija", document: plan())
        let finnish = without.send("joku uhkailee mua")
        #expect(finnish.hasPrefix("Tämä kuulostaa vakavalta"))
        #expect(finnish.contains("/vinkit 7"))
    }

    @Test("distress gets a warm reply with a person and the numbers to call, not the plan's escalation steps")
    func distress() {
        var chat = ChatHarness(language: .en, user: "Maija", document: plan(decider: "the chair, Maija"))
        let reply = chat.send("i want to die")
        #expect(reply.hasPrefix("Thank you for telling me"))
        #expect(reply.contains("call 112"))
        #expect(reply.contains("09 2525 0111"))
        // Worry for someone else is told what to do too.
        #expect(reply.contains("worried about someone else"))
        #expect(!reply.contains("Who decides in a crisis"))
        var finnish = ChatHarness(language: .fi, user: "Maija", document: plan())
        let vastaus = finnish.send("en jaksa enää")
        #expect(vastaus.hasPrefix("Kiitos, että kerroit"))
        #expect(vastaus.contains("112"))
        #expect(vastaus.contains("09 2525 0111"))
        #expect(vastaus.contains("koskee jotakuta toista"))
    }

    @Test("every command a trustee may ask for in words has an intent with its id, and every intent runs a command there is")
    func everyCommandHasAnIntent() {
        let data = DataFiles(embedded: EmbeddedFiles.all)
        let commands = CommandRegistry(data: data)
        let catalog = IntentCatalog(data: data)
        // The commands used only inside a flow (back, skip, cancel) too: typed as an answer, they are read there.
        for command in commands.commands {
            #expect(catalog.intent(command.id) != nil, "\(command.id)")
        }
        for intent in catalog.intents where intent.kind == .command {
            let name = String(intent.command.dropFirst().prefix { !$0.isWhitespace })
            #expect(commands.command(named: name) != nil, "\(intent.id): \(intent.command)")
        }
    }

    @Test("a greeting gets a short reply, not an article")
    func greeting() {
        var chat = ChatHarness(language: .en, user: "Maija", document: plan())
        #expect(chat.send("hello") == "Hi! Ask me anything about social media, or type /help to see what I can do.")
    }

    @Test("a question in the other language is searched and answered in that language; short lines and commands stay in the chat's")
    func questionInTheOtherLanguage() {
        var finnish = ChatHarness(language: .fi, user: "Maija", document: plan())
        let english = finnish.send("how should we answer criticism calmly in the comments")
        #expect(english.contains("answer criticism calmly"), "\(english)")
        #expect(!english.contains("Älä provosoidu"))
        var englishChat = ChatHarness(language: .en, user: "Maija", document: plan())
        let suomeksi = englishChat.send("miten vastataan kritiikkiin asiallisesti, kun joku haukkuu meitä kommenteissa")
        #expect(suomeksi.contains("Älä provosoidu"), "\(suomeksi)")
        // One or two words and commands are the chat's language whatever they look like.
        #expect(QuestionLanguage(chat: .fi).alternatives(for: "the end", searchable: { _ in true }).clear == nil)
        #expect(englishChat.send("/help").contains("/help"))
        let clear = QuestionLanguage(chat: .fi).alternatives(for: "what should we post on the page", searchable: { _ in true })
        #expect(clear.clear == .en)
        let notSearchable = QuestionLanguage(chat: .fi).alternatives(for: "what should we post on the page", searchable: { $0 == .fi })
        #expect(notSearchable.clear == nil && notSearchable.leaning.isEmpty)
    }

    @Test("more shows the rest of a cut answer, once; anything else goes on as usual")
    func more() throws {
        var chat = ChatHarness(language: .en, user: "Maija", document: plan())
        let answer = chat.send("how do we answer criticism calmly")
        try #require(answer.contains("Type “more” to see the rest."))
        #expect(!chat.session.moreToShow.isEmpty)
        let rest = chat.send("more")
        #expect(rest == chat.transcript.last)
        #expect(!rest.contains("I found nothing"))
        #expect(chat.session.moreToShow.isEmpty)
        _ = chat.send("how do we answer criticism calmly")
        _ = chat.send("/help")
        #expect(chat.session.moreToShow.isEmpty)
    }

    @Test("kuulo ask's reply is what the chat shows, with the command it would run and its close-call choices")
    func askReply() throws {
        let resources = KuuloResources(data: DataFiles(embedded: EmbeddedFiles.all))
        let interpreter = try #require(resources.interpreter(lemmatizers: [:], stemmers: [:]))
        let answering = KnowledgeAnswering(resources: resources, language: .en)
        let command = answering.ask("I want to write a post", interpreter: interpreter)
        #expect(command.kind == "command")
        #expect(command.command == "/draft")
        #expect(command.jsonValue["command"]?.stringValue == "/draft")
        #expect(command.messages.first?.text.contains("/draft") == true)
        let crisis = answering.ask("threatening", interpreter: interpreter)
        #expect(crisis.kind == "crisis")
        for key in ["kind", "command", "intent", "answers", "choices", "suggestions", "messages"] {
            #expect(crisis.jsonValue[key] != nil, "\(key)")
        }
    }

    @Test("kuulo ask's JSON lists a close call's choices (the chat asks between them) and no choices otherwise")
    func askJSONChoices() throws {
        let first = KnowledgeAnswer(id: "tip-4", language: .en, title: "Hashtags", heading: "", score: 2, excerpt: "One tag.")
        let second = KnowledgeAnswer(id: "hashtag-guide", language: .en, title: "Hashtag guide", heading: "", score: 1.9, excerpt: "Tags.")
        let close = KnowledgeSearchResult(language: .en, status: .answered, answers: [first, second], coverage: 1, choices: [first, second])
        let reply = AskReply(interpretation: .answer(close, offer: nil), messages: [], standalone: [], command: nil, suggestions: [])
        #expect(reply.kind == "closeCall")
        let choices = try #require(reply.jsonValue["choices"]?.arrayValue)
        #expect(choices.compactMap { $0["id"]?.stringValue } == ["tip-4", "hashtag-guide"])
        #expect(choices.first?["title"]?.stringValue == "Hashtags")
        let clear = KnowledgeSearchResult(language: .en, status: .answered, answers: [first, second], coverage: 1)
        let answer = AskReply(interpretation: .answer(clear, offer: "/tips 4"), messages: [], standalone: [], command: nil, suggestions: ["/tips 4"])
        #expect(answer.kind == "answer")
        #expect(answer.jsonValue["choices"]?.arrayValue?.isEmpty == true)
        #expect(answer.jsonValue["suggestions"]?.arrayValue?.compactMap(\.stringValue) == ["/tips 4"])
    }

    @Test("kept base forms read back as written, suggestions included, and the key follows the data")
    func lemmaTable() {
        let table = LemmaTable(entries: ["kuvassa": ["kuva"], "xq": [], "?kirjotella": ["kirjoitella"]], fallback: nil)
        let read = LemmaTable(text: table.text, fallback: nil)
        #expect(read.entries == table.entries)
        #expect(read.baseForms("kuvassa") == ["kuva"])
        #expect(read.baseForms("unknown").isEmpty)
        #expect(read.suggestions(for: "kirjotella") == ["kirjoitella"])
        let data = DataFiles(embedded: EmbeddedFiles.all)
        let changed = DataFiles(embedded: EmbeddedFiles.all, overrides: [SearchVocabulary.stopWordsPath: "fi: [ja]\nen: [and]\n"])
        #expect(LemmaTable.key(for: data) == LemmaTable.key(for: DataFiles(embedded: EmbeddedFiles.all)))
        #expect(LemmaTable.key(for: data) != LemmaTable.key(for: changed))
    }

    @Test("an article's sections say whether they are advice, mistakes or worksheet questions; the marker is not text")
    func sectionKinds() throws {
        let knowledge = KnowledgeBase(data: DataFiles(embedded: EmbeddedFiles.all))
        let article = try #require(knowledge.articles["tip-7"]?[.en])
        #expect(article.sections.map(\.kind).contains(.pitfalls))
        #expect(article.sections.map(\.kind).contains(.worksheet))
        #expect(article.sections.first?.kind == .advice)
        #expect(!article.body.contains("<!--"))
        #expect(article.sections.allSatisfy { !$0.body.contains("<!--") })
    }
}
