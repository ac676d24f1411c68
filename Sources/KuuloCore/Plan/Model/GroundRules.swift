import Foundation

/// Rules for the organisation's and personal accounts (`groundRules`): tip 3.
public struct GroundRules: PlanEntity {
    /// Rules for the organisation's accounts.
    public var organisationAccounts: [String]?
    /// Rules for trustees' personal accounts.
    public var personalAccounts: [String]?
    /// Members this build does not know.
    public var unknown: [String: JSONValue]

    /// Reads `groundRules`.
    public init(json: JSONValue) {
        var members = PlanMembers(json)
        organisationAccounts = members.strings("organisationAccounts")
        personalAccounts = members.strings("personalAccounts")
        unknown = members.rest
    }

    /// Writes `groundRules`.
    public var json: JSONValue {
        var writer = PlanMemberWriter(unknown)
        writer.set("organisationAccounts", organisationAccounts)
        writer.set("personalAccounts", personalAccounts)
        return writer.json
    }
}
