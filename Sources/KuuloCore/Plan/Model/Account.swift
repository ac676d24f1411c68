import Foundation

/// One of the organisation's accounts and who holds access (`accounts.<number>`). Never a password: the
/// plan records who the admins are, whether two-factor authentication is on and where recovery goes.
public struct Account: PlanEntity {
    /// The key in `accounts` (`1`).
    public var id: String
    /// The platform, a channel catalogue id (`instagram`).
    public var platform: String?
    /// The account's name or address (`@kyy_ry`).
    public var account: String?
    /// The trustees with admin rights, by name.
    public var admins: [String]?
    /// Whether two-factor authentication is on.
    public var twoFactor: Bool?
    /// Where account recovery goes.
    public var recovery: String?
    /// When access was last reviewed, as the trustee wrote it.
    public var reviewedAt: String?
    /// Members this build does not know.
    public var unknown: [String: JSONValue]

    /// Reads `accounts.<id>`.
    public init(id: String, json: JSONValue) {
        self.id = id
        var members = PlanMembers(json)
        platform = members.string("platform")
        account = members.string("account")
        admins = members.strings("admins")
        twoFactor = members.bool("twoFactor")
        recovery = members.string("recovery")
        reviewedAt = members.string("reviewedAt")
        unknown = members.rest
    }

    /// Writes `accounts.<id>`.
    public var json: JSONValue {
        var writer = PlanMemberWriter(unknown)
        writer.set("platform", platform)
        writer.set("account", account)
        writer.set("admins", admins)
        writer.set("twoFactor", twoFactor)
        writer.set("recovery", recovery)
        writer.set("reviewedAt", reviewedAt)
        return writer.json
    }
}
