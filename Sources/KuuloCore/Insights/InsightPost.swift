import Foundation

/// One published post as a platform's export reported it (`insights.posts.<id>`): tip 5's material.
public struct InsightPost: Equatable, Sendable {
    /// The platform's id of the post (the key in `insights.posts`).
    public var id: String
    /// `facebook` or `instagram`, as the export or its links say.
    public var platform: String?
    /// The plan's channel it was posted to, when one matches the platform.
    public var channel: String?
    /// When it was published: wall-clock time in the plan's zone (`2026-12-06T14:30`).
    public var publishedAt: String
    /// The link to the post.
    public var permalink: String?
    /// The export's kind of post (`IG carousel`, `Photos`, …).
    public var postType: String?
    /// The post's text.
    public var description: String?
    /// The counts the export had, by field (`reach`, `likes`, …); a count the export lacked is absent.
    public var counts: [InsightField: Int]
    /// The plan's draft it was published from, when one matched.
    public var draft: String?
    /// The file it was last imported from.
    public var source: String?

    /// A post as read from an export row.
    public init(id: String, platform: String?, channel: String? = nil, publishedAt: String, permalink: String?, postType: String?,
                description: String?, counts: [InsightField: Int], draft: String? = nil, source: String? = nil) {
        self.id = id
        self.platform = platform
        self.channel = channel
        self.publishedAt = publishedAt
        self.permalink = permalink
        self.postType = postType
        self.description = description
        self.counts = counts
        self.draft = draft
        self.source = source
    }

    /// Reactions, or likes where there are no reactions, plus comments, shares and saves — those present.
    public var interactions: Int {
        (counts[.reactions] ?? counts[.likes] ?? 0) + (counts[.comments] ?? 0) + (counts[.shares] ?? 0) + (counts[.saves] ?? 0)
    }

    /// Reads `insights.posts.<id>`; `nil` without a publish time.
    public init?(id: String, json: JSONValue) {
        guard let publishedAt = json["publishedAt"]?.stringValue else { return nil }
        var counts: [InsightField: Int] = [:]
        for field in InsightField.counts {
            if let value = json[field.rawValue]?.intValue { counts[field] = value }
        }
        self.init(id: id, platform: json["platform"]?.stringValue, channel: json["channel"]?.stringValue, publishedAt: publishedAt,
                  permalink: json["permalink"]?.stringValue, postType: json["postType"]?.stringValue,
                  description: json["description"]?.stringValue, counts: counts, draft: json["draft"]?.stringValue,
                  source: json["source"]?.stringValue)
    }

    /// Writes `insights.posts.<id>`.
    public var json: JSONValue {
        var members: [String: JSONValue] = ["publishedAt": .string(publishedAt)]
        let texts: [(String, String?)] = [("platform", platform), ("channel", channel), ("permalink", permalink), ("postType", postType),
                                          ("description", description), ("draft", draft), ("source", source)]
        for (key, value) in texts { if let value { members[key] = .string(value) } }
        for (field, value) in counts { members[field.rawValue] = .int(value) }
        return .object(members)
    }
}

/// The imported posts of a plan (`insights.posts`).
public struct InsightsLog: Equatable, Sendable {
    /// The posts by id.
    public var posts: [String: InsightPost]

    /// Reads `insights` of the plan content (empty when there is none).
    public init(content: JSONValue) {
        var posts: [String: InsightPost] = [:]
        for (id, value) in content["insights"]?["posts"]?.objectValue ?? [:] {
            if let post = InsightPost(id: id, json: value) { posts[id] = post }
        }
        self.posts = posts
    }

    /// The posts published from `from` to `to` (inclusive, `YYYY-MM-DD`), oldest first.
    public func posts(from: String? = nil, to: String? = nil) -> [InsightPost] {
        posts.values.filter { post in
            let day = String(post.publishedAt.prefix(10))
            return (from.map { day >= $0 } ?? true) && (to.map { day <= $0 } ?? true)
        }.sorted { ($0.publishedAt, $0.id) < ($1.publishedAt, $1.id) }
    }
}
