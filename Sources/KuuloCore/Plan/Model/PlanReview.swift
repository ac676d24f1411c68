import Foundation

/// When the plan is reviewed (`review`).
public struct PlanReview: PlanEntity {
    /// Month and day of the yearly review, `MM-DD`.
    public var yearlyOn: String?
    /// Members this build does not know.
    public var unknown: [String: JSONValue]

    /// Reads `review`.
    public init(json: JSONValue) {
        var members = PlanMembers(json)
        yearlyOn = members.string("yearlyOn")
        unknown = members.rest
    }

    /// Writes `review`.
    public var json: JSONValue {
        var writer = PlanMemberWriter(unknown)
        writer.set("yearlyOn", yearlyOn)
        return writer.json
    }
}
