import Foundation

/// The chat as a state machine: it takes input lines and returns effects (messages to show, "save
/// now", "exit"), holding the plan and the running flow. It does no I/O, so every conversation can be
/// tested without a terminal and reused by another front end.
public struct ChatSession {
    /// The plan being worked on.
    public internal(set) var document: PlanDocument
    /// The language the chat speaks.
    public internal(set) var language: Language
    /// The person using Kuulo, once known.
    public internal(set) var userName: String?
    /// What the chat is doing: idle, in a flow, reading a `"""` block, settling a conflict, or
    /// waiting for the pick between close answers.
    var mode: ChatMode = .idle
    /// The running flow, if any.
    public internal(set) var flow: FlowState? {
        get { mode.flow }
        set { mode = mode.replacingFlow(newValue) }
    }
    /// The shared data: texts, flows, Knowledge.
    public let resources: KuuloResources
    /// Where the plan lives, as shown to the user.
    public let planPath: String
    let clock: () -> Date
    var undoTarget: Int?
    /// The draft or reply that `/edit` and `/draft <action>` act on: the last one written or opened.
    public internal(set) var openRecord: OpenRecord?
    /// Word boundaries for CamelCase display forms of hashtags (Voikko, a word list), when available.
    public var segmenter: (any WordSegmenter)?
    /// Base forms for understanding free text (Voikko for Finnish), when available.
    public var lemmatizers: [Language: any Lemmatizer] = [:]
    /// Stems for understanding free text (Snowball), when available.
    public var stemmers: [Language: any Stemmer] = [:]
    /// Loads the spelling and grammar checkers for draft checks (only when a draft is checked).
    public var checkServices: (@Sendable () -> LanguageServices)?
    /// The checkers and word lists once loaded, kept for the session.
    let draftCheckCache = DraftCheckCache()

    /// Creates a session over a loaded (or new, empty) plan.
    public init(document: PlanDocument, resources: KuuloResources, language: Language, userName: String?,
                planPath: String, clock: @escaping () -> Date) {
        self.document = document
        self.resources = resources
        self.language = language
        let name = userName.map(OneLineText.make)
        self.userName = name?.isEmpty == false ? name : nil
        self.planPath = planPath
        self.clock = clock
    }

    // MARK: - Reading state

    /// The user's id in the plan's trustee list.
    public var userID: String? { userName.map(Slug.make) }

    /// The organisation's short name, else its name.
    public var organisationName: String? { planReader.organisationName }

    /// The plan as flows and templates read it.
    var planReader: FlowPlanReader {
        FlowPlanReader(content: document.content, resources: resources, language: language, userName: userName, state: flow,
                       planPath: planPath, revision: document.revision, now: clock())
    }

    /// What kind of input comes next.
    public var inputMode: InputMode {
        switch mode {
        case .multiLineInput: return .continuation
        case .resolvingConflict: return .answer
        case .inFlow(let flow): return flow.listItems != nil ? .listItem : .answer
        case .idle, .choosingBetweenAnswers: return .command
        }
    }

    /// Completions for a partly typed line.
    public func completions(for line: String) -> [String] {
        resources.completions(for: line)
    }

    func text(_ key: MessageKey, _ arguments: [String: String] = [:]) -> String {
        resources.messages.text(key, language, arguments)
    }

    func say(_ key: MessageKey, _ arguments: [String: String] = [:], style: ChatMessage.Style = .plain) -> ChatEffect {
        .say(ChatMessage(text(key, arguments), style: style))
    }

    var templateArguments: [String: String] { planReader.templateArguments }

    // MARK: - Lifecycle

    /// The opening of a session: a greeting, and the setup flow when the plan has no organisation yet,
    /// or a question about who is speaking when that is not known.
    public mutating func start() -> [ChatEffect] {
        if organisationName == nil {
            var effects = [say(.greetingNewPlan, templateArguments, style: .heading)]
            effects += startFlow("setup")
            return effects
        }
        var arguments = templateArguments
        arguments["name"] = userName ?? ""
        var effects = [say(userName == nil ? .greetingAnonymous : .greeting, arguments, style: .heading)]
        if userName == nil {
            effects += startFlow("identify")
            return effects
        }
        effects.append(.say(ChatMessage(nextStepAdvice(), style: .hint)))
        return effects
    }

    /// One line of input (without its newline).
    public mutating func handle(_ rawLine: String) -> [ChatEffect] {
        let line = rawLine.replacingOccurrences(of: "\r", with: "")
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        if case .multiLineInput(var lines, let running) = mode {
            if trimmed == "\"\"\"" {
                mode = mode.leavingInput
                return handleAnswerOrCommand(lines.joined(separator: "\n"), isBlock: true)
            }
            lines.append(line)
            mode = .multiLineInput(lines, flow: running)
            return []
        }
        if trimmed == "\"\"\"" {
            if case .choosingBetweenAnswers = mode { mode = .idle }
            mode = .multiLineInput([], flow: flow)
            return [say(.blockStarted, style: .hint)]
        }
        return handleAnswerOrCommand(line, isBlock: false)
    }

    /// Ctrl-C at the prompt: the reader has discarded the line; an open `"""` block goes too.
    public mutating func interrupt() -> [ChatEffect] {
        guard case .multiLineInput = mode else { return [] }
        mode = mode.leavingInput
        return [say(.blockDiscarded, style: .hint)]
    }

