import Foundation

/// How the organisation takes part in conversations (`engagement`): tip 2.
public struct Engagement: PlanEntity {
    /// Whose posts it likes and comments on.
    public var likeAndComment: [String]?
    /// How fast comments are answered (`1-day`).
    public var responseTime: String?
    /// Members this build does not know.
    public var unknown: [String: JSONValue]

    /// Reads `engagement`.
    public init(json: JSONValue) {
        var members = PlanMembers(json)
        likeAndComment = members.strings("likeAndComment")
        responseTime = members.string("responseTime")
        unknown = members.rest
    }

    /// Writes `engagement`.
    public var json: JSONValue {
        var writer = PlanMemberWriter(unknown)
        writer.set("likeAndComment", likeAndComment)
        writer.set("responseTime", responseTime)
        return writer.json
    }
}
