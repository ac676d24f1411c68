import Foundation

/// What a chat works over — the plan, the shared data, who is speaking, in which language, when, and
/// the language services — and the workflows built from it. The session (`ChatSession`) is the
/// reducer over its mode; everything it needs to build a flow engine, a draft workflow, a plan
/// command or a knowledge answer comes from here, so those pieces stay testable on their own.
struct ChatContext {
    /// The plan being worked on.
    var document: PlanDocument
    /// The shared data: texts, flows, Knowledge.
    let resources: KuuloResources
    /// The language the chat speaks.
    var language: Language
    /// The person using Kuulo, once known.
    var userName: String?
    /// Where the plan lives, as shown to the user.
    let planPath: String
    /// The session's clock.
    let clock: () -> Date
    /// The revision `/undo` goes back to next, while undoing in a row.
    var undoTarget: Int?
    /// The language services the front end gave.
    var services = ChatServices()
    /// The summary of a revision for the session's unsaved work, naming the flow `state` when the
    /// work was left inside one (filled with the template arguments as they are now).
    func sessionRevisionSummary(in state: FlowState?) -> String {
        var arguments = planReader(in: state).templateArguments
        guard let state else { return text(.revisionSession, arguments) }
        // As when a flow is completed (FlowCompletionHandler): `{draft}` is the record the flow writes.
        arguments["draft"] = state.record ?? ""
        arguments["flow"] = fillTemplate(resources.flow(state.flowID)?.summary.text(language) ?? state.flowID, arguments)
        return text(.revisionSessionInFlow, arguments)
    }

    /// The checkers and word lists once loaded, kept for the session.
    let draftCheckCache = DraftCheckCache()

    // MARK: - Reading

    /// The user's id in the plan's trustee list.
    var userID: String? { userName.map(Slug.make) }

    /// The plan as flows and templates read it, with `state` the running flow.
    func planReader(in state: FlowState?) -> FlowPlanReader {
        FlowPlanReader(content: document.content, resources: resources, language: language, userName: userName, state: state,
                       planPath: planPath, revision: document.revision, now: clock())
    }

    /// The user-facing text for `key` in the chat's language.
    func text(_ key: MessageKey, _ arguments: [String: String] = [:]) -> String {
        resources.messages.text(key, language, arguments)
    }

    /// A message for `key` as a chat effect.
    func say(_ key: MessageKey, _ arguments: [String: String] = [:], style: ChatMessage.Style = .plain) -> ChatEffect {
        .say(ChatMessage(text(key, arguments), style: style))
    }

    /// The opening of a session: the greeting, and the flow to start — setup when the plan names no
    /// organisation, "who is speaking" when the user is unknown — or the advice on what to do next.
    /// `reader` fills the greeting; the organisation's inflected names only when the greeting's text
    /// names one (the built-in greetings do not, and making them costs a tenth of a start).
    func opening(organisationName: String?, reader: FlowPlanReader) -> (effects: [ChatEffect], flow: String?) {
        let greeting: MessageKey = organisationName == nil ? .greetingNewPlan : userName == nil ? .greetingAnonymous : .greeting
        var arguments = reader.templateArguments(inflectingOrganisation: text(greeting).contains("{org."))
        guard organisationName != nil else { return ([say(.greetingNewPlan, arguments, style: .heading)], "setup") }
        // Finns greet by first name: "Hei Maija!", not "Hei Maija Meikäläinen!".
        arguments["name"] = userName.map { String($0.split(separator: " ").first ?? Substring($0)) } ?? ""
        guard userName != nil else { return ([say(.greetingAnonymous, arguments, style: .heading)], "identify") }
        var effects = [say(.greeting, arguments, style: .heading)]
        if TermHandover.awaitsOnboarding(userName, in: document.content) { effects.append(say(.greetingNewTrustee, style: .hint)) }
        if let part = TermHandover.unfinishedPart(in: document.content) { effects.append(say(.handoverUnfinishedNote, ["number": String(part)], style: .hint)) }
        let overdue = ListeningCommand(resources: resources, language: language).overdueQuestions(in: document.content, now: clock())
        if !overdue.isEmpty { effects.append(say(.listenUnanswered, ["count": String(overdue.count)], style: .hint)) }
        if let review = ResultsReview(content: document.content), review.isDue(at: clock()) {
            let texts = ExportTexts(data: resources.data, language: language)
            effects.append(say(.resultsReviewDue, ["date": ExportDates(texts: texts).date(review.importedOn),
                                                   "rhythm": texts.value("reviewRhythm", review.rhythm)], style: .hint))
        }
        return (effects + [.say(ChatMessage(planReport.nextStep, style: .hint))], nil)
    }

