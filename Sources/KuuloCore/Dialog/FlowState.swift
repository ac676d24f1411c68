import Foundation

/// A step and the item it was asked for.
public struct FlowPosition: Equatable, Sendable {
    /// The step's index.
    public var step: Int
    /// The item index at the time.
    public var item: Int
}

/// Where a running flow is: the step, the way back, a list being collected, and the plan as it was
/// when the flow began (so `/cancel` can put it back).
public struct FlowState: Equatable, Sendable {
    /// The running flow's id.
    public var flowID: String
    /// The step being asked.
    public var stepIndex: Int
    /// Steps asked before (with the item they were asked for), most recent last, for `/back`.
    public var trail: [FlowPosition] = []
    /// The items a repeated block of steps is asked for (the plan's channels), once entered.
    public var items: [String] = []
    /// Which of `items` the block is on.
    public var itemIndex = 0
    /// When set, a repeated block is asked for this item only (`/channels instagram`).
    public var onlyItem: String?
    /// The item whose introduction was shown last.
    public var currentItem: String?
    /// The key of the record the flow fills (a draft's number), for `{draft}` in fields.
    public var record: String?

    /// The item being asked about, if the flow is in a repeated block.
    public var item: String? { items.indices.contains(itemIndex) ? items[itemIndex] : nil }
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
    /// When set, only this step is asked (for each item, in a repeated block): `/edit key-message`.
    public var onlyStep: Int?

    /// Creates the state at the first step.
    public init(flowID: String, stepIndex: Int, snapshot: JSONValue) {
        self.flowID = flowID
        self.stepIndex = stepIndex
        self.snapshot = snapshot
    }
}
