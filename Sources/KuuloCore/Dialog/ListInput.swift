import Foundation

/// List answers: one item a line, an empty line ends the list. Items typed at a step that already
/// has a list are added to it; replacing the list is asked for with `=` before the first item and
/// confirmed before anything agreed is dropped. Keeps its progress in the flow's state and tells the
/// engine what to do next.
struct ListInput {
    /// What the engine does after a line of a list answer.
    enum Outcome {
        /// Show these and wait for the next line.
        case wait([ChatEffect])
        /// Show `before`, then store `value` as the answer (a `suggested` one when Enter took the default).
        case accept(JSONValue, suggested: Bool, before: [ChatEffect])
        /// Show `before`, then go on to the next step.
        case advance(before: [ChatEffect])
        /// Show `before`, then ask the step again.
        case askAgain(before: [ChatEffect])
    }

    /// What comes before the first item when the items should replace the list instead of extending it.
    static let replaceMarker: Character = "="
    /// What came before the first item when adding had to be asked for (still understood).
    static let addMarker: Character = "+"

    /// The list step.
    let step: FlowStep
    /// How the flow reads the plan.
    let reader: FlowPlanReader
    /// The language of the answers and messages.
    let language: Language
    /// The message texts.
    let messages: MessageCatalog

    private func say(_ key: MessageKey, _ arguments: [String: String] = [:], style: ChatMessage.Style) -> ChatEffect {
        .say(ChatMessage(messages.text(key, language, arguments), style: style))
    }

    /// One line (or a `"""` block) typed at the list step.
    func handle(_ input: String, isBlock: Bool, state: inout FlowState) -> Outcome {
        let trimmed = input.trimmingCharacters(in: .whitespacesAndNewlines)
        if let pending = state.pendingReplacement {
            return answerReplacement(trimmed, items: pending, state: &state)
        }
        if trimmed.isEmpty, !isBlock {
            guard let items = state.listItems, !items.isEmpty else {
                state.listItems = nil
                if reader.currentValue(of: step) != nil { return .advance(before: []) }
                if let fallback = reader.defaultValue(of: step) { return .accept(fallback, suggested: true, before: []) }
                if step.required { return .askAgain(before: [say(.answerRequired, style: .error)]) }
                return .advance(before: [])
            }
            state.listItems = nil
            return finish(items, state: &state)
        }
        var items = state.listItems ?? []
        var lines = isBlock ? input.components(separatedBy: "\n") : [input]
        if items.isEmpty {
            let first = lines.first?.trimmingCharacters(in: .whitespaces) ?? ""
            state.listReplaces = first.first == Self.replaceMarker && reader.currentValue(of: step) != nil
            if first.first == Self.replaceMarker || first.first == Self.addMarker { lines[0] = String(first.dropFirst()) }
        }
        var problems = ListItems.add(lines, to: &items, step: step, reader: reader, language: language).map { problem in
            say(problem.key, problem.arguments, style: .error)
        }
        if let maximum = step.maximum, items.count > maximum {
            items = Array(items.prefix(maximum))
            problems.append(say(.listFull, ["max": String(maximum)], style: .error))
        }
        state.listItems = items
        guard isBlock else { return .wait(problems) }
        // A block is a whole list: it ends as if an empty line followed.
        switch handle("", isBlock: false, state: &state) {
        case .wait(let effects): return .wait(problems + effects)
        case .accept(let value, let suggested, let before): return .accept(value, suggested: suggested, before: problems + before)
        case .advance(let before): return .advance(before: problems + before)
        case .askAgain(let before): return .askAgain(before: problems + before)
        }
    }

    /// The typed items once the list is ended: the list when there was none, else added to the
    /// existing one, or (after `=`) a replacement that is asked about first.
    private func finish(_ items: [String], state: inout FlowState) -> Outcome {
        let existing = reader.currentValue(of: step)?.stringArray ?? []
        let typed = JSONValue.array(items.map(JSONValue.string))
        guard !existing.isEmpty else { return .accept(typed, suggested: false, before: []) }
        let known = Set(existing.map { ListItems.key($0, step: step) })
        if state.listReplaces {
            state.listReplaces = false
            // Retyping the same items in another order replaces nothing worth asking about.
            if Set(items.map { ListItems.key($0, step: step) }) == known { return .accept(typed, suggested: false, before: []) }
            state.pendingReplacement = items
            return .wait([say(.listReplaceConfirm, ["old": existing.joined(separator: ", "), "items": items.joined(separator: ", ")], style: .question)])
        }
        let added = items.filter { !known.contains(ListItems.key($0, step: step)) }
        guard !added.isEmpty else { return .advance(before: [say(.listAddedNothing, style: .hint)]) }
        let summary = say(.listAdded, ["items": added.joined(separator: ", "), "count": String(existing.count + added.count)], style: .success)
        return .accept(.array((existing + added).map(JSONValue.string)), suggested: false, before: [summary])
    }

    /// The yes or no to replacing the list: yes replaces it, no keeps it and asks the step again.
    private func answerReplacement(_ answer: String, items: [String], state: inout FlowState) -> Outcome {
        guard let yes = LanguagePacks.current.yesOrNo(answer, language: language) else {
            return .wait([say(.answerYesNo, style: .error)])
        }
        state.pendingReplacement = nil
        guard yes else { return .askAgain(before: [say(.listReplaceDeclined, style: .hint)]) }
        return .accept(.array(items.map(JSONValue.string)), suggested: false, before: [say(.listReplaced, ["items": items.joined(separator: ", ")], style: .success)])
    }
}
