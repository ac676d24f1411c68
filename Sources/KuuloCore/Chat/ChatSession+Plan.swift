import Foundation

extension ChatSession {
    /// `/plan`: what the plan holds, section by section, and what is still missing with the command
    /// that fills it.
    public func planSummary() -> String {
        let content = document.content
        var lines = [text(.planHeader, ["org": organisationName ?? text(.planUnnamed), "path": planPath, "revision": String(document.revision)])]
        if document.hasUnrecordedChanges {
            lines.append(text(.planUnrecorded, ["count": String(document.unrecordedChanges.count)]))
        }
        for section in resources.sections {
            let started = section.isStarted(in: content)
            var line = (started ? "  ✓ " : "  – ") + section.title.text(language)
            if !started, let command = section.command, commandExists(command) {
                line += "  " + text(.planFillWith, ["command": command])
            }
            lines.append(line)
        }
        let status = onboardingStatus()
        let trustees = content["trustees"]?.objectValue ?? [:]
        if !status.isEmpty {
            lines += status
        } else if !trustees.isEmpty {
            lines.append(text(.planTrustees))
            for key in trustees.keys.sorted() {
                guard let trustee = trustees[key] else { continue }
                let name = trustee["name"]?.stringValue ?? key
                let role = trustee["role"]?.stringValue.map { " (\($0))" } ?? ""
                lines.append("  • " + name + role)
            }
        }
        return lines.joined(separator: "\n")
    }

    func commandExists(_ typed: String) -> Bool {
        knowledge.commandExists(typed)
    }

    /// The first section the plan lacks, as advice on what to do next.
    public func nextStepAdvice() -> String {
        if let onboarding = onboardingAdvice() { return onboarding }
        let missing = resources.sections.filter { !$0.isStarted(in: document.content) }
        for section in missing {
            if let command = section.command, commandExists(command) {
                return text(.nextStep, ["section": section.title.text(language), "command": command])
            }
        }
        return text(missing.isEmpty ? .nextStepNone : .nextStepSeePlan)
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
