import Foundation

/// What a line of free text outside a flow asks the chat to do.
enum FreeTextOutcome: Equatable {
    /// Show these (an answer, a guide, a question about which command was meant).
    case say([ChatEffect])
    /// Say so, then run the command the text asked for.
    case run(command: String, announcement: [ChatEffect])
    /// Two or three articles answer about equally well: ask which one was meant.
    case chooseArticle([KnowledgeAnswer])
    /// Show an answer from Knowledge; `more` is what "lisää" / "more" shows next (empty: nothing).
    case answer([ChatEffect], more: String)
}

extension KnowledgeAnswering {
    /// Reads free text outside a flow with `interpreter` (none: the text is not understood): the
    /// command it asks for, which command was meant, or an answer from Knowledge — in the language the
    /// text is written in (`QuestionLanguage`), which may not be the chat's.
    func interpret(_ input: String, interpreter: FreeTextInterpreter?) -> FreeTextOutcome {
        guard let interpreter else {
            return .say([say(.notUnderstood, ["input": String(input.prefix(60))], style: .hint)])
        }
        // A question in another language is read, and answered, in that language.
        let (asked, interpretation) = QuestionLanguage(chat: language).interpret(input, interpreter: interpreter)
        return speaking(asked).outcome(of: interpretation, input: input, interpreter: interpreter)
    }

    /// What to do about `input`, read by `interpreter` as `interpretation`.
    func outcome(of interpretation: Interpretation, input: String, interpreter: FreeTextInterpreter) -> FreeTextOutcome {
        switch interpretation {
        case .crisis(let match, let result):
            let intent = interpreter.intents.catalog.intent(match.intent)
            // Distress needs a person and a number, said in its own words, not the plan's escalation steps.
            if let reply = intent?.reply?.text(language) { return .say([.say(ChatMessage(reply, style: .plain))]) }
            return .say(crisisGuidance(result, articles: intent?.articles ?? [], anyArticle: match.answersToo))
        case .smalltalk(let match):
            let reply = interpreter.intents.catalog.intent(match.intent)?.reply?.text(language) ?? text(.answerNone)
            return .say([.say(ChatMessage(reply, style: .plain))])
        case .command(let match):
            guard commandExists(match.command) else { return .say(answerOrGuide(input, interpreter: interpreter)) }
            let announcement = say(.intentRunning, ["command": localized(match.command), "label": match.label.text(language)], style: .hint)
            return .run(command: match.command, announcement: [announcement])
        case .clarify(let options):
            let available = options.filter { commandOfferable($0.command) }
            guard !available.isEmpty else { return .say(answerOrGuide(input, interpreter: interpreter)) }
            let lines = available.map { "  " + localized($0.command) + " — " + $0.label.text(language) }
            return .say([.say(ChatMessage(text(.intentClarify) + "\n" + lines.joined(separator: "\n"), style: .hint))])
        case .answer(let result, let offer):
            if result.isCloseCall { return .chooseArticle(result.choices) }
            let more = result.answers.first?.more ?? ""
            var effects = knowledgeAnswer(result, offer: offer)
            if !more.isEmpty { effects.append(say(.answerMore, style: .hint)) }
            return .answer(effects, more: more)
        case .noAnswer(let result):
            return .say(noAnswer(result))
        }
    }

    /// What to do first in a crisis, who decides and how it escalates by the plan (or that the plan
    /// does not say yet), then Knowledge's answer when it comes from one of the crisis `articles`
    /// ("who decides during a shitstorm") or, with `anyArticle` (a crisis asked as a question), from any article;
    /// else the first of the crisis articles to read.
    func crisisGuidance(_ result: KnowledgeSearchResult, articles: [String], anyArticle: Bool = false) -> [ChatEffect] {
        var effects = [say(.crisisGuidance, style: .error)]
        let quotes = articles.first.map(planQuotes(for:)) ?? []
        effects += quotes.isEmpty ? [say(.crisisNoDecider, style: .hint)] : quotes
        if let best = result.best, anyArticle || articles.contains(best.id) {
            let answer = KnowledgeSearchResult(language: language, status: .answered, answers: [best], coverage: result.coverage)
            return effects + knowledgeAnswer(answer, offer: nil).filter { !quotes.contains($0) }
        }
        let titles = articles.prefix(1).compactMap { id in resources.knowledge.articles[id]?[language]?.title }
        if !titles.isEmpty {
            effects.append(say(.answerSeeAlso, ["articles": titles.joined(separator: "; ")], style: .hint))
        }
        return effects
    }

    /// The question which of the close `choices` was meant, numbered, in the choices' language.
    func whichArticle(_ choices: [KnowledgeAnswer]) -> [ChatEffect] {
        let lines = choices.enumerated().map { "  \($0.offset + 1)) \($0.element.title)" }
        let asking = speaking(choices.first?.language ?? language)
        return [.say(ChatMessage(asking.text(.answerCloseCall) + "\n" + lines.joined(separator: "\n"), style: .question))]
    }

    /// The answer picked from the offered `choices` by its number, if the line is one, in the choices'
    /// language.
    func pick(_ line: String, from choices: [KnowledgeAnswer], interpreter: FreeTextInterpreter?) -> [ChatEffect]? {
        guard let number = Int(line.trimmingCharacters(in: .whitespaces)), choices.indices.contains(number - 1) else { return nil }
        let chosen = choices[number - 1]
        guard chosen.language == language else { return speaking(chosen.language).pick(line, from: choices, interpreter: interpreter) }
        let result = KnowledgeSearchResult(language: language, status: .answered, answers: [chosen], coverage: 1)
        return knowledgeAnswer(result, offer: interpreter?.intents.command(forArticle: chosen.id))
    }

    /// The rest of the last answer (`pending`) when `line` asks for it ("lisää", "more"), else `nil`.
    func continuation(_ line: String, pending: String, interpreter: FreeTextInterpreter?) -> [ChatEffect]? {
        guard !pending.isEmpty else { return nil }
        let words = interpreter?.intents.catalog.moreWords[language] ?? []
        let typed = line.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: " .!?"))
        guard words.contains(typed) else { return nil }
        return [.say(ChatMessage(pending, style: .plain))]
    }

    /// The answer to `? question` inside a flow (nil without an interpreter).
    func answerInFlow(_ question: String, interpreter: FreeTextInterpreter?) -> [ChatEffect]? {
        guard let interpreter else { return nil }
        let result = interpreter.index.search(question, language: language)
        return result.isAnswered ? knowledgeAnswer(result, offer: nil) : noAnswer(result)
    }
}
