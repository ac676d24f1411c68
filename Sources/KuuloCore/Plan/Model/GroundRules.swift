import Foundation

/// Rules for the organisation's and personal accounts (`groundRules`): tip 3.
public struct GroundRules: PlanEntity {
    /// Rules for the organisation's accounts.
    public var organisationAccounts: [String]?
    /// Rules for trustees' personal accounts.
    public var personalAccounts: [String]?
    /// Whether a trustee may approve a post they wrote themselves (a small union with one trustee);
    /// otherwise a second trustee must.
    public var selfApproval: Bool?
    /// Members this build does not know.
    public var unknown: [String: JSONValue]

    /// Reads `groundRules`.
    public init(json: JSONValue) {
        var members = PlanMembers(json)
        organisationAccounts = members.strings("organisationAccounts")
        personalAccounts = members.strings("personalAccounts")
        selfApproval = members.bool("selfApproval")
        unknown = members.rest
    }

    /// Writes `groundRules`.
    public var json: JSONValue {
        var writer = PlanMemberWriter(unknown)
        writer.set("organisationAccounts", organisationAccounts)
        writer.set("personalAccounts", personalAccounts)
        writer.set("selfApproval", selfApproval)
        return writer.json
    }
}
