import Foundation

/// What the chat makes of a slash command there is not (`/ohje`, `/vastuuhenkilö`, `/hashtag`): the
/// command it was surely meant as, a few it may have been meant as, or nothing.
///
/// 1. A command's former name (`formerNames` in `Prompts/commands.yaml`): that command, with the
///    argument typed.
/// 2. The words after the slash read as a request, the way free text is read (`IntentMatcher`): one
///    command that is clear (confident, or a request's lone fitting command) is opened with a line
///    saying which.
/// 3. Otherwise the command whose name is closest in spelling (a typo) and the commands the words fit
///    somewhat are suggested, at most `IntentSettings.maximumCandidates`.
/// 4. Otherwise the usual "there is no command".
struct UnknownCommand {
    /// What to do about the line.
    enum Outcome: Equatable {
        /// Say so, then run this command.
        case run(command: String, announcement: [ChatEffect])
        /// Only say this.
        case say([ChatEffect])
    }

    /// The name typed, without the slash.
    let name: String
    /// The rest of the line.
    let argument: String

    /// What to do: open a command with an announcement, or say why not and what may have been meant.
    func outcome(_ answering: KnowledgeAnswering, interpreter: FreeTextInterpreter?) -> Outcome {
        let typed = "/" + name
        let commands = answering.resources.commands
        if let former = formerCommand(commands: commands, data: answering.resources.data),
           let current = former.names[answering.language] ?? former.names.values.sorted().first {
            return run("/" + current + (argument.isEmpty ? "" : " " + argument), answering: answering,
                       label: former.summary.text(answering.language))
        }
        let (clear, options) = requestOptions(answering.language, interpreter: interpreter)
        if let clear { return run(clear.command, answering: answering, label: clear.label.text(answering.language)) }
        var suggested: [String] = []
        if let spelled = commands.suggestion(for: name, language: answering.language) { suggested.append("/" + spelled) }
        var labels: [String: String] = [:]
        for option in options where !suggested.contains(where: { Self.sameCommand($0, option.command, commands: commands) }) {
            suggested.append(option.command)
            labels[option.command] = option.label.text(answering.language)
        }
        let limit = interpreter?.intents.settings.maximumCandidates ?? 3
        suggested = Array(suggested.prefix(limit))
        switch suggested.count {
        case 0:
            return .say([answering.say(.unknownCommand, ["command": typed], style: .error)])
        case 1 where labels.isEmpty:
            // A typo: the name it is closest to, in the language it was typed in.
            return .say([answering.say(.unknownCommandSuggestion, ["command": typed, "suggestion": suggested[0]], style: .error)])
        default:
            let lines = suggested.map { command in
                let summary = labels[command] ?? Self.summary(of: command, commands: commands, language: answering.language)
                let shown = labels[command] == nil ? command : answering.localized(command)
                return "  " + shown + (summary.isEmpty ? "" : " — " + summary)
            }
            let header = answering.text(.unknownCommandOptions, ["command": typed])
            return .say([.say(ChatMessage(header + "\n" + lines.joined(separator: "\n"), style: .hint))])
        }
    }

    /// The command that had the typed name before, if one did.
    func formerCommand(commands: CommandRegistry, data: DataFiles) -> ChatCommand? {
        let lowered = name.lowercased()
        let entries = data.tree(CommandRegistry.path)?["commands"]?.arrayValue ?? []
        guard let id = entries.first(where: { ($0["formerNames"]?.stringArray ?? []).contains { $0.lowercased() == lowered } })?["id"]?
            .stringValue else { return nil }
        return commands.command(id: id)
    }

    /// The command the typed words clearly ask for, if one is clear, and the commands they may ask for,
    /// best first. A slash word is read more strictly than a line of free text, since nothing is asked
    /// back before the command opens: clear is what the matcher is confident of, or one of an intent's
    /// own examples word for word (`/ohje`) ahead of the next by `IntentSettings.requestMargin`. Crisis
    /// and small talk are never opened from a slash.
    func requestOptions(_ language: Language, interpreter: FreeTextInterpreter?) -> (clear: IntentMatch?, options: [IntentMatch]) {
        guard let intents = interpreter?.intents else { return (nil, []) }
        let words = String(name.map { "-_".contains($0) ? " " : $0 }) + (argument.isEmpty ? "" : " " + argument)
        let result = intents.match(words, language: language)
        let options = result.matches.filter { $0.kind == .command && $0.score >= intents.settings.requestCandidateScore }
        if case .confident(let match) = result, match.kind == .command, match.score >= Self.clearScore { return (match, options) }
        if let best = options.first, best.score >= Self.exampleScore,
           options.count == 1 || best.score - options[1].score >= intents.settings.requestMargin - 1e-9 {
            return (best, options)
        }
        return (nil, options)
    }

    /// The score of a text that is one of an intent's examples word for word (1 but for rounding).
    static let exampleScore = 0.99

    /// The least score at which a slash word opens a command unasked: a word that names it ("/kanava",
    /// "/kieli", "/vie") scores 0.78 or more, one that only shares a stem with an example ("/responsible"
    /// and "response", 0.61) is offered instead, since a command opened by mistake costs more than a question.
    static let clearScore = 0.75

    /// Says which command was opened instead, then opens it.
    private func run(_ command: String, answering: KnowledgeAnswering, label: String) -> Outcome {
        let announcement = answering.say(.unknownCommandRunning,
                                         ["command": "/" + name, "match": answering.localized(command), "label": label], style: .hint)
        return .run(command: command, announcement: [announcement])
    }

    /// Whether two typed commands name the same command (`/apua` and `/help`).
    private static func sameCommand(_ first: String, _ second: String, commands: CommandRegistry) -> Bool {
        let id = { (typed: String) in commands.command(named: String(typed.dropFirst().prefix { !$0.isWhitespace }))?.id }
        return id(first) != nil && id(first) == id(second)
    }

    /// The one-line summary of a typed command, or nothing.
    private static func summary(of typed: String, commands: CommandRegistry, language: Language) -> String {
        commands.command(named: String(typed.dropFirst().prefix { !$0.isWhitespace }))?.summary.text(language) ?? ""
    }
}
