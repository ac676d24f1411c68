import Foundation

extension ChatSession {
    /// `/plan`: what the plan holds, section by section, and what is still missing with the command
    /// that fills it.
    public func planSummary() -> String {
        planReport.summary
    }

    /// The first section the plan lacks, as advice on what to do next.
    public func nextStepAdvice() -> String {
        planReport.nextStep
    }

    /// The plan report for this session's plan, reader and language.
    var planReport: PlanReport {
        PlanReport(document: document, planPath: planPath, language: language, userID: userID, resources: resources)
    }

    func commandExists(_ typed: String) -> Bool {
        knowledge.commandExists(typed)
    }

    /// `/history`: the latest revisions, newest first.
    public func historyListing(limit: Int = 20) -> String {
        guard !document.history.isEmpty else { return text(.historyEmpty) }
        var lines = [text(.historyHeader, ["count": String(document.history.count)])]
        for entry in document.history.suffix(limit).reversed() {
            lines.append(text(.historyLine, [
                "number": String(entry.number), "time": Timestamp.short(entry.time), "author": entry.author,
                "summary": entry.summary, "changes": String(entry.changes.count),
            ]))
        }
        if document.hasUnrecordedChanges {
            lines.append(text(.planUnrecorded, ["count": String(document.unrecordedChanges.count)]))
        }
        return lines.joined(separator: "\n")
    }
}

/// Conflicts between this session and another one being settled one field at a time.
struct ConflictResolution: Equatable {
    var outcome: PlanMerge.Outcome
    var index = 0
    var keepOurs: [JSONPointer: Bool] = [:]
}

extension ChatSession {
    /// Starts asking, one field at a time, which side of a conflicting save to keep.
    public mutating func beginConflictResolution(_ outcome: PlanMerge.Outcome) -> [ChatEffect] {
        mode = .resolvingConflict(ConflictResolution(outcome: outcome), flow: flow)
        return [say(.conflictIntro, ["count": String(outcome.conflicts.count)], style: .error)] + askConflict()
    }

    func askConflict() -> [ChatEffect] {
        guard case .resolvingConflict(let conflict, _) = mode, conflict.index < conflict.outcome.conflicts.count else { return [] }
        let item = conflict.outcome.conflicts[conflict.index]
        let none = text(.conflictNone)
        return [say(.conflictQuestion, [
            "field": item.path.description,
            "ours": item.ours.map(JSONWriter.compact) ?? none,
            "theirs": item.theirs.map(JSONWriter.compact) ?? none,
        ], style: .question)]
    }

    mutating func answerConflict(_ answer: String) -> [ChatEffect] {
        guard case .resolvingConflict(var state, let running) = mode else { return [] }
        // The conflict words of every installed language pack (`Prompts/languages/`).
        guard let ours = LanguagePacks.current.mineOrTheirs(answer, language: language) else {
            return [say(.conflictAnswer, style: .error)] + askConflict()
        }
        state.keepOurs[state.outcome.conflicts[state.index].path] = ours
        state.index += 1
        mode = .resolvingConflict(state, flow: running)
        if state.index < state.outcome.conflicts.count { return askConflict() }
        mode = mode.leavingInput
        document = PlanMerge.resolve(state.outcome, keepingOurs: state.keepOurs)
        var effects: [ChatEffect] = [.persist, say(.conflictResolved, style: .success)]
        effects += presentCurrentStep()
        return effects
    }
}
