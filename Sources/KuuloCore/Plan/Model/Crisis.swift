import Foundation

/// How criticism and crises are handled (`crisis`): tip 7.
public struct Crisis: PlanEntity {
    /// How criticism is answered.
    public var criticism: String?
    /// Who decides in a crisis.
    public var decider: String?
    /// The steps of escalation, in order.
    public var escalation: [String]?
    /// Members this build does not know.
    public var unknown: [String: JSONValue]

    /// Reads `crisis`.
    public init(json: JSONValue) {
        var members = PlanMembers(json)
        criticism = members.string("criticism")
        decider = members.string("decider")
        escalation = members.strings("escalation")
        unknown = members.rest
    }

    /// Writes `crisis`.
    public var json: JSONValue {
        var writer = PlanMemberWriter(unknown)
        writer.set("criticism", criticism)
        writer.set("decider", decider)
        writer.set("escalation", escalation)
        return writer.json
    }
}
