import Foundation

/// The organisation's hashtags (`hashtags`): written by the hashtags flow.
public struct Hashtags: PlanEntity {
    /// Tags suggested but not chosen yet.
    public var ideas: [String]?
    /// The chosen tags by key (the tag folded to lower case).
    public var tags: [String: Hashtag]?
    /// Named sets of tags used together, by key.
    public var sets: [String: HashtagSet]?
    /// Members this build does not know.
    public var unknown: [String: JSONValue]

    /// Reads `hashtags`.
    public init(json: JSONValue) {
        var members = PlanMembers(json)
        ideas = members.strings("ideas")
        tags = members.entities("tags") { Hashtag(key: $0, json: $1) }
        sets = members.entities("sets") { HashtagSet(key: $0, json: $1) }
        unknown = members.rest
    }

    /// Writes `hashtags`.
    public var json: JSONValue {
        var writer = PlanMemberWriter(unknown)
        writer.set("ideas", ideas)
        writer.set("tags", tags)
        writer.set("sets", sets)
        return writer.json
    }
}

/// One chosen hashtag (`hashtags.tags.<key>`).
public struct Hashtag: PlanEntity {
    /// The key in `hashtags.tags`.
    public var key: String
    /// The tag as matched.
    public var tag: String?
    /// The tag as written, with capitals for screen readers (`KuulolanYlioppilaskunta`).
    public var display: String?
    /// `brand`, `campaign`, `event` or `topic`.
    public var role: String?
    /// A note on its use.
    public var note: String?
    /// The channel keys it is used on.
    public var channels: [String]?
    /// Members this build does not know.
    public var unknown: [String: JSONValue]

    /// Reads `hashtags.tags.<key>`.
    public init(key: String, json: JSONValue) {
        self.key = key
        var members = PlanMembers(json)
        tag = members.string("tag")
        display = members.string("display")
        role = members.string("role")
        note = members.string("note")
        channels = members.strings("channels")
        unknown = members.rest
    }

    /// Writes `hashtags.tags.<key>`.
    public var json: JSONValue {
        var writer = PlanMemberWriter(unknown)
        writer.set("tag", tag)
        writer.set("display", display)
        writer.set("role", role)
        writer.set("note", note)
        writer.set("channels", channels)
        return writer.json
    }
}

/// A named set of hashtags used together (`hashtags.sets.<key>`).
public struct HashtagSet: PlanEntity {
    /// The key in `hashtags.sets`.
    public var key: String
    /// The set's name as a trustee types it.
    public var name: String?
    /// The tags.
    public var tags: [String]?
    /// Members this build does not know.
    public var unknown: [String: JSONValue]

    /// Reads `hashtags.sets.<key>`.
    public init(key: String, json: JSONValue) {
        self.key = key
        var members = PlanMembers(json)
        name = members.string("name")
        tags = members.strings("tags")
        unknown = members.rest
    }

    /// Writes `hashtags.sets.<key>`.
    public var json: JSONValue {
        var writer = PlanMemberWriter(unknown)
        writer.set("name", name)
        writer.set("tags", tags)
        return writer.json
    }
}
