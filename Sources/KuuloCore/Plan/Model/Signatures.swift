import Foundation

/// Whether posts are signed (`signatures`): tip 8.
public struct Signatures: PlanEntity {
    /// Whether the admins are listed publicly.
    public var adminsListed: Bool?
    /// Members this build does not know.
    public var unknown: [String: JSONValue]

    /// Reads `signatures`.
    public init(json: JSONValue) {
        var members = PlanMembers(json)
        adminsListed = members.bool("adminsListed")
        unknown = members.rest
    }

    /// Writes `signatures`.
    public var json: JSONValue {
        var writer = PlanMemberWriter(unknown)
        writer.set("adminsListed", adminsListed)
        return writer.json
    }
}
