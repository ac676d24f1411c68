import Foundation

/// One channel of the plan (`channels.<id>`): written by the channels flow.
public struct Channel: PlanEntity {
    /// The key in `channels` (`instagram`).
    public var id: String
    /// The catalogue id it is an instance of (`instagram-feed`).
    public var kind: String?
    /// The plan's own name for it.
    public var name: String?
    /// The forms of a channel's own name (`kind: other`) the texts use, confirmed by the dictionary
    /// when the channel was added and correctable in `/nimenmuodot`; catalogue channels have theirs
    /// in the catalogue.
    public var nameForms: NameForms?
    /// What the channel is for.
    public var purpose: String?
    /// Who it reaches.
    public var audiences: [String]?
    /// What is posted there.
    public var contentTypes: [String]?
    /// The tone of voice.
    public var tone: String?
    /// The language codes used there.
    public var languages: [String]?
    /// `bilingual`: one caption holds every language of a post; `separate`: a text per language. Without
    /// it, a channel with two or more `languages` gets one bilingual caption.
    public var captions: String?
    /// `first-comment`: the hashtags go in the post's first comment, not its caption.
    public var hashtagPlacement: String?
    /// Posts a week.
    public var cadence: ChannelCadenceRange?
    /// Who looks after it.
    public var owners: [String]?
    /// Who steps in when the owners are away.
    public var substitutes: [String]?
    /// How fast comments are answered (`1-day`).
    public var responseTime: String?
    /// What is measured there.
    public var metrics: [String]?
    /// Whether it was taken out of use (kept so history reads right).
    public var removed: Bool?
    /// Members this build does not know.
    public var unknown: [String: JSONValue]

    /// Reads `channels.<id>`.
    public init(id: String, json: JSONValue) {
        self.id = id
        var members = PlanMembers(json)
        kind = members.string("kind")
        name = members.string("name")
        nameForms = members.entity("nameForms", NameForms.init(json:))
        purpose = members.string("purpose")
        audiences = members.strings("audiences")
        contentTypes = members.strings("contentTypes")
        tone = members.string("tone")
        languages = members.strings("languages")
        captions = members.string("captions")
        hashtagPlacement = members.string("hashtagPlacement")
        cadence = members.entity("cadence", ChannelCadenceRange.init(json:))
        owners = members.strings("owners")
        substitutes = members.strings("substitutes")
        responseTime = members.string("responseTime")
        metrics = members.strings("metrics")
        removed = members.bool("removed")
        unknown = members.rest
    }

    /// Writes `channels.<id>`.
    public var json: JSONValue {
        var writer = PlanMemberWriter(unknown)
        writer.set("kind", kind)
        writer.set("name", name)
        writer.set("nameForms", nameForms)
        writer.set("purpose", purpose)
        writer.set("audiences", audiences)
        writer.set("contentTypes", contentTypes)
        writer.set("tone", tone)
        writer.set("languages", languages)
        writer.set("captions", captions)
        writer.set("hashtagPlacement", hashtagPlacement)
        writer.set("cadence", cadence)
        writer.set("owners", owners)
        writer.set("substitutes", substitutes)
        writer.set("responseTime", responseTime)
        writer.set("metrics", metrics)
        writer.set("removed", removed)
        return writer.json
    }

    /// Whether it is still in use.
    public var inUse: Bool { removed != true }

    /// Whether a post's languages go in one caption here: as `captions` says, else when the channel
    /// uses two or more languages.
    public var bilingualCaptions: Bool {
        captions.map { $0 == "bilingual" } ?? ((languages ?? []).count >= 2)
    }

    /// Whether the hashtags go in the first comment.
    public var hashtagsInFirstComment: Bool { hashtagPlacement == "first-comment" }
}

/// How often a channel posts (`channels.<id>.cadence`), posts a week.
public struct ChannelCadenceRange: PlanEntity {
    /// At least.
    public var min: Int?
    /// At most.
    public var max: Int?
    /// The period counted in: `week` (when absent) or `month`.
    public var per: String?
    /// Members this build does not know.
    public var unknown: [String: JSONValue]

    /// Reads `channels.<id>.cadence`.
    public init(json: JSONValue) {
        var members = PlanMembers(json)
        min = members.int("min")
        max = members.int("max")
        per = members.string("per")
        unknown = members.rest
    }

    /// Writes `channels.<id>.cadence`.
    public var json: JSONValue {
        var writer = PlanMemberWriter(unknown)
        writer.set("min", min)
        writer.set("max", max)
        writer.set("per", per)
        return writer.json
    }
}
