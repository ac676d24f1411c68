import Foundation

/// What several lines that came in at once (a paste at a terminal) mean: one answer when the question
/// asked takes a free text — a member's comment of two paragraphs is one comment — else each line in
/// turn, as typed lines (a pasted list gives its items, a pasted command its answers).
enum PastedLines {
    /// The text to take as one answer, or `nil` when the lines go one by one.
    static func oneAnswer(_ lines: [String], mode: ChatMode, resources: KuuloResources) -> String? {
        guard lines.count > 1, case .inFlow(let state) = mode, state.listItems == nil,
              let first = lines.first, !first.trimmingSpaces().hasPrefix("/"), first.trimmingSpaces() != "\"\"\"",
              let flow = resources.flow(state.flowID), flow.steps.indices.contains(state.stepIndex) else { return nil }
        let step = flow.steps[state.stepIndex]
        guard step.kind == .text, !step.oneLine else { return nil }
        return lines.map { $0.replacingOccurrences(of: "\r", with: "") }.joined(separator: "\n").trimmingWhitespaceAndNewlines()
    }
}

extension ChatSession {
    /// Several lines that came in at once (see `PastedLines`).
    public mutating func handlePasted(_ lines: [String]) -> [ChatEffect] {
        if let text = PastedLines.oneAnswer(lines, mode: mode, resources: resources) {
            return handleAnswerOrCommand(text, isBlock: true)
        }
        var effects: [ChatEffect] = []
        for line in lines {
            effects += handle(line)
            if effects.contains(where: { if case .exit = $0 { return true } else { return false } }) { break }
        }
        return effects
    }
}
