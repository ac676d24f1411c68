import Foundation

/// The content calendar (`calendar`): the drafts and the hours posts should not go out.
public struct ContentCalendar: PlanEntity {
    /// Drafts by number.
    public var drafts: [String: Draft]?
    /// Local wall times between which posts should not go out.
    public var quietHours: PlanQuietHours?
    /// Members this build does not know.
    public var unknown: [String: JSONValue]

    /// Reads `calendar`.
    public init(json: JSONValue) {
        var members = PlanMembers(json)
        drafts = members.entities("drafts") { Draft(number: $0, json: $1) }
        quietHours = members.entity("quietHours", PlanQuietHours.init(json:))
        unknown = members.rest
    }

    /// Writes `calendar`.
    public var json: JSONValue {
        var writer = PlanMemberWriter(unknown)
        writer.set("drafts", drafts)
        writer.set("quietHours", quietHours)
        return writer.json
    }
}

/// Local wall times between which posts should not go out (`calendar.quietHours`), `22:00`–`07:00`.
public struct PlanQuietHours: PlanEntity {
    /// When the quiet hours start (`22:00`).
    public var start: String?
    /// When they end (`07:00`).
    public var end: String?
    /// Members this build does not know.
    public var unknown: [String: JSONValue]

    /// Reads `calendar.quietHours`.
    public init(json: JSONValue) {
        var members = PlanMembers(json)
        start = members.string("start")
        end = members.string("end")
        unknown = members.rest
    }

    /// Writes `calendar.quietHours`.
    public var json: JSONValue {
        var writer = PlanMemberWriter(unknown)
        writer.set("start", start)
        writer.set("end", end)
        return writer.json
    }
}