    /// End of input (Ctrl-D or the end of piped input): save and exit 0.
    public mutating func endOfInput() -> [ChatEffect] {
        var effects: [ChatEffect] = []
        if case .multiLineInput(let lines, _) = mode, !lines.isEmpty {
            mode = mode.leavingInput
            effects += handleAnswerOrCommand(lines.joined(separator: "\n"), isBlock: true)
        }
        return effects + finish(code: 0)
    }

    /// SIGTERM or SIGHUP: save and exit with `code`.
    public mutating func terminate(code: Int32) -> [ChatEffect] {
        finish(code: code)
    }

    /// Records a revision for unsaved work, says goodbye and exits.
    mutating func finish(code: Int32) -> [ChatEffect] {
        var effects: [ChatEffect] = []
        if document.hasUnrecordedChanges { record(sessionRevisionSummary(in: flow)) }
        effects.append(.persist)
        if code == 0 {
            effects.append(say(.goodbye, ["revision": String(document.revision), "path": planPath], style: .hint))
        }
        effects.append(.exit(code))
        return effects
    }

    /// The summary of a revision for the session's unsaved work, naming the flow `state` when the
    /// work was left inside one (filled with the template arguments as they are now).
    func sessionRevisionSummary(in state: FlowState?) -> String {
        var arguments = templateArguments
        guard let state else { return text(.revisionSession, arguments) }
        // As when a flow is completed (FlowCompletionHandler): `{draft}` is the record the flow writes.
        arguments["draft"] = state.record ?? ""
        arguments["flow"] = fillTemplate(resources.flow(state.flowID)?.summary.text(language) ?? state.flowID, arguments)
        return text(.revisionSessionInFlow, arguments)
    }

    /// Records a revision now, authored by the user and timed by the session's clock.
    @discardableResult
    mutating func record(_ summary: String) -> Revision? { withPlanCommands { $0.record(summary) } }

    /// The plan-file commands over this session's plan.
    var planCommands: PlanCommands {
        PlanCommands(document: document, undoTarget: undoTarget, resources: resources, language: language, userName: userName,
                     planPath: planPath, clock: clock)
    }

    /// Runs a plan-file command and takes back the plan and the undo position it changed.
    mutating func withPlanCommands<Result>(_ body: (inout PlanCommands) -> Result) -> Result {
        var commands = planCommands
        let result = body(&commands)
        document = commands.document
        undoTarget = commands.undoTarget
        return result
    }

    /// Takes a plan that the front end merged with another session's saved work.
    public mutating func adopt(_ merged: PlanDocument) {
        document = merged
    }

    // MARK: - Dispatch

    mutating func handleAnswerOrCommand(_ input: String, isBlock: Bool) -> [ChatEffect] {
        let trimmed = input.trimmingCharacters(in: .whitespacesAndNewlines)
        if case .resolvingConflict = mode { return answerConflict(trimmed) }
        if !isBlock, trimmed.hasPrefix("/"), trimmed.count > 1 {
            if case .choosingBetweenAnswers = mode { mode = .idle }
            return handleCommand(trimmed)
        }
        switch mode {
        case .inFlow, .multiLineInput(_, flow: _?):
            return handleFlowInput(input, isBlock: isBlock)
        case .choosingBetweenAnswers(let choices):
            mode = .idle
            if let picked = pickChoice(trimmed, from: choices) { return picked }
        case .idle, .multiLineInput, .resolvingConflict:
            break
        }
        if trimmed.isEmpty { return [] }
        if trimmed == "?" { return [say(.helpHint, style: .hint)] }
        return interpretFreeText(trimmed)
    }

    mutating func handleCommand(_ line: String) -> [ChatEffect] {
        let body = line.dropFirst()
        let name = String(body.prefix { !$0.isWhitespace })
        let argument = body.dropFirst(name.count).trimmingCharacters(in: .whitespaces)
        switch resources.commands.lookup(name, language: language, inFlow: flow != nil) {
        case .run(.flow(let id, let kind)): return startCommandFlow(id, argument: argument, picks: kind)
        case .run(.action(let action)): return perform(action, argument)
        case .refused(let key, let arguments): return [say(key, arguments, style: .error)]
        }
    }

    /// Runs a command that needs code, by its typed id.
    mutating func perform(_ action: CommandAction, _ argument: String) -> [ChatEffect] {
        switch action {
        case .help: return SessionCommands.help(argument, resources: resources, language: language)
        case .quit: return finish(code: 0)
        case .lang: return changeLanguage(argument)
        case .plan: return [.say(ChatMessage(planSummary(), style: .plain))]
        case .save:
            let arguments = templateArguments
            return withPlanCommands { $0.save(argument, templateArguments: arguments) }
        case .history: return [.say(ChatMessage(historyListing(), style: .plain))]
        case .undo:
            let arguments = templateArguments
            return withPlanCommands { $0.undo(templateArguments: arguments) }
        case .redact: return redactCommand(argument)
        case .export: return planCommands.export(argument)
        case .draft: return draftCommand(argument)
        case .edit: return editPart(argument)
        case .drafts: return [.say(ChatMessage(draftWorkflow.draftsListing()))]
        case .back, .skip, .cancel: return handleFlowCommand(action)
        }
    }

    mutating func changeLanguage(_ argument: String) -> [ChatEffect] {
        let (chosen, effects) = SessionCommands.language(argument, current: language, messages: resources.messages)
        guard let chosen else { return effects }
        language = chosen
        return effects + presentCurrentStep()
    }
}
