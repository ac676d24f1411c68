import Foundation

/// Conversations with members (`interaction`): the replies written with the reply flow.
public struct Interaction: PlanEntity {
    /// Replies by number.
    public var replies: [String: Reply]?
    /// Members this build does not know.
    public var unknown: [String: JSONValue]

    /// Reads `interaction`.
    public init(json: JSONValue) {
        var members = PlanMembers(json)
        replies = members.entities("replies") { Reply(number: $0, json: $1) }
        unknown = members.rest
    }

    /// Writes `interaction`.
    public var json: JSONValue {
        var writer = PlanMemberWriter(unknown)
        writer.set("replies", replies)
        return writer.json
    }
}
