import Foundation

/// `==` in a repeated block (`/channels`): the rest of this item's questions answered as suggested in one
/// step — an answer already given is kept, an empty one takes its suggestion or, without one, the previous
/// channel's answer (what `=` would give) — saying which were filled.
extension FlowEngine {
    /// What a line typed for "the rest as suggested" is.
    static let restMarker = "=="

    /// Fills the rest of the current item's questions from the step at `state.stepIndex` on and goes to
    /// the next item (or on); a required question with no suggestion is asked instead. `nil` outside a
    /// repeated block.
    mutating func acceptSuggestedForRest() -> [ChatEffect]? {
        guard let each = definition.steps[state.stepIndex].each, let item = state.item else { return nil }
        let reader = self.reader
        var filled: [String] = []
        var index: Int? = state.stepIndex
        var last = state.stepIndex
        while let current = index, definition.steps[current].each == each {
            let step = reader.resolved(definition.steps[current])
            let existing = reader.currentValue(of: step)
            // The suggestion, else the previous channel's answer (offered on screen as `=`).
            let value = existing ?? reader.defaultValue(of: step) ?? reader.previousItemAnswer(of: step)
            if value == nil, step.required {
                state.stepIndex = current
                return filledMessage(filled, item: item) + presenter.present(index: current)
            }
            if existing == nil, let value, let pointer = step.pointer(userID: reader.userID, item: item, record: state.record) {
                content.setValue(value, at: pointer)
                state.answers += 1
                filled.append((step.label?.text(language) ?? step.id) + ": " + reader.display(value, for: step))
            }
            last = current
            index = nextAskableStep(from: current + 1)
        }
        state.stepIndex = last
        return filledMessage(filled, item: item) + [.persist] + advance()
    }

    private func filledMessage(_ filled: [String], item: String) -> [ChatEffect] {
        let name = reader.itemName(item)
        if filled.isEmpty { return [say(.restAsSuggestedKept, ["name": name], style: .success)] }
        return [say(.restAsSuggestedFilled, ["name": name, "answers": FlowPresenter.joined(filled)], style: .success)]
    }
}
