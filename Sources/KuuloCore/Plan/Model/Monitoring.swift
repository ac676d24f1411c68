import Foundation

/// What the organisation follows to hear what is said about it (`monitoring`): tip 1.
public struct Monitoring: PlanEntity {
    /// Search words followed.
    public var keywords: [String]?
    /// Hashtags followed.
    public var hashtags: [String]?
    /// Accounts followed.
    public var accounts: [String]?
    /// Who follows them.
    public var owner: String?
    /// How often (`daily`, `weekly` …).
    public var frequency: String?
    /// Members this build does not know.
    public var unknown: [String: JSONValue]

    /// Reads `monitoring`.
    public init(json: JSONValue) {
        var members = PlanMembers(json)
        keywords = members.strings("keywords")
        hashtags = members.strings("hashtags")
        accounts = members.strings("accounts")
        owner = members.string("owner")
        frequency = members.string("frequency")
        unknown = members.rest
    }

    /// Writes `monitoring`.
    public var json: JSONValue {
        var writer = PlanMemberWriter(unknown)
        writer.set("keywords", keywords)
        writer.set("hashtags", hashtags)
        writer.set("accounts", accounts)
        writer.set("owner", owner)
        writer.set("frequency", frequency)
        return writer.json
    }
}
