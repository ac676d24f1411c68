import Foundation

extension FlowEngine {
    /// A line typed at a list step (`ListInput`), and what follows from it.
    mutating func listInput(_ input: String, isBlock: Bool, step: FlowStep) -> [ChatEffect] {
        let list = ListInput(step: step, reader: reader, language: language, messages: resources.messages)
        switch list.handle(input, isBlock: isBlock, state: &state) {
        case .wait(let effects): return effects
        case .accept(let value, let suggested, let before): return before + accept(value, for: step, suggested: suggested)
        case .advance(let before): return before + advance()
        case .askAgain(let before): return before + presenter.present(index: state.stepIndex)
        }
    }
}
