import Foundation

extension ChatSession {
    /// The numbered collections new records go into (`KuuloResources.recordCollections`).
    public var recordCollections: [JSONPointer] { resources.recordCollections }

    /// Whether the session can take another session's saved work now (not while asking which side
    /// of a conflict to keep).
    public var canRefresh: Bool {
        if case .resolvingConflict = mode { return false }
        return true
    }

    /// The answer the running flow's current step holds now (`nil` outside a flow or when it has none):
    /// when a refresh changes it, the trustee typed an answer without seeing the other's.
    public var currentStepValue: JSONValue? {
        guard let state = flow, let definition = resources.flow(state.flowID), definition.steps.indices.contains(state.stepIndex) else { return nil }
        let reader = context.flowEngine(definition, state: state).reader
        return reader.currentValue(of: reader.resolved(definition.steps[state.stepIndex]))
    }

    /// The current step asked again after a refresh changed its answer: what was typed is not used.
    public func stepChangedMeanwhile() -> [ChatEffect] {
        [say(.stepChangedMeanwhile, style: .hint)] + presentCurrentStep()
    }

    /// Takes the plan merged with another session's saved work (by a save or a refresh before the
    /// next line). The running flow's snapshot moves onto the merged plan, so that `/cancel` takes
    /// back only this flow's own answers and never the other's work; a new record that had to move
    /// to another number is followed there, and the trustee is told. Returns what to say.
    public mutating func adopt(_ outcome: PlanMerge.Outcome) -> [ChatEffect] {
        take(outcome, result: outcome.document)
    }

    /// Takes the plan written under the lock after this session's own work was saved (`/save NAME`):
    /// the plan on disk, with the running flow's snapshot moved onto it.
    public mutating func adoptSaved(_ written: PlanDocument) {
        if var state = flow {
            state.snapshot = FlowSnapshot.rebased(state.snapshot, answers: document.content, onto: written.content)
            flow = state
        }
        document = written
        context.undoTarget = nil
    }

    /// `outcome`'s renumberings followed and the flow's snapshot moved onto the merged plan, then
    /// `result` (the merge, with any conflicts settled) taken as the plan.
    mutating func take(_ outcome: PlanMerge.Outcome, result: PlanDocument) -> [ChatEffect] {
        func move(_ value: JSONValue) -> JSONValue { outcome.renumbered.reduce(value) { $1.apply(to: $0) } }
        var moves = outcome.renumbered
        if var state = flow {
            // The flow's own answers, as they stand after its new record moved.
            let answers = move(document.content)
            state.snapshot = FlowSnapshot.rebased(move(state.snapshot), answers: answers, onto: outcome.document.content)
            if let key = state.record, let collection = resources.flow(state.flowID)?.record.flatMap(JSONPointer.init) {
                if let moved = outcome.renumbered.first(where: { $0.collection == collection && $0.from == key }) {
                    state.record = moved.to
                } else if Int(key) != nil, answers.value(at: collection.appending(key)) == nil, result.content.value(at: collection.appending(key)) != nil {
                    // The number this flow chose for its new record, not written yet, came in as someone else's record.
                    let next = (result.content.value(at: collection)?.objectValue?.keys.compactMap { Int($0) }.max() ?? 0) + 1
                    state.record = String(next)
                    moves.append(RecordRenumbering(collection: collection, from: key, to: String(next)))
                }
            }
            flow = state
        }
        document = result
        var notes: [ChatEffect] = []
        for renumbering in moves { notes.append(renumberedNote(renumbering)) }
        return notes
    }

    /// Says that a new record moved to another number (in the words of its flow, when it has them),
    /// and follows it with the record `/edit` acts on.
    mutating func renumberedNote(_ renumbering: RecordRenumbering) -> ChatEffect {
        let definition = resources.recordFlows.first { $0.collection == renumbering.collection }.flatMap { resources.flow($0.flowID) }
        let arguments = ["from": renumbering.from, "to": renumbering.to]
        if let open = openRecord, definition?.id == open.flowID, open.key == renumbering.from {
            openRecord = OpenRecord(flowID: open.flowID, key: renumbering.to)
        }
        let line = definition?.renumbered.map { fillTemplate($0.text(language), arguments) } ?? resources.messages.text(.recordRenumbered, language, arguments)
        return .say(ChatMessage(line, style: .hint))
    }

    /// `current` (the plan as read under its lock) with a revision that names its latest version
    /// `name`; `nil` when it has unrecorded changes (then nothing is labelled).
    public func labelling(_ current: PlanDocument, name: String) -> PlanDocument? {
        var labelled = current
        let summary = resources.messages.text(.revisionLabel, language, ["revision": String(current.revision), "label": name])
        let author = userName ?? resources.messages.text(.unknownAuthor, language)
        guard labelled.recordNote(author: author, time: Timestamp.iso(context.clock()), summary: summary) != nil else { return nil }
        return labelled
    }

    /// What to say once the save before it is done, with the version numbers as they are on disk.
    public func savedMessage(_ report: SavedReport) -> ChatMessage {
        report.message(revision: document.revision, path: planPath, messages: resources.messages, language: language)
    }
}
