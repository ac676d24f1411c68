import Foundation

/// A bound that a number step's answer takes from another number step of the same flow, written as
/// data beside the step (`atLeast: cadenceMin`): a channel's most posts a week is at least its fewest.
/// `kuulo-embed` checks that the named step exists, takes a number and is asked for the same item.
public enum NumberConstraint: Equatable, Sendable {
    /// The answer must be at least the answer of the step with this id.
    case atLeast(step: String)
    /// The answer must be at most the answer of the step with this id.
    case atMost(step: String)

    /// The step keys that hold a constraint, as written in a flow file.
    public static let keys = ["atLeast", "atMost"]

    /// The constraint a step's entry names, if any.
    init?(json: JSONValue) {
        if let other = json["atLeast"]?.stringValue {
            self = .atLeast(step: other)
        } else if let other = json["atMost"]?.stringValue {
            self = .atMost(step: other)
        } else {
            return nil
        }
    }

    /// The id of the step the bound comes from.
    public var otherStep: String {
        switch self {
        case .atLeast(let step), .atMost(let step): return step
        }
    }

    /// Whether `value` keeps the bound `other`.
    func holds(_ value: Int, against other: Int) -> Bool {
        switch self {
        case .atLeast: return value >= other
        case .atMost: return value <= other
        }
    }

    /// The message for an answer `value` to `step` that breaks its constraint in the engine's plan
    /// (the other answer read for the same item and record), or `nil` when it holds or cannot be
    /// checked (no number, the other step not answered yet).
    static func problem(with value: JSONValue, for step: FlowStep, in engine: FlowEngine) -> ChatEffect? {
        guard let constraint = step.constraint, let number = value.intValue,
              let other = engine.definition.steps.first(where: { $0.id == constraint.otherStep }),
              let pointer = other.pointer(userID: engine.reader.userID, item: engine.state.item, record: engine.state.record),
              let bound = engine.content.value(at: pointer)?.intValue,
              !constraint.holds(number, against: bound) else { return nil }
        let label = (other.label ?? other.question).text(engine.language)
        let key: MessageKey
        switch constraint {
        case .atLeast: key = .answerBelowOther
        case .atMost: key = .answerAboveOther
        }
        return engine.say(key, ["other": String(bound), "label": label], style: .error)
    }
}
