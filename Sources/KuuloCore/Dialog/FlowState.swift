import Foundation

/// A step and the item it was asked for.
public struct FlowPosition: Equatable, Sendable {
    /// The step's index.
    public var step: Int
    /// The item index at the time.
    public var item: Int
}

/// How much of a flow a run asks; the narrower scopes exclude each other.
public enum FlowScope: Equatable, Sendable {
    /// Every step that should be asked.
    case whole
    /// One group, then the end (`/tips 7` goes through one tip).
    case group(String)
    /// A repeated block for this item only (`/channels instagram`).
    case item(String)
    /// This step only (for each item, in a repeated block): `/edit key-message`.
    case step(Int)

    /// The item of an `.item` scope.
    public var item: String? {
        if case .item(let item) = self { return item }
        return nil
    }
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
    /// The item whose introduction was shown last.
    public var currentItem: String?
    /// The key of the record the flow fills (a draft's number), for `{draft}` in fields.
    public var record: String?

    /// The item being asked about, if the flow is in a repeated block.
    public var item: String? { items.indices.contains(itemIndex) ? items[itemIndex] : nil }
    /// Items of a list answer typed so far.
    public var listItems: [String]?
    /// Whether the list items typed so far are meant to replace the existing list (the first line
    /// began with `=`) rather than be added to it, as they are by default.
    public var listReplaces = false
    /// A replacement of an existing list waiting for the trustee's yes or no.
    public var pendingReplacement: [String]?
    /// The plan content when the flow started.
    public var snapshot: JSONValue
    /// How many answers were written.
    public var answers = 0
    /// The group whose introduction was shown last.
    public var currentGroup: String?
    /// How much of the flow is asked: all of it, one group, one item or one step.
    public var scope: FlowScope = .whole

    /// Creates the state at the first step.
    public init(flowID: String, stepIndex: Int, snapshot: JSONValue) {
        self.flowID = flowID
        self.stepIndex = stepIndex
        self.snapshot = snapshot
    }
}
