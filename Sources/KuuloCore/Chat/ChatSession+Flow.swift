import Foundation

extension ChatSession {
    /// Starts flow `id`: at the group numbered `group` (and only that group), else where this user
    /// left off, else at the first step that should be asked. With `interrupting`, a running flow is
    /// left first (its answers stay in the plan). With `record` and `onlyStep`, asks that one step of
    /// an existing record again (`/edit`); with `record` and `resumeAt`, goes on with an unfinished
    /// record from that step to the end.
    public mutating func startFlow(_ id: String, group: Int? = nil, item: String? = nil, record: String? = nil, onlyStep: Int? = nil,
                                   resumeAt: Int? = nil, interrupting: Bool = false) -> [ChatEffect] {
        guard let definition = resources.flow(id) else {
            return [say(.flowMissing, ["flow": id], style: .error)]
        }
        var effects: [ChatEffect] = []
        if flow != nil {
            guard interrupting else { return [say(.flowAlreadyRunning, style: .error)] }
            effects += leaveFlowKeepingAnswers()
        }
        var engine = context.flowEngine(definition, state: FlowState(flowID: id, stepIndex: 0, snapshot: document.content))
        effects += engine.begin(group: group, item: item, record: record, onlyStep: onlyStep, resumeAt: resumeAt)
        return effects + takeBack(engine)
    }

    /// A command's flow (`flow:` in `Prompts/commands.yaml`): from the start, or, when the command
    /// says what its argument picks, one group (`/tips 3`) or one item (`/channels instagram`).
    mutating func startCommandFlow(_ id: String, argument: String, picks: FlowArgument?) -> [ChatEffect] {
        let picker = FlowArgumentPicker(resources: resources, language: language, reader: planReader)
        switch picker.pick(argument, flow: id, picks: picks) {
        case .whole: return startFlow(id, interrupting: true)
        case .group(let number): return startFlow(id, group: number, interrupting: true)
        case .item(let item): return startFlow(id, item: item, interrupting: true)
        case .record(let key): return startFlow(id, record: key, interrupting: true)
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
        let context = say(.replyToEntry, ["id": entry.id, "date": shown.day(entry.at), "source": shown.source(entry.source),
                                          "text": said.count > 300 ? String(said.prefix(299)) + "…" : said], style: .plain)
        let effects = startFlow(id, interrupting: true)
        guard let key = flow?.record, let collection = resources.flow(id)?.record.flatMap(JSONPointer.init) else { return effects }
        document.content.setValue(.string(entry.id), at: collection.appending(key).appending("listeningEntry"))
        return [context] + effects
    }

    /// `/trustee remove Matti`: the record goes from the plan (it stays in the plan's history) and the
    /// removal is recorded as a revision of its own.
    mutating func removeRecord(_ key: String, flow id: String) -> [ChatEffect] {
        guard flow == nil else { return [say(.flowAlreadyRunning, style: .error)] }
        guard let collection = resources.flow(id)?.record.flatMap(JSONPointer.init) else { return [] }
        let pointer = JSONPointer(tokens: collection.tokens + [key])
        let name = FlowArgumentPicker.recordName(document.content.value(at: pointer)) ?? key
        document.content.setValue(nil, at: pointer)
        record(resources.messages.text(.recordRemovedSummary, language, ["name": name]))
        return [.persist, say(.recordRemoved, ["name": name], style: .success)]
    }

    /// Runs the engine on the running flow and takes back what it changed.
    mutating func withFlowEngine(_ body: (inout FlowEngine) -> [ChatEffect]) -> [ChatEffect] {
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

    mutating func leaveFlowKeepingAnswers() -> [ChatEffect] {
        guard let state = flow else { return [] }
        flow = nil
        if document.hasUnrecordedChanges {
            record(sessionRevisionSummary(in: state))
            return [.persist]
        }
        return []
    }

    /// The running flow's question again.
    func presentCurrentStep() -> [ChatEffect] {
        guard let state = flow, let definition = resources.flow(state.flowID) else { return [] }
        return context.flowEngine(definition, state: state).presentCurrentStep()
    }

    mutating func handleFlowInput(_ input: String, isBlock: Bool) -> [ChatEffect] {
        withFlowEngine { $0.input(input, isBlock: isBlock) }
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
            if let summary = assembly.revision { record(summary) }
            effects += assembly.effects
            openRecord = assembly.openRecord
        }
        let forms = definition.id == "names" ? [] : context.refreshNameForms(of: organisationName) + context.refreshChannelNameForms()
        if document.hasUnrecordedChanges {
            record(handler.revisionSummary(templateArguments))
            effects.append(.persist)
        }
        return effects + handler.closing(content: document.content, arguments: templateArguments, nextStep: { context.planReport.nextStep }, before: forms)
    }
}
