import Foundation

/// The plan's content (`plan` in `kuulo-plan.json`) as typed values: one reader and one writer for each
/// part, and every member this build does not know kept as it was, so `Plan(json: x).json == x`.
///
/// Flows still edit fields by JSON Pointer, and history, diff and merge work on the JSON; this is how the
/// rest of Kuulo reads the plan.
public struct Plan: PlanEntity {
    /// The organisation.
    public var organisation: Organisation?
    /// Trustees by id.
    public var trustees: [String: Trustee]?
    /// What is followed (tip 1).
    public var monitoring: Monitoring?
    /// Taking part in conversations (tip 2).
    public var engagement: Engagement?
    /// Replies to critical comments (tip 7).
    public var interaction: Interaction?
    /// Ground rules (tip 3).
    public var groundRules: GroundRules?
    /// Hashtags.
    public var hashtags: Hashtags?
    /// Measuring (tip 5).
    public var metrics: Metrics?
    /// Sharing (tip 6).
    public var sharing: Sharing?
    /// Criticism and crises (tip 7).
    public var crisis: Crisis?
    /// Signatures (tip 8).
    public var signatures: Signatures?
    /// Channels by key.
    public var channels: [String: Channel]?
    /// The content calendar.
    public var calendar: ContentCalendar?
    /// The yearly review.
    public var review: PlanReview?
    /// Comment moderation rules.
    public var moderation: Moderation?
    /// Photo consent and data protection.
    public var dataProtection: DataProtection?
    /// The organisation's accounts by key.
    public var accounts: [String: Account]?
    /// The year's big moments by key.
    public var annualCalendar: [String: AnnualEvent]?
    /// The board's approval.
    public var approval: PlanApproval?
    /// The changes of term by number (`/handover`).
    public var terms: [String: Term]?
    /// The organisation's own words the spelling check accepts.
    public var wordList: [String]?
    /// Members this build does not know.
    public var unknown: [String: JSONValue]

    /// Reads the plan's content.
    public init(json: JSONValue) {
        var members = PlanMembers(json)
        organisation = members.entity("organisation", Organisation.init(json:))
        trustees = members.entities("trustees") { Trustee(id: $0, json: $1) }
        monitoring = members.entity("monitoring", Monitoring.init(json:))
        engagement = members.entity("engagement", Engagement.init(json:))
        interaction = members.entity("interaction", Interaction.init(json:))
        groundRules = members.entity("groundRules", GroundRules.init(json:))
        hashtags = members.entity("hashtags", Hashtags.init(json:))
        metrics = members.entity("metrics", Metrics.init(json:))
        sharing = members.entity("sharing", Sharing.init(json:))
        crisis = members.entity("crisis", Crisis.init(json:))
        signatures = members.entity("signatures", Signatures.init(json:))
        channels = members.entities("channels") { Channel(id: $0, json: $1) }
        calendar = members.entity("calendar", ContentCalendar.init(json:))
        review = members.entity("review", PlanReview.init(json:))
        moderation = members.entity("moderation", Moderation.init(json:))
        dataProtection = members.entity("dataProtection", DataProtection.init(json:))
        accounts = members.entities("accounts") { Account(id: $0, json: $1) }
        annualCalendar = members.entities("annualCalendar") { AnnualEvent(id: $0, json: $1) }
        approval = members.entity("approval", PlanApproval.init(json:))
        terms = members.entities("terms") { Term(id: $0, json: $1) }
        wordList = members.strings("wordList")
        unknown = members.rest
    }

    /// Writes the plan's content.
    public var json: JSONValue {
        var writer = PlanMemberWriter(unknown)
        writer.set("organisation", organisation)
        writer.set("trustees", trustees)
        writer.set("monitoring", monitoring)
        writer.set("engagement", engagement)
        writer.set("interaction", interaction)
        writer.set("groundRules", groundRules)
        writer.set("hashtags", hashtags)
        writer.set("metrics", metrics)
        writer.set("sharing", sharing)
        writer.set("crisis", crisis)
        writer.set("signatures", signatures)
        writer.set("channels", channels)
        writer.set("calendar", calendar)
        writer.set("review", review)
        writer.set("moderation", moderation)
        writer.set("dataProtection", dataProtection)
        writer.set("accounts", accounts)
        writer.set("annualCalendar", annualCalendar)
        writer.set("approval", approval)
        writer.set("terms", terms)
        writer.set("wordList", wordList)
        return writer.json
    }

    /// The drafts of the content calendar by number.
    public var drafts: [String: Draft] { calendar?.drafts ?? [:] }

    /// The draft with `number`.
    public func draft(_ number: String) -> Draft? { calendar?.drafts?[number] }
}

extension PlanDocument {
    /// The content as typed values.
    public var plan: Plan { Plan(json: content) }
}
