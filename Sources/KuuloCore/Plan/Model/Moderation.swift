import Foundation

/// Rules for moderating comment sections (`moderation`): when a comment is hidden or deleted, when its
/// writer is blocked, who decides, and what is done when a discussion strays into confidential matters.
public struct Moderation: PlanEntity {
    /// When a comment is hidden.
    public var hide: [String]?
    /// When a comment is deleted.
    public var delete: [String]?
    /// When the writer is blocked.
    public var block: [String]?
    /// Who decides on deleting and blocking.
    public var decides: String?
    /// What is done when a discussion strays into confidential matters.
    public var confidential: String?
    /// Members this build does not know.
    public var unknown: [String: JSONValue]

    /// Reads `moderation`.
    public init(json: JSONValue) {
        var members = PlanMembers(json)
        hide = members.strings("hide")
        delete = members.strings("delete")
        block = members.strings("block")
        decides = members.string("decides")
        confidential = members.string("confidential")
        unknown = members.rest
    }

    /// Writes `moderation`.
    public var json: JSONValue {
        var writer = PlanMemberWriter(unknown)
        writer.set("hide", hide)
        writer.set("delete", delete)
        writer.set("block", block)
        writer.set("decides", decides)
        writer.set("confidential", confidential)
        return writer.json
    }
}
