import Foundation

/// The chat as a state machine: it takes input lines and returns effects (messages to show, "save
/// now", "exit"), holding the plan and the running flow. It does no I/O, so every conversation can be
/// tested without a terminal and reused by another front end.
public struct ChatSession {
    /// The plan, the data, the user, the language, the clock and the language services.
    var context: ChatContext
    /// What the chat is doing: idle, in a flow, reading a `"""` block, settling a conflict, or
    /// waiting for the pick between close answers.
    var mode: ChatMode = .idle
    /// The rest of the last answer from Knowledge, shown when the next line is "lisää" / "more".
    var moreToShow = ""
    /// The draft or reply that `/edit` and `/draft <action>` act on: the last one written or opened.
    public internal(set) var openRecord: OpenRecord?

    /// Creates a session over a loaded (or new, empty) plan.
    public init(document: PlanDocument, resources: KuuloResources, language: Language, userName: String?,
                planPath: String, clock: @escaping () -> Date) {
        let oneLine = userName.map(OneLineText.make)
        let name = oneLine?.isEmpty == false ? oneLine : nil
        context = ChatContext(document: document, resources: resources, language: language, userName: name, planPath: planPath,
                              clock: clock)
    }

    // MARK: - Reading state

    /// The plan being worked on.
    public internal(set) var document: PlanDocument {
        get { context.document }
        set { context.document = newValue }
    }
    /// The language the chat speaks.
    public var language: Language { context.language }
    /// The person using Kuulo, once known.
    public var userName: String? { context.userName }
    /// The shared data: texts, flows, Knowledge.
    public var resources: KuuloResources { context.resources }
    /// Where the plan lives, as shown to the user.
    public var planPath: String { context.planPath }
    /// The running flow, if any.
    public internal(set) var flow: FlowState? {
        get { mode.flow }
        set { mode = mode.replacingFlow(newValue) }
    }
    /// The user's id in the plan's trustee list.
    public var userID: String? { context.userID }
    /// The organisation's short name, else its name.
    public var organisationName: String? { planReader.organisationName }

    /// The language services the front end gives the chat (segmenter, lemmatizers, stemmers, checkers).
    public var services: ChatServices {
        get { context.services }
        set { context.services = newValue }
    }

    /// The plan as flows and templates read it.
    var planReader: FlowPlanReader { context.planReader(in: flow) }
    var templateArguments: [String: String] { planReader.templateArguments }

    /// What kind of input comes next.
    public var inputMode: InputMode { mode.inputMode }

    /// Completions for a partly typed line.
    public func completions(for line: String) -> [String] {
        resources.completions(for: line, language: language)
    }

    func say(_ key: MessageKey, _ arguments: [String: String] = [:], style: ChatMessage.Style = .plain) -> ChatEffect {
        context.say(key, arguments, style: style)
    }

    // MARK: - Lifecycle

    /// The opening of a session: a greeting, and the setup flow when the plan has no organisation yet,
    /// or a question about who is speaking when that is not known.
    public mutating func start() -> [ChatEffect] {
        let opening = context.opening(organisationName: organisationName, reader: planReader)
        if !document.mergeConflicts.isEmpty {
            // Two copies of the plan were merged (git, a synced folder) and differ on some fields: settle them first.
            return Array(opening.effects.prefix(1)) + beginConflictResolution(PlanMerge.Outcome(document: document, conflicts: document.mergeConflicts))
        }
        guard let flowID = opening.flow else { return opening.effects + DraftActions.unfinishedNote(context) }
        return opening.effects + startFlow(flowID)
    }

    /// One line of input (without its newline).
    public mutating func handle(_ rawLine: String) -> [ChatEffect] {
        // Carriage returns go, also inside a CR LF pair (one Character in Swift, so filtered by scalar).
        let line = rawLine.utf8.contains(0x0D) ? String(String.UnicodeScalarView(rawLine.unicodeScalars.filter { $0 != "\r" })) : rawLine
        switch mode.take(line) {
        case .buffered(let next):
            mode = next
            return []
        case .blockStarted(let next):
            mode = next
            return [say(.blockStarted, style: .hint)]
        case .blockEnded(let block, let next):
            mode = next
            return handleAnswerOrCommand(block, isBlock: true)
        case .line:
            return handleAnswerOrCommand(line, isBlock: false)
        }
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
        if code == 0 { effects.append(.afterSave(.goodbye)) }
        effects.append(.exit(code))
        return effects
    }

    /// The summary of a revision for the session's unsaved work, naming the flow `state` when the
    /// work was left inside one.
    func sessionRevisionSummary(in state: FlowState?) -> String { context.sessionRevisionSummary(in: state) }

    /// Records a revision now, authored by the user and timed by the session's clock.
    @discardableResult
    mutating func record(_ summary: String) -> Revision? { context.record(summary) }

    // MARK: - Dispatch

    mutating func handleAnswerOrCommand(_ input: String, isBlock: Bool) -> [ChatEffect] {
        let trimmed = input.trimmingWhitespaceAndNewlines()
        // The rest of the last answer is offered for the next line only.
        let pendingMore = moreToShow
        moreToShow = ""
        if case .resolvingConflict = mode { return answerConflict(trimmed) }
        if !isBlock, trimmed.hasPrefix("/"), trimmed.count > 1 {
            if case .choosingBetweenAnswers = mode { mode = .idle }
            return handleCommand(trimmed)
        }
        switch mode {
        case .inFlow, .multiLineInput(_, flow: _?):
            if !isBlock, let navigation = flowNavigation(trimmed) { return navigation }
            return withFlows { $0.input(input, isBlock: isBlock) }
        case .choosingBetweenAnswers(let choices):
            mode = .idle
            if let picked = pickChoice(trimmed, from: choices) { return picked }
        case .idle, .multiLineInput, .resolvingConflict:
            break
        }
        if trimmed.isEmpty { return [] }
        if trimmed == "?" { return [say(.helpHint, style: .hint)] }
        if case .idle = mode, let rest = context.knowledge.continuation(trimmed, pending: pendingMore, interpreter: context.interpreter) { return rest }
        return interpretFreeText(trimmed)
    }

    mutating func handleCommand(_ line: String) -> [ChatEffect] {
        let body = line.dropFirst()
        let name = String(body.prefix { !$0.isWhitespace })
        let argument = String(body.dropFirst(name.count)).trimmingSpaces()
        switch resources.commands.lookup(name, language: language, inFlow: flow != nil) {
        case .run(.flow(let id, let kind)): return withFlows { $0.startCommand(id, argument: argument, picks: kind) }
        case .run(.action(let action)): return perform(action, argument)
        case .refused(.unknownCommand, _), .refused(.unknownCommandSuggestion, _):
            // Not a command: what it was meant as (a former name, the words read as a request, a typo).
            switch UnknownCommand(name: name, argument: argument).outcome(context.knowledge, interpreter: context.interpreter) {
            case .run(let command, let announcement): return announcement + handleCommand(command)
            case .say(let effects): return effects
            }
        case .refused(let key, let arguments): return [say(key, arguments, style: .error)]
        }
    }

    /// Runs a command that needs code, by its typed id, through the handler registered for it.
    mutating func perform(_ action: CommandAction, _ argument: String) -> [ChatEffect] {
        action.handler.run(action, argument, in: &self)
    }
}