    // MARK: - The pieces built from the context

    /// The plan-file commands (`/save`, `/undo`, `/history`, `/export`) over this plan.
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

    /// Records a revision now, authored by the user and timed by the session's clock.
    @discardableResult
    mutating func record(_ summary: String) -> Revision? { withPlanCommands { $0.record(summary) } }

    /// The draft workflow over the plan, with this user, time and checkers.
    var draftWorkflow: DraftWorkflow {
        DraftWorkflow(content: document.content, resources: resources, language: language, userName: userName, now: clock(),
                      segmenter: services.segmenter, checkSession: { [self] in checks })
    }

    /// Runs a step of the draft workflow and takes back the plan it changed (and records the revision
    /// it asks for).
    mutating func withDrafts(_ body: (inout DraftWorkflow) -> [ChatEffect]) -> [ChatEffect] {
        var workflow = draftWorkflow
        let effects = body(&workflow)
        document.content = workflow.content
        if let summary = workflow.revision { record(summary) }
        return effects
    }

    /// The session's checks: word lists, and the checkers of `checkServices` opened on first use (the
    /// one place the chat checks drafts).
    var checks: CheckSession {
        draftCheckCache.get { CheckSession(data: resources.data, services: services.checkServices, segmenter: services.segmenter) }
    }

    /// The engine over the plan at `state` of `definition`.
    func flowEngine(_ definition: Flow, state: FlowState) -> FlowEngine {
        FlowEngine(definition: definition, state: state, content: document.content, resources: resources, language: language,
                   userName: userName, planPath: planPath, revision: document.revision, now: clock(), segmenter: services.segmenter)
    }

    /// The plan report (`/plan`, the next-step advice).
    var planReport: PlanReport {
        PlanReport(document: document, planPath: planPath, language: language, userID: userID, resources: resources)
    }

    /// Answers from Knowledge over this plan, in this language.
    var knowledge: KnowledgeAnswering {
        KnowledgeAnswering(resources: resources, language: language, content: document.content, userID: userID)
    }

    /// The free-text reader, when the data has one.
    var interpreter: FreeTextInterpreter? { resources.interpreter(lemmatizers: services.lemmatizers, stemmers: services.stemmers) }

    /// The intent matcher alone (`KuuloResources.intents`), cheaper to build than the whole interpreter.
    var intents: IntentMatcher { resources.intents(lemmatizers: services.lemmatizers, stemmers: services.stemmers) }
}

/// The language services a front end hands the chat; each is optional, and the chat works (with
/// less understanding and fewer checks) without them.
public struct ChatServices {
    /// Word boundaries for CamelCase display forms of hashtags (Voikko, a word list).
    public var segmenter: (any WordSegmenter)?
    /// Base forms for understanding free text (Voikko for Finnish).
    public var lemmatizers: [Language: any Lemmatizer] = [:]
    /// Stems for understanding free text (Snowball).
    public var stemmers: [Language: any Stemmer] = [:]
    /// Loads the spelling and grammar checkers for draft checks (only when a draft is checked).
    public var checkServices: (@Sendable () -> LanguageServices)?

    /// No services: the chat without language libraries.
    public init() {}
}
