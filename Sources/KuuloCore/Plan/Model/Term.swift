import Foundation

/// One change of term (`terms.<number>`): who leaves and who starts, and what passes from the leaving
/// trustees to the starting ones, as the handover flow (`/handover`) records it. The plan itself is
/// changed when the flow ends; the record stays as the board's checklist.
public struct Term: PlanEntity {
    /// The key in `terms` (`1`).
    public var id: String
    /// The term that starts, as the trustee wrote it (`2027`).
    public var period: String?
    /// The trustees who leave, by name.
    public var leaving: [String]?
    /// The trustees who start, by name.
    public var starting: [String]?
    /// What changes on each account, by the account's key in `accounts`.
    public var accounts: [String: TermAccount]?
    /// Who owns each channel and stands in for them from now on, by the channel's key.
    public var channels: [String: TermChannel]?
    /// The outgoing board's year in numbers, taken when the handover was finished.
    public var summary: TermSummary?
    /// When the handover was started.
    public var startedAt: String?
    /// When its last part was done (unset while it is unfinished).
    public var completedAt: String?
    /// The part a later `/handover` resumes at.
    public var resumeAt: Int?
    /// Members this build does not know (including the parts' completion times).
    public var unknown: [String: JSONValue]

    /// Reads `terms.<id>`.
    public init(id: String, json: JSONValue) {
        self.id = id
        var members = PlanMembers(json)
        period = members.string("period")
        leaving = members.strings("leaving")
        starting = members.strings("starting")
        accounts = members.entities("accounts") { TermAccount(id: $0, json: $1) }
        channels = members.entities("channels") { TermChannel(id: $0, json: $1) }
        summary = members.entity("summary", TermSummary.init(json:))
        startedAt = members.string("startedAt")
        completedAt = members.string("completedAt")
        resumeAt = members.int("resumeAt")
        unknown = members.rest
    }

    /// Writes `terms.<id>`.
    public var json: JSONValue {
        var writer = PlanMemberWriter(unknown)
        writer.set("period", period)
        writer.set("leaving", leaving)
        writer.set("starting", starting)
        writer.set("accounts", accounts)
        writer.set("channels", channels)
        writer.set("summary", summary)
        writer.set("startedAt", startedAt)
        writer.set("completedAt", completedAt)
        writer.set("resumeAt", resumeAt)
        return writer.json
    }
}

/// What changes on one account at a change of term (`terms.<n>.accounts.<key>`). Never a password.
public struct TermAccount: PlanEntity {
    /// The account's key in `accounts`.
    public var id: String
    /// Who gets admin rights, by name.
    public var grant: [String]?
    /// Who loses admin rights, by name.
    public var revoke: [String]?
    /// Whose phone or key the two-factor authentication moves to.
    public var twoFactorHolder: String?
    /// The role address account recovery goes to from now on.
    public var recovery: String?
    /// Members this build does not know.
    public var unknown: [String: JSONValue]

    /// Reads `terms.<n>.accounts.<id>`.
    public init(id: String, json: JSONValue) {
        self.id = id
        var members = PlanMembers(json)
        grant = members.strings("grant")
        revoke = members.strings("revoke")
        twoFactorHolder = members.string("twoFactorHolder")
        recovery = members.string("recovery")
        unknown = members.rest
    }

    /// Writes `terms.<n>.accounts.<id>`.
    public var json: JSONValue {
        var writer = PlanMemberWriter(unknown)
        writer.set("grant", grant)
        writer.set("revoke", revoke)
        writer.set("twoFactorHolder", twoFactorHolder)
        writer.set("recovery", recovery)
        return writer.json
    }
}

/// Who owns a channel and stands in from the change of term on (`terms.<n>.channels.<key>`).
public struct TermChannel: PlanEntity {
    /// The channel's key in `channels`.
    public var id: String
    /// The owners, by name.
    public var owners: [String]?
    /// The substitutes, by name.
    public var substitutes: [String]?
    /// Members this build does not know.
    public var unknown: [String: JSONValue]

    /// Reads `terms.<n>.channels.<id>`.
    public init(id: String, json: JSONValue) {
        self.id = id
        var members = PlanMembers(json)
        owners = members.strings("owners")
        substitutes = members.strings("substitutes")
        unknown = members.rest
    }

    /// Writes `terms.<n>.channels.<id>`.
    public var json: JSONValue {
        var writer = PlanMemberWriter(unknown)
        writer.set("owners", owners)
        writer.set("substitutes", substitutes)
        return writer.json
    }
}

/// The outgoing board's year in numbers (`terms.<n>.summary`).
public struct TermSummary: PlanEntity {
    /// The first day covered (`YYYY-MM-DD`).
    public var from: String?
    /// The last day covered.
    public var to: String?
    /// Drafts marked published in those days.
    public var published: Int?
    /// Posts with imported numbers (insights) in those days.
    public var measured: Int?
    /// Entries of the listening log in those days.
    public var listened: Int?
    /// Members this build does not know.
    public var unknown: [String: JSONValue]

    /// Reads `terms.<n>.summary`.
    public init(json: JSONValue) {
        var members = PlanMembers(json)
        from = members.string("from")
        to = members.string("to")
        published = members.int("published")
        measured = members.int("measured")
        listened = members.int("listened")
        unknown = members.rest
    }

    /// Creates a summary.
    public init(from: String?, to: String?, published: Int, measured: Int, listened: Int) {
        self.from = from
        self.to = to
        self.published = published
        self.measured = measured
        self.listened = listened
        unknown = [:]
    }

    /// Writes `terms.<n>.summary`.
    public var json: JSONValue {
        var writer = PlanMemberWriter(unknown)
        writer.set("from", from)
        writer.set("to", to)
        writer.set("published", published)
        writer.set("measured", measured)
        writer.set("listened", listened)
        return writer.json
    }
}
