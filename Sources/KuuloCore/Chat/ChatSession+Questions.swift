import Foundation

extension ChatSession {
    /// Free text outside a flow: run the command it asks for, ask which one was meant, or answer it
    /// from Knowledge (quoting what the plan has decided on the matter).
    mutating func interpretFreeText(_ input: String) -> [ChatEffect] {
        guard let interpreter = resources.interpreter(lemmatizers: lemmatizers, stemmers: stemmers) else {
            return [say(.notUnderstood, ["input": String(input.prefix(60))], style: .hint)]
        }
        switch interpreter.interpret(input, language: language) {
        case .command(let match):
            guard commandExists(match.command) else { return answerOrGuide(input, interpreter: interpreter) }
            return [say(.intentRunning, ["command": localized(match.command), "label": match.label.text(language)], style: .hint)] + handleCommand(match.command)
        case .clarify(let options):
            let available = options.filter { commandExists($0.command) }
            guard !available.isEmpty else { return answerOrGuide(input, interpreter: interpreter) }
            let lines = available.map { "  " + localized($0.command) + " — " + $0.label.text(language) }
            return [.say(ChatMessage(text(.intentClarify) + "\n" + lines.joined(separator: "\n"), style: .hint))]
        case .answer(let result, let offer):
            if result.isCloseCall { return askWhichArticle(result.choices) }
            return knowledgeAnswer(result, offer: offer)
        case .noAnswer(let result):
            return noAnswer(result)
        }
    }

    /// Two or three articles answer about equally well: ask which one was meant rather than guess.
    /// The next line, a number, picks one (anything else goes on as usual).
    mutating func askWhichArticle(_ choices: [KnowledgeAnswer]) -> [ChatEffect] {
        pendingChoices = choices
        let lines = choices.enumerated().map { "  \($0.offset + 1)) \($0.element.title) (\($0.element.id))" }
        return [.say(ChatMessage(text(.answerCloseCall) + "\n" + lines.joined(separator: "\n"), style: .question))]
    }

    /// The answer the trustee picked from `pendingChoices` by its number, if the line is one.
    mutating func pickPendingChoice(_ line: String) -> [ChatEffect]? {
        guard let choices = pendingChoices else { return nil }
        pendingChoices = nil
        guard let number = Int(line.trimmingCharacters(in: .whitespaces)), choices.indices.contains(number - 1) else { return nil }
        let chosen = choices[number - 1]
        let result = KnowledgeSearchResult(language: language, status: .answered, answers: [chosen], coverage: 1)
        let offer = resources.interpreter(lemmatizers: lemmatizers, stemmers: stemmers)?.intents.command(forArticle: chosen.id)
        return knowledgeAnswer(result, offer: offer)
    }

    /// `? question` inside a flow: the answer, then the same question again.
    mutating func answerInFlow(_ question: String, definition: Flow, index: Int) -> [ChatEffect] {
        guard let interpreter = resources.interpreter(lemmatizers: lemmatizers, stemmers: stemmers) else { return presentStep(definition, index: index) }
        let result = interpreter.index.search(question, language: language)
        let effects = result.isAnswered ? knowledgeAnswer(result, offer: nil) : noAnswer(result)
        return effects + [say(.helpThenContinue, style: .hint)] + presentStep(definition, index: index)
    }

    private func answerOrGuide(_ input: String, interpreter: FreeTextInterpreter) -> [ChatEffect] {
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
            effects.append(say(.answerSeeAlso, ["articles": others.map { "\($0.title) (\($0.id))" }.joined(separator: "; ")], style: .hint))
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
                  let value = document.content.value(at: field), !value.isEmptyValue else { continue }
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
            let guesses = result.answers.prefix(3).map { "\($0.title) (\($0.id))" }
            if guesses.isEmpty { return [say(.answerNone, style: .hint)] }
            return [say(.answerGuesses, ["articles": guesses.joined(separator: "; ")], style: .hint)]
        }
    }
}
