import Foundation

/// Puts the posts of an export into the plan (`insights.posts`): a post already there is updated by
/// its id, never counted twice; each post gets the plan's channel for its platform and, where one
/// matches, the draft it was published from.
public struct InsightsImport {
    /// What an import did.
    public struct Outcome: Equatable, Sendable {
        /// The plan content with the posts in it.
        public var content: JSONValue
        /// Posts that were new.
        public var added: Int
        /// Posts that were there already and were updated.
        public var updated: Int
        /// Posts matched to a draft.
        public var matched: Int

        /// The line saying what importing `file` did, each count agreeing with its noun
        /// ("one new post", "yksi uusi julkaisu").
        public func summary(file: String, messages: MessageCatalog, language: Language) -> String {
            let part = { (key: MessageKey, count: Int) in messages.text(key, language, ["count": String(count)]) }
            return messages.text(.insightsImported, language, ["file": file, "added": part(.insightsImportedAdded, added),
                                                               "updated": part(.insightsImportedUpdated, updated),
                                                               "matched": part(.insightsImportedMatched, matched)])
        }
    }

    /// How far a post's publish time may be from a draft's scheduled time for them to match, in seconds.
    static let matchWindow = 2 * 3_600
    /// The least share of words a post's text must have in common with a draft's text to match it.
    static let minimumSimilarity = 0.2

    let plan: Plan

    /// An import into the plan with `content`.
    public init(content: JSONValue) {
        plan = Plan(json: content)
    }

    /// Adds or updates `posts` in `content`; `channel`, when given, is the channel every post is for;
    /// `at` (wall-clock time in the plan's zone), when given, is kept as the time of the latest import,
    /// from which the results review falls due.
    public func apply(_ posts: [InsightPost], to content: JSONValue, channel: String? = nil, at: String? = nil) -> Outcome {
        var content = content
        if let at { content.setValue(.string(at), at: JSONPointer(tokens: ["insights", "importedAt"])) }
        let existing = InsightsLog(content: content).posts
        var added = 0, updated = 0, matched = 0
        for var post in posts {
            post.channel = channel ?? existing[post.id]?.channel ?? channelID(for: post.platform)
            post.draft = draftNumber(for: post) ?? existing[post.id]?.draft
            if post.draft != nil { matched += 1 }
            if existing[post.id] == nil { added += 1 } else { updated += 1 }
            content.setValue(post.json, at: JSONPointer(tokens: ["insights", "posts", post.id]))
        }
        return Outcome(content: content, added: added, updated: updated, matched: matched)
    }

    /// The plan's channel for a platform: one whose catalogue kind is the platform's main feed
    /// (`instagram-feed`, `facebook-page`), else one of that platform, else one named like it.
    func channelID(for platform: String?) -> String? {
        guard let platform else { return nil }
        let channels = (plan.channels ?? [:]).values.filter { $0.removed != true }.sorted { $0.id < $1.id }
        let main = platform == "instagram" ? "instagram-feed" : "facebook-page"
        return channels.first { $0.kind == main }?.id
            ?? channels.first { $0.kind?.hasPrefix(platform) == true }?.id
            ?? channels.first { $0.id == platform }?.id
    }

    /// The draft a post was published from: scheduled for its channel within two hours of it, with the
    /// most words in common with it (at least a fifth when both have text).
    func draftNumber(for post: InsightPost) -> String? {
        guard let published = LocalDateTime(iso: post.publishedAt) else { return nil }
        var best: (number: String, score: Double)?
        for (number, draft) in plan.drafts {
            guard let scheduled = draft.scheduledAt.flatMap(LocalDateTime.init(iso:)),
                  abs(scheduled.secondsAsUTC - published.secondsAsUTC) <= Self.matchWindow else { continue }
            if let channel = post.channel, !draft.allChannels.contains(channel) { continue }
            let texts = draft.textEntries(channels: post.channel.map { [$0] }).map(\.text)
            let score = post.description.map { description in texts.map { Self.similarity(description, $0) }.max() ?? 0 } ?? 1
            guard texts.isEmpty || post.description == nil || score >= Self.minimumSimilarity else { continue }
            if best.map({ score > $0.score || (score == $0.score && number < $0.number) }) ?? true { best = (number, score) }
        }
        return best?.number
    }

    /// The share of distinct words two texts have in common (Jaccard, lower-cased letters and digits).
    static func similarity(_ lhs: String, _ rhs: String) -> Double {
        func words(_ text: String) -> Set<String> {
            Set(text.lowercased().split { !($0.isLetter || $0.isNumber) }.map(String.init))
        }
        let left = words(lhs), right = words(rhs)
        let union = left.union(right).count
        return union == 0 ? 0 : Double(left.intersection(right).count) / Double(union)
    }
}
