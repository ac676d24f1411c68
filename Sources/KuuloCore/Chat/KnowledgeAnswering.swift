import Foundation

/// Answers free text from Knowledge: the best passage with its title, what the organisation's own
/// plan has decided on the matter, other articles, and the command that acts on it. Used by the
/// chat, for free text and for `? question` inside a flow.
public struct KnowledgeAnswering {
    /// The shared data: Knowledge, commands, plan quotes.
    public let resources: KuuloResources
    /// The language of the answers.
    public let language: Language
    /// The plan's content, quoted in answers.
    public let content: JSONValue
    /// The user's id, for plan fields kept per trustee.
    public let userID: String?

    func text(_ key: MessageKey, _ arguments: [String: String] = [:]) -> String {
        resources.messages.text(key, language, arguments)
    }

    func say(_ key: MessageKey, _ arguments: [String: String] = [:], style: ChatMessage.Style = .plain) -> ChatEffect {
        .say(ChatMessage(text(key, arguments), style: style))
    }

    /// The same answering in `other` language: a question typed in another language than the chat's
    /// is answered, and asked back about, in its own.
    func speaking(_ other: Language) -> KnowledgeAnswering {
        other == language ? self : KnowledgeAnswering(resources: resources, language: other, content: content, userID: userID)
    }

    /// Whether a typed command (`/tips 7`) names a command this version has.
    func commandExists(_ typed: String) -> Bool {
        command(typed) != nil
    }

    /// Whether the command `typed` is one to offer among others outside the questions: it exists and does
    /// not work only while Kuulo asks questions (`/skip` is no choice when none is asked).
    func commandOfferable(_ typed: String) -> Bool {
        command(typed).map { !$0.flowOnly } ?? false
    }

    /// The command a typed command names (`/tips 7` → tips), if there is one.
    private func command(_ typed: String) -> ChatCommand? {
        resources.commands.command(named: IntentMatch.commandID(of: typed))
    }

    func answerOrGuide(_ input: String, interpreter: FreeTextInterpreter) -> [ChatEffect] {
        let result = interpreter.index.search(input, language: language)
        return result.isAnswered ? knowledgeAnswer(result, offer: nil) : noAnswer(result)
    }

    /// The best passage with its title and id, what the plan says about it, other articles, and the
    /// command that acts on it.
    func knowledgeAnswer(_ result: KnowledgeSearchResult, offer: String?) -> [ChatEffect] {
        guard let best = result.answers.first else { return noAnswer(result) }
        var effects: [ChatEffect] = [
            .say(ChatMessage(text(.articleHeading, ["title": best.title, "id": best.id]), style: .heading)),
            .say(ChatMessage(best.excerpt, style: .plain)),
        ]
        effects += planQuotes(for: best.id)
        let others = result.answers.dropFirst().prefix(2)
        if !others.isEmpty {
            effects.append(say(.answerSeeAlso, ["articles": others.map(\.title).joined(separator: "; ")], style: .hint))
        }
        if let offer, commandExists(offer) {
            effects.append(say(.answerOffer, ["command": localized(offer)], style: .hint))
        }
        return effects
    }

    /// What the organisation's own plan has decided on the article's subject.
    func planQuotes(for article: String) -> [ChatEffect] {
        let entries = resources.data.tree("Prompts/plan-quotes.yaml")?["quotes"]?.arrayValue ?? []
        var lines: [String] = []
        for entry in entries where (entry["articles"]?.stringArray ?? []).contains(article) {
            guard let field = entry["field"]?.stringValue.flatMap({ JSONPointer(fillTemplate($0, ["user": userID ?? "_"])) }),
                  let label = LocalizedText(json: entry["label"]),
                  let value = content.value(at: field), !value.isEmptyValue else { continue }
            let shown = value.stringArray?.joined(separator: "; ") ?? value.stringValue ?? JSONWriter.compact(value)
            lines.append(fillTemplate(label.text(language), ["value": shown]))
        }
        return lines.isEmpty ? [] : [.say(ChatMessage(lines.joined(separator: "\n"), style: .success))]
    }

    /// A typed command (`/tips 7`) with its name in the chat's language (`/vinkit 7`).
    func localized(_ typed: String) -> String {
        let body = typed.dropFirst()
        let name = String(body.prefix { !$0.isWhitespace })
        guard let command = resources.commands.command(named: name), let local = command.names[language] else { return typed }
        return "/" + local + body.dropFirst(name.count)
    }

    /// A helpful reply when nothing fits.
    func noAnswer(_ result: KnowledgeSearchResult) -> [ChatEffect] {
        switch result.status {
        case .empty: return []
        case .tooLong: return [say(.answerTooLongQuestion, style: .hint)]
        default:
            let guesses = result.answers.prefix(3).map(\.title)
            if guesses.isEmpty { return [say(.answerNone, style: .hint)] }
            return [say(.answerGuesses, ["articles": guesses.joined(separator: "; ")], style: .hint)]
        }
    }
}
