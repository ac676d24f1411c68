import Foundation

/// Photo consent at events and the plan's data protection (`dataProtection`).
public struct DataProtection: PlanEntity {
    /// How consent to photograph people and publish the pictures is asked.
    public var photoConsent: String?
    /// How someone opts out of photos or has a picture removed.
    public var photoOptOut: String?
    /// Where the plan and its attachments are kept.
    public var planStorage: String?
    /// Who can see the plan.
    public var planAccess: String?
    /// How long photos and message details are kept.
    public var retention: String?
    /// Members this build does not know.
    public var unknown: [String: JSONValue]

    /// Reads `dataProtection`.
    public init(json: JSONValue) {
        var members = PlanMembers(json)
        photoConsent = members.string("photoConsent")
        photoOptOut = members.string("photoOptOut")
        planStorage = members.string("planStorage")
        planAccess = members.string("planAccess")
        retention = members.string("retention")
        unknown = members.rest
    }

    /// Writes `dataProtection`.
    public var json: JSONValue {
        var writer = PlanMemberWriter(unknown)
        writer.set("photoConsent", photoConsent)
        writer.set("photoOptOut", photoOptOut)
        writer.set("planStorage", planStorage)
        writer.set("planAccess", planAccess)
        writer.set("retention", retention)
        return writer.json
    }
}
