import Foundation

/// What the chat makes of one line of free text, for `kuulo ask`: the same reading and the same
/// messages the chat shows, with the command it would run instead of running it.
public struct AskReply: Sendable {
    /// How the text was read.
    public var interpretation: Interpretation
    /// The messages the chat shows, in order.
    public var messages: [ChatMessage]
    /// What `kuulo ask` prints: the chat's messages, except where the chat waits for a next line that
    /// a one-off command never reads — a cut answer is printed whole instead of "type more", and a close
    /// call prints each candidate's answer instead of asking for a number.
    public var standalone: [ChatMessage]
    /// The command the chat runs for it (`/tips 7`), in the chat's language; `nil` when none.
    public var command: String?
    /// Commands the reply offers (the options asked about, or the command that acts on the article),
    /// in the chat's language.
    public var suggestions: [String]
    /// The language the text was read and answered in (`nil`: not recorded).
    public var language: Language?

    /// What the reply is: `crisis`, `smalltalk`, `command`, `clarify`, `answer`, `closeCall` (two or
    /// three articles about equally good: the chat asks which) or `none`.
    public var kind: String {
        switch interpretation {
        case .crisis: "crisis"
        case .smalltalk: "smalltalk"
        case .command: command == nil ? "answer" : "command"
        case .clarify: suggestions.isEmpty ? "answer" : "clarify"
        case .answer(let result, _): result.isCloseCall ? "closeCall" : "answer"
        case .noAnswer: "none"
        }
    }

    /// The Knowledge result behind the reply, if there is one.
    public var result: KnowledgeSearchResult? {
        switch interpretation {
        case .crisis(_, let result), .answer(let result, _), .noAnswer(let result): result
        case .smalltalk, .command, .clarify: nil
        }
    }

    /// `{"kind", "language", "command", "intent", "answers", "choices", "suggestions", "messages"}`:
    /// `language` is the one the text was read and answered in, `answers` are the articles best first
    /// (empty unless answered), `choices` the close-call alternatives the chat asks between, `messages`
    /// what the chat shows (`style`, `text`).
    public var jsonValue: JSONValue {
        var object: [String: JSONValue] = ["kind": .string(kind)]
        object["language"] = language.map { .string($0.rawValue) } ?? .null
        object["command"] = command.map(JSONValue.string) ?? .null
        switch interpretation {
        case .crisis(let match, _), .smalltalk(let match), .command(let match): object["intent"] = .string(match.intent)
        default: object["intent"] = .null
        }
        object["answers"] = result?.jsonValue["answers"] ?? .array([])
        object["choices"] = .array((result?.isCloseCall == true ? result?.choices ?? [] : []).map(\.jsonValue))
        object["suggestions"] = .array(suggestions.map(JSONValue.string))
        object["messages"] = .array(messages.map { .object(["style": .string(Self.name(of: $0.style)), "text": .string($0.text)]) })
        return .object(object)
    }

    private static func name(of style: ChatMessage.Style) -> String {
        switch style {
        case .plain: "plain"
        case .heading: "heading"
        case .question: "question"
        case .hint: "hint"
        case .error: "error"
        case .success: "success"
        }
    }
}

extension KnowledgeAnswering {
    /// Answers in `language` without a plan (`kuulo ask`).
    public init(resources: KuuloResources, language: Language) {
        self.resources = resources
        self.language = language
        self.content = .object([:])
        self.userID = nil
    }

    /// What the chat would show and do for `input` outside a flow, read in this answering's language.
    public func ask(_ input: String, interpreter: FreeTextInterpreter) -> AskReply {
        reply(to: input, interpretation: interpreter.interpret(input, language: language), interpreter: interpreter)
    }

    /// What the chat would show and do for `input` outside a flow, read like the chat reads it: in the
    /// language it is written in when that is clearly another (`QuestionLanguage`), this answering's
    /// language counting as the chat's. `interpreters` gives each language's interpreter and is asked only
    /// for the languages tried, so one language's search is loaded unless the text needs another;
    /// `nil` when the language to read it in has none.
    public func ask(_ input: String, interpreters: (Language) -> FreeTextInterpreter?) -> AskReply? {
        var loaded: [Language: FreeTextInterpreter] = [:]
        func load(_ wanted: Language) -> FreeTextInterpreter? {
            if let known = loaded[wanted] { return known }
            let made = interpreters(wanted)
            loaded[wanted] = made
            return made
        }
        guard let (asked, interpretation) = QuestionLanguage(chat: language).interpret(input, searchable: { _ in true }, interpreter: load),
              let interpreter = load(asked) else { return nil }
        return speaking(asked).reply(to: input, interpretation: interpretation, interpreter: interpreter)
    }

    /// The reply to `input`, read by `interpreter` as `interpretation`.
    private func reply(to input: String, interpretation: Interpretation, interpreter: FreeTextInterpreter) -> AskReply {
        let effects: [ChatEffect]
        var command: String?
        let outcome = outcome(of: interpretation, input: input, interpreter: interpreter)
        switch outcome {
        case .say(let said), .answer(let said, _): effects = said
        case .run(let typed, let announcement):
            effects = announcement
            command = localized(typed)
        case .chooseArticle(let choices): effects = whichArticle(choices)
        }
        var suggestions: [String] = []
        switch interpretation {
        case .clarify(let options): suggestions = options.filter { commandOfferable($0.command) }.map { localized($0.command) }
        case .answer(let result, let offer) where !result.isCloseCall:
            if let offer, commandExists(offer) { suggestions = [localized(offer)] }
        default: break
        }
        let said = { (effects: [ChatEffect]) in
            effects.compactMap { effect -> ChatMessage? in
                if case .say(let message) = effect { return message }
                return nil
            }
        }
        let messages = said(effects)
        return AskReply(interpretation: interpretation, messages: messages, standalone: standalone(outcome).map(said) ?? messages,
                        command: command, suggestions: suggestions, language: language)
    }

    /// What a one-off command shows instead of `outcome`'s chat messages where the chat would wait for
    /// a next line (`nil`: the same): the whole of a cut answer, each candidate of a close call.
    func standalone(_ outcome: FreeTextOutcome) -> [ChatEffect]? {
        switch outcome {
        case .answer(let said, let more) where !more.isEmpty:
            let hint = text(.answerMore)
            var shown = said.filter { if case .say(let message) = $0 { message.text != hint } else { true } }
            let rest = ChatEffect.say(ChatMessage(more, style: .plain))
            // The excerpt stands right after the heading: a cut one gives way to the whole passage (which
            // `more` starts with), a whole one is followed by the rest, so nothing is said twice.
            guard shown.count > 1, case .say(let excerpt) = shown[1] else { return shown + [rest] }
            let cut = excerpt.text.hasSuffix("…") && more.hasPrefix(String(excerpt.text.dropLast()))
            if cut { shown[1] = rest } else { shown.insert(rest, at: 2) }
            return shown
        case .chooseArticle(let choices):
            return [say(.askCloseCall, style: .hint)] + choices.flatMap { choice in
                [ChatEffect.say(ChatMessage(choice.title, style: .heading)), .say(ChatMessage(choice.excerpt, style: .plain))]
            }
        default:
            return nil
        }
    }
}
