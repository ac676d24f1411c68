import Foundation

extension ChatSession {
    /// Answers from Knowledge over this session's plan, in its language.
    var knowledge: KnowledgeAnswering {
        KnowledgeAnswering(resources: resources, language: language, content: document.content, userID: userID)
    }

    /// Free text outside a flow: run the command it asks for, ask which one was meant, or answer it
    /// from Knowledge (quoting what the plan has decided on the matter).
    mutating func interpretFreeText(_ input: String) -> [ChatEffect] {
        guard let interpreter = resources.interpreter(lemmatizers: lemmatizers, stemmers: stemmers) else {
            return [say(.notUnderstood, ["input": String(input.prefix(60))], style: .hint)]
        }
        switch interpreter.interpret(input, language: language) {
        case .command(let match):
            guard knowledge.commandExists(match.command) else { return knowledge.answerOrGuide(input, interpreter: interpreter) }
            return [say(.intentRunning, ["command": knowledge.localized(match.command), "label": match.label.text(language)], style: .hint)] + handleCommand(match.command)
        case .clarify(let options):
            let available = options.filter { knowledge.commandExists($0.command) }
            guard !available.isEmpty else { return knowledge.answerOrGuide(input, interpreter: interpreter) }
            let lines = available.map { "  " + knowledge.localized($0.command) + " — " + $0.label.text(language) }
            return [.say(ChatMessage(text(.intentClarify) + "\n" + lines.joined(separator: "\n"), style: .hint))]
        case .answer(let result, let offer):
            if result.isCloseCall { return askWhichArticle(result.choices) }
            return knowledge.knowledgeAnswer(result, offer: offer)
        case .noAnswer(let result):
            return knowledge.noAnswer(result)
        }
    }

    /// Two or three articles answer about equally well: ask which one was meant rather than guess.
    /// The next line, a number, picks one (anything else goes on as usual).
    mutating func askWhichArticle(_ choices: [KnowledgeAnswer]) -> [ChatEffect] {
        mode = .choosingBetweenAnswers(choices)
        let lines = choices.enumerated().map { "  \($0.offset + 1)) \($0.element.title) (\($0.element.id))" }
        return [.say(ChatMessage(text(.answerCloseCall) + "\n" + lines.joined(separator: "\n"), style: .question))]
    }

    /// The answer the trustee picked from the offered `choices` by its number, if the line is one.
    func pickChoice(_ line: String, from choices: [KnowledgeAnswer]) -> [ChatEffect]? {
        guard let number = Int(line.trimmingCharacters(in: .whitespaces)), choices.indices.contains(number - 1) else { return nil }
        let chosen = choices[number - 1]
        let result = KnowledgeSearchResult(language: language, status: .answered, answers: [chosen], coverage: 1)
        let offer = resources.interpreter(lemmatizers: lemmatizers, stemmers: stemmers)?.intents.command(forArticle: chosen.id)
        return knowledge.knowledgeAnswer(result, offer: offer)
    }

    /// `? question` inside a flow: the answer, then the same question again.
    func answerInFlow(_ question: String) -> [ChatEffect] {
        guard let interpreter = resources.interpreter(lemmatizers: lemmatizers, stemmers: stemmers) else { return presentCurrentStep() }
        let result = interpreter.index.search(question, language: language)
        let effects = result.isAnswered ? knowledge.knowledgeAnswer(result, offer: nil) : knowledge.noAnswer(result)
        return effects + [say(.helpThenContinue, style: .hint)] + presentCurrentStep()
    }
}
