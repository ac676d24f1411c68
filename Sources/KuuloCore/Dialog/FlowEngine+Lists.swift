import Foundation

/// List answers: one item a line, an empty line ends the list. Items typed at a step that already
/// has a list are added to it; replacing the list is asked for with `=` before the first item and
/// confirmed before anything agreed is dropped.
extension FlowEngine {
    /// What comes before the first item when the items should replace the list instead of extending it.
    static let replaceMarker: Character = "="
    /// What came before the first item when adding had to be asked for (still understood).
    static let addMarker: Character = "+"

    mutating func listInput(_ input: String, isBlock: Bool, step: FlowStep) -> [ChatEffect] {
        let reader = self.reader
        let trimmed = input.trimmingCharacters(in: .whitespacesAndNewlines)
        if let pending = state.pendingReplacement {
            return answerReplacement(trimmed, items: pending, step: step)
        }
        if trimmed.isEmpty, !isBlock {
            guard let items = state.listItems, !items.isEmpty else {
                state.listItems = nil
                if reader.currentValue(of: step) != nil { return advance() }
                if let fallback = reader.defaultValue(of: step) { return accept(fallback, for: step, suggested: true) }
                if step.required { return [say(.answerRequired, style: .error)] + presenter.present(index: state.stepIndex) }
                return advance()
            }
            state.listItems = nil
            return finishList(items, step: step)
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
        if isBlock {
            return problems + listInput("", isBlock: false, step: step)
        }
        return problems
    }

    /// The typed items once the list is ended: the list when there was none, else added to the
    /// existing one, or (after `=`) a replacement that is asked about first.
    private mutating func finishList(_ items: [String], step: FlowStep) -> [ChatEffect] {
        let existing = reader.currentValue(of: step)?.stringArray ?? []
        guard !existing.isEmpty else { return accept(.array(items.map(JSONValue.string)), for: step) }
        let known = Set(existing.map { ListItems.key($0, step: step) })
        if state.listReplaces {
            state.listReplaces = false
            // Retyping the same items in another order replaces nothing worth asking about.
            if Set(items.map { ListItems.key($0, step: step) }) == known {
                return accept(.array(items.map(JSONValue.string)), for: step)
            }
            state.pendingReplacement = items
            return [say(.listReplaceConfirm, ["old": existing.joined(separator: ", "), "items": items.joined(separator: ", ")], style: .question)]
        }
        let added = items.filter { !known.contains(ListItems.key($0, step: step)) }
        guard !added.isEmpty else { return [say(.listAddedNothing, style: .hint)] + advance() }
        let summary = say(.listAdded, ["items": added.joined(separator: ", "), "total": String(existing.count + added.count)], style: .success)
        return [summary] + accept(.array((existing + added).map(JSONValue.string)), for: step)
    }

    /// The yes or no to replacing the list: yes replaces it, no keeps it and asks the step again.
    private mutating func answerReplacement(_ answer: String, items: [String], step: FlowStep) -> [ChatEffect] {
        guard let yes = LanguagePacks.current.yesOrNo(answer, language: language) else {
            return [say(.answerYesNo, style: .error)]
        }
        state.pendingReplacement = nil
        guard yes else { return [say(.listReplaceDeclined, style: .hint)] + presenter.present(index: state.stepIndex) }
        return [say(.listReplaced, ["items": items.joined(separator: ", ")], style: .success)]
            + accept(.array(items.map(JSONValue.string)), for: step)
    }
}
