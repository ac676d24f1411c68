import Foundation

/// Where a running flow is: the step, the way back, a list being collected, and the plan as it was
/// when the flow began (so `/cancel` can put it back).
public struct FlowState: Equatable, Sendable {
    /// The running flow's id.
    public var flowID: String
    /// The step being asked.
    public var stepIndex: Int
    /// Steps asked before, most recent last, for `/back`.
    public var trail: [Int] = []
    /// Items of a list answer typed so far.
    public var listItems: [String]?
    /// Whether the list items are added to the existing ones rather than replacing them.
    public var listAppends = false
    /// The plan content when the flow started.
    public var snapshot: JSONValue
    /// How many answers were written.
    public var answers = 0
    /// The group whose introduction was shown last.
    public var currentGroup: String?
    /// When set, the flow ends after this group (`/tips 7` goes through one tip).
    public var onlyGroup: String?

    /// Creates the state at the first step.
    public init(flowID: String, stepIndex: Int, snapshot: JSONValue) {
        self.flowID = flowID
        self.stepIndex = stepIndex
        self.snapshot = snapshot
    }
}
