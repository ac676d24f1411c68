import Foundation

/// The chat's running flow: starting one (from a command, at a group, an item or a record), passing
/// it the trustee's answers through the engine, taking back what the engine changed, and winding up
/// a finished flow. The session lends it its context, running flow and open record
/// (`ChatSession.withFlows`) and takes them back.
struct FlowRunner {
    /// The plan, the data, the user, the language, the clock and the language services.
    var context: ChatContext
    /// The running flow, if any.
    var flow: FlowState?
    /// The draft or reply that `/edit` and `/draft <action>` act on.
    var openRecord: OpenRecord?

    private var resources: KuuloResources { context.resources }
    private var language: Language { context.language }
    private var document: PlanDocument {
        get { context.document }
        set { context.document = newValue }
    }
    private var planReader: FlowPlanReader { context.planReader(in: flow) }
    private var templateArguments: [String: String] { planReader.templateArguments }

    private func say(_ key: MessageKey, _ arguments: [String: String] = [:], style: ChatMessage.Style = .plain) -> ChatEffect {
        context.say(key, arguments, style: style)
    }

    /// `? question` inside a flow: the answer, then the same question again.
    func answerInFlow(_ question: String) -> [ChatEffect] {
        guard let answer = context.knowledge.answerInFlow(question, interpreter: context.interpreter) else { return presentCurrentStep() }
        return answer + [say(.helpThenContinue, style: .hint)] + presentCurrentStep()
    }

    /// Starts flow `id`: at the group numbered `group` (and only that group), else where this user
    /// left off, else at the first step that should be asked. With `interrupting`, a running flow is
    /// left first (its answers stay in the plan). With `record` and `onlyStep`, asks that one step of
    /// an existing record again (`/edit`); with `record` and `resumeAt`, goes on with an unfinished
    /// record from that step to the end.
    mutating func start(_ id: String, group: Int? = nil, item: String? = nil, record: String? = nil, onlyStep: Int? = nil,
                        resumeAt: Int? = nil, interrupting: Bool = false) -> [ChatEffect] {
        guard let definition = resources.flow(id) else {
            return [say(.flowMissing, ["flow": id], style: .error)]
        }
        var effects: [ChatEffect] = []
        if flow != nil {
            guard interrupting else { return [say(.flowAlreadyRunning, style: .error)] }
            effects += leaveKeepingAnswers()
        }
        var engine = context.flowEngine(definition, state: FlowState(flowID: id, stepIndex: 0, snapshot: document.content))
        effects += engine.begin(group: group, item: item, record: record, onlyStep: onlyStep, resumeAt: resumeAt)
        return effects + takeBack(engine)
    }

    /// A command's flow (`flow:` in `Prompts/commands.yaml`): from the start, or, when the command
    /// says what its argument picks, one group (`/tips 3`) or one item (`/channels instagram`).
    mutating func startCommand(_ id: String, argument: String, picks: FlowArgument?) -> [ChatEffect] {
        let picker = FlowArgumentPicker(resources: resources, language: language, reader: planReader)
        switch picker.pick(argument, flow: id, picks: picks) {
        case .whole: return start(id, interrupting: true)
        case .group(let number): return start(id, group: number, interrupting: true)
        case .item(let item): return start(id, item: item, interrupting: true)
        case .record(let key): return start(id, record: key, interrupting: true)
        case .remove(let key): return removeRecord(key, flow: id)
        case .answering(let entry): return startAnswering(entry, flow: id)
        case .refused(let effects): return effects
        }
    }

    /// `/reply N`: the reply flow for a new reply linked to listening entry N, the member's words shown
    /// first; saving the reply marks the entry answered (`ReplyWorkflow.assembleReply`).
    mutating func startAnswering(_ entry: ListeningEntry, flow id: String) -> [ChatEffect] {
        let said = entry.text.replacingOccurrences(of: "\n", with: " ")
        let shown = ListeningText(resources: resources, language: language)
        let memberWords = say(.replyToEntry, ["id": entry.id, "date": shown.day(entry.at), "source": shown.source(entry.source),
                                              "text": said.count > 300 ? String(said.prefix(299)) + "…" : said], style: .plain)
        let effects = start(id, interrupting: true)
        guard let key = flow?.record, let collection = resources.flow(id)?.record.flatMap(JSONPointer.init) else { return effects }
        document.content.setValue(.string(entry.id), at: collection.appending(key).appending("listeningEntry"))
        return [memberWords] + effects
    }

