import Foundation

/// One of the year's big moments in the annual calendar (`annualCalendar.<number>`): elections, the
/// anniversary, freshers' week, vappu.
public struct AnnualEvent: PlanEntity {
    /// The key in `annualCalendar` (`1`).
    public var id: String
    /// What the moment is.
    public var name: String?
    /// The month, 1–12.
    public var month: Int?
    /// The day of the month when it is the same every year.
    public var day: Int?
    /// What communication takes into account then.
    public var notes: String?
    /// Members this build does not know.
    public var unknown: [String: JSONValue]

    /// Reads `annualCalendar.<id>`.
    public init(id: String, json: JSONValue) {
        self.id = id
        var members = PlanMembers(json)
        name = members.string("name")
        month = members.int("month")
        day = members.int("day")
        notes = members.string("notes")
        unknown = members.rest
    }

    /// Writes `annualCalendar.<id>`.
    public var json: JSONValue {
        var writer = PlanMemberWriter(unknown)
        writer.set("name", name)
        writer.set("month", month)
        writer.set("day", day)
        writer.set("notes", notes)
        return writer.json
    }
}
