import Foundation

/// What a command that needs code does (`action:` in `Prompts/commands.yaml`): one small type per
/// group of actions, each working on the session it runs in. `CommandAction.handler` registers them,
/// so the session's dispatch is one line and a new action is one case and one handler.
protocol ActionHandler {
    /// Runs `action` with what was typed after the command's name.
    func run(_ action: CommandAction, _ argument: String, in session: inout ChatSession) -> [ChatEffect]
}

extension CommandAction {
    /// The handler registered for the action.
    var handler: any ActionHandler {
        switch self {
        case .help, .lang, .quit: return ConversationActions()
        case .plan, .save, .history, .undo, .export: return PlanFileActions()
        case .draft, .edit, .drafts: return DraftActions()
        case .redact: return RedactAction()
        case .results, .listen: return MemberActions()
        case .back, .skip, .cancel: return FlowActions()
        }
    }
}

/// `/help`, `/lang` and `/quit`: the conversation itself.
struct ConversationActions: ActionHandler {
    func run(_ action: CommandAction, _ argument: String, in session: inout ChatSession) -> [ChatEffect] {
        switch action {
        case .help:
            return SessionCommands.help(argument, resources: session.resources, language: session.language)
        case .lang:
            let (chosen, effects) = SessionCommands.language(argument, current: session.language, messages: session.resources.messages)
            guard let chosen else { return effects }
            session.context.language = chosen
            return effects + [.rememberLanguage(chosen)] + session.presentCurrentStep()
        default:
            return session.finish(code: 0)
        }
    }
}

/// `/back`, `/skip` and `/cancel`: the running flow's engine takes them.
struct FlowActions: ActionHandler {
    func run(_ action: CommandAction, _ argument: String, in session: inout ChatSession) -> [ChatEffect] {
        session.withFlowEngine { $0.command(action) }
    }
}

/// `/plan`, `/save`, `/history`, `/undo` and `/export`: the plan file and its versions (`PlanCommands`).
struct PlanFileActions: ActionHandler {
    func run(_ action: CommandAction, _ argument: String, in session: inout ChatSession) -> [ChatEffect] {
        let arguments = session.templateArguments
        switch action {
        case .plan:
            // What is there and what is missing, then the one thing to do next ("what should I do next" lands here).
            let report = session.context.planReport
            return [.say(ChatMessage(report.summary, style: .plain))] + (report.nextAction.map { [.say(ChatMessage($0, style: .hint))] } ?? [])
        case .history: return [.say(ChatMessage(session.context.planCommands.historyListing(limit: 20), style: .plain))]
        case .save: return session.context.withPlanCommands { $0.save(argument, templateArguments: arguments) }
        case .undo: return session.context.withPlanCommands { $0.undo(templateArguments: arguments) }
        default: return session.context.planCommands.export(argument, lemmatizer: session.context.services.lemmatizers[session.language])
        }
    }
}

/// `/results` and `/listen`: what members said and how the posts did (`ResultsCommand`, `ListeningCommand`).
struct MemberActions: ActionHandler {
    func run(_ action: CommandAction, _ argument: String, in session: inout ChatSession) -> [ChatEffect] {
        let resources = session.resources
        let language = session.language
        guard action == .listen else {
            return ResultsCommand(resources: resources, language: language).start(argument, content: session.document.content)
        }
        let words = resources.digestWords(language, lemmatizer: session.context.services.lemmatizers[language])
        guard let shown = ListeningCommand(resources: resources, language: language).show(argument, content: session.document.content,
                                                                                          digestWords: words) else {
            return session.startFlow("listen", interrupting: true)
        }
        guard let content = shown.content else { return shown.effects }
        session.document.content = content
        return shown.effects + (session.record(session.context.text(.listenRevisionAnswered)) != nil ? [.persist] : [])
    }
}
