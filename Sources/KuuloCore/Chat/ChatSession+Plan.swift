import Foundation

extension ChatSession {
    /// Starts asking, one field at a time, which side of a conflicting save to keep.
    public mutating func beginConflictResolution(_ outcome: PlanMerge.Outcome) -> [ChatEffect] {
        let names = PlanFieldNames(resources: resources, language: language)
        let resolver = ConflictResolver(outcome: outcome, messages: resources.messages, language: language, fieldName: names.name)
        mode = .resolvingConflict(resolver, flow: flow)
        return resolver.opening()
    }

    /// The answer about one conflicting field; after the last one, the merged plan is taken and the
    /// running flow, if any, goes on.
    mutating func answerConflict(_ answer: String) -> [ChatEffect] {
        guard case .resolvingConflict(var resolver, let running) = mode else { return [] }
        switch resolver.answer(answer) {
        case .ask(let effects):
            mode = .resolvingConflict(resolver, flow: running)
            return effects
        case .resolved(let merged):
            mode = mode.leavingInput
            let notes = take(resolver.outcome, result: merged)
            return [.persist, say(.conflictResolved, style: .success)] + notes + presentCurrentStep()
        }
    }
}

extension ChatSession {
    /// The files the front end read because the session asked (`ChatEffect.readFiles`): imported,
    /// recorded as a revision and saved when all of them read, else nothing changes.
    public mutating func receive(_ files: [ReadFile], for request: FileRequest) -> [ChatEffect] {
        switch request {
        case .insightsImport:
            let outcome = ResultsCommand(resources: resources, language: language).receive(files, content: document.content, now: context.clock())
            guard let content = outcome.content else { return outcome.effects }
            document.content = content
            if let summary = outcome.revision { record(summary) }
            return [.persist] + outcome.effects
        }
    }
}