    /// `/trustee remove Matti`: the record goes from the plan (it stays in the plan's history) and the
    /// removal is recorded as a revision of its own.
    mutating func removeRecord(_ key: String, flow id: String) -> [ChatEffect] {
        guard flow == nil else { return [say(.flowAlreadyRunning, style: .error)] }
        guard let collection = resources.flow(id)?.record.flatMap(JSONPointer.init) else { return [] }
        let pointer = JSONPointer(tokens: collection.tokens + [key])
        let name = FlowArgumentPicker.recordName(document.content.value(at: pointer)) ?? key
        document.content.setValue(nil, at: pointer)
        context.record(resources.messages.text(.recordRemovedSummary, language, ["name": name]))
        return [.persist, say(.recordRemoved, ["name": name], style: .success)]
    }

    /// Runs the engine on the running flow and takes back what it changed.
    mutating func withEngine(_ body: (inout FlowEngine) -> [ChatEffect]) -> [ChatEffect] {
        guard let state = flow, let definition = resources.flow(state.flowID) else {
            flow = nil
            return []
        }
        var engine = context.flowEngine(definition, state: state)
        let effects = body(&engine)
        return effects + takeBack(engine)
    }

    /// Takes the plan, the user and the flow's place back from the engine; a finished flow is wound
    /// up here (its completion hook, the revision, the outro).
    mutating func takeBack(_ engine: FlowEngine) -> [ChatEffect] {
        document.content = engine.content
        context.userName = engine.userName
        if engine.answered { context.undoTarget = nil }
        switch engine.ending {
        case nil:
            flow = engine.state
            if let question = engine.question { return answerInFlow(question) }
            return []
        case .completed(_, let record)?:
            flow = nil
            return completeFlow(engine.definition, record: record, part: engine.state.scope != .whole)
        case .cancelled?, .notAsked?:
            flow = nil
            return []
        }
    }

    /// Leaves the running flow; its answers stay in the plan, recorded as a revision when unsaved.
    mutating func leaveKeepingAnswers() -> [ChatEffect] {
        guard let state = flow else { return [] }
        flow = nil
        if document.hasUnrecordedChanges {
            context.record(context.sessionRevisionSummary(in: state))
            return [.persist]
        }
        return []
    }

    /// The running flow's question again.
    func presentCurrentStep() -> [ChatEffect] {
        guard let state = flow, let definition = resources.flow(state.flowID) else { return [] }
        return context.flowEngine(definition, state: state).presentCurrentStep()
    }

    /// An answer (a line or a `"""` block) to the running flow.
    mutating func input(_ input: String, isBlock: Bool) -> [ChatEffect] {
        withEngine { $0.input(input, isBlock: isBlock) }
    }

    /// After the last step: the flow's completion hook, a revision, the outro and what to do next
    /// (see `FlowCompletionHandler`). `part` when only a part of the flow was asked (one tip).
    mutating func completeFlow(_ definition: Flow, record recordKey: String?, part: Bool = false) -> [ChatEffect] {
        let handler = FlowCompletionHandler(definition: definition, recordKey: recordKey, resources: resources, language: language, part: part,
                                            lemmatizer: context.services.lemmatizers[language])
        var effects: [ChatEffect] = []
        if definition.onComplete == .trusteeKey, let recordKey {
            document.content = TrusteeKey.rekey(document.content, key: recordKey).content
        }
        if let assembly = handler.assemble(context.draftWorkflow) {
            document.content = assembly.content
            if let summary = assembly.revision { context.record(summary) }
            effects += assembly.effects
            openRecord = assembly.openRecord
        }
        let forms = definition.id == "names" ? [] : context.refreshNameForms(of: planReader.organisationName) + context.refreshChannelNameForms()
        if document.hasUnrecordedChanges {
            context.record(handler.revisionSummary(templateArguments))
            effects.append(.persist)
        }
        return effects + handler.closing(content: document.content, arguments: templateArguments, nextStep: { context.planReport.nextStep }, before: forms)
    }
}
