import Foundation

/// What is measured and how often it is looked at (`metrics`): tip 5.
public struct Metrics: PlanEntity {
    /// What is measured.
    public var measures: [String]?
    /// How often the numbers are reviewed.
    public var reviewRhythm: String?
    /// Members this build does not know.
    public var unknown: [String: JSONValue]

    /// Reads `metrics`.
    public init(json: JSONValue) {
        var members = PlanMembers(json)
        measures = members.strings("measures")
        reviewRhythm = members.string("reviewRhythm")
        unknown = members.rest
    }

    /// Writes `metrics`.
    public var json: JSONValue {
        var writer = PlanMemberWriter(unknown)
        writer.set("measures", measures)
        writer.set("reviewRhythm", reviewRhythm)
        return writer.json
    }
}
