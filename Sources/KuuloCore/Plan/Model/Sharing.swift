import Foundation

/// How members are encouraged to share (`sharing`): tip 6.
public struct Sharing: PlanEntity {
    /// Ways of encouraging sharing.
    public var encouragement: [String]?
    /// Members this build does not know.
    public var unknown: [String: JSONValue]

    /// Reads `sharing`.
    public init(json: JSONValue) {
        var members = PlanMembers(json)
        encouragement = members.strings("encouragement")
        unknown = members.rest
    }

    /// Writes `sharing`.
    public var json: JSONValue {
        var writer = PlanMemberWriter(unknown)
        writer.set("encouragement", encouragement)
        return writer.json
    }
}
