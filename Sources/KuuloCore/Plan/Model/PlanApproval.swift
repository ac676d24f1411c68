import Foundation

/// The board's approval of the plan (`approval`): the version label the board gave it and when. The
/// written plan shows this label, not Kuulo's internal revision number.
public struct PlanApproval: PlanEntity {
    /// The version label (`2027`, `1.0`).
    public var label: String?
    /// When the board approved it, as written (`12.1.2027`).
    public var date: String?
    /// Which meeting approved it (`hallituksen kokous 1/2027`).
    public var meeting: String?
    /// Members this build does not know.
    public var unknown: [String: JSONValue]

    /// Reads `approval`.
    public init(json: JSONValue) {
        var members = PlanMembers(json)
        label = members.string("label")
        date = members.string("date")
        meeting = members.string("meeting")
        unknown = members.rest
    }

    /// Writes `approval`.
    public var json: JSONValue {
        var writer = PlanMemberWriter(unknown)
        writer.set("label", label)
        writer.set("date", date)
        writer.set("meeting", meeting)
        return writer.json
    }
}
