import Foundation

/// Tip 5 with real numbers: what the imported posts reached and stirred, per channel and per purpose,
/// the best and weakest posts, and the posting rhythm against the plan's.
public struct InsightsReport: Equatable, Sendable {
    /// Totals over a group of posts.
    public struct Group: Equatable, Sendable {
        /// The channel id or the purpose.
        public var name: String
        /// How many posts.
        public var posts: Int
        /// Total reach.
        public var reach: Int
        /// Median reach (of the posts that report reach).
        public var medianReach: Int
        /// Reactions (or likes) + comments + shares + saves, those present.
        public var interactions: Int
        /// Interactions ÷ reach over the posts with reach > 0; `nil` when none has.
        public var engagementRate: Double?
    }

    /// A channel's posting against its planned rhythm.
    public struct Rhythm: Equatable, Sendable {
        /// The channel id.
        public var channel: String
        /// Posts per week over the period.
        public var perWeek: Double
        /// The plan's posts a week, at least and at most.
        public var plannedMin: Int?
        public var plannedMax: Int?
    }

    /// The posts the report covers, oldest first.
    public var posts: [InsightPost]
    /// The plan content the report was made from.
    let content: JSONValue
    /// First and last day covered (`YYYY-MM-DD`).
    public var from: String?
    public var to: String?
    /// Per channel, by name.
    public var byChannel: [Group]
    /// Per purpose (the matched draft's purpose), by name.
    public var byPurpose: [Group]
    /// The posts with the highest engagement rate (at most three).
    public var top: [InsightPost]
    /// The posts with the lowest engagement rate (at most three, none of them in `top`).
    public var weakest: [InsightPost]
    /// Posting against the plan's rhythm, per channel that has one.
    public var rhythm: [Rhythm]

    /// How many posts `top` and `weakest` name.
    static let listed = 3

    /// The report over the plan's imported posts from `from` to `to` (inclusive days).
    public init(content: JSONValue, from: String? = nil, to: String? = nil) {
        let plan = Plan(json: content)
        self.content = content
        posts = InsightsLog(content: content).posts(from: from, to: to)
        self.from = from ?? posts.first.map { String($0.publishedAt.prefix(10)) }
        self.to = to ?? posts.last.map { String($0.publishedAt.prefix(10)) }
        let drafts = plan.drafts
        byChannel = Self.groups(posts) { $0.channel ?? $0.platform ?? "?" }
        byPurpose = Self.groups(posts) { post in post.draft.flatMap { drafts[$0]?.purpose } ?? "" }
        let rated = posts.filter { ($0.counts[.reach] ?? 0) > 0 }.sorted { Self.rate($0) > Self.rate($1) }
        top = Array(rated.prefix(Self.listed))
        weakest = Array(rated.dropFirst(top.count).suffix(Self.listed).reversed())
        let days = Self.days(from: self.from, to: self.to)
        rhythm = byChannel.compactMap { group in
            guard let cadence = plan.channels?[group.name]?.cadence, days > 0 else { return nil }
            return Rhythm(channel: group.name, perWeek: Double(group.posts) * 7 / Double(days), plannedMin: cadence.min, plannedMax: cadence.max)
        }
    }

    static func rate(_ post: InsightPost) -> Double {
        let reach = post.counts[.reach] ?? 0
        return reach > 0 ? Double(post.interactions) / Double(reach) : 0
    }

    static func groups(_ posts: [InsightPost], by key: (InsightPost) -> String) -> [Group] {
        Dictionary(grouping: posts, by: key).map { name, members in
            let reaches = members.compactMap { $0.counts[.reach] }.sorted()
            let reached = members.filter { ($0.counts[.reach] ?? 0) > 0 }
            let reachedTotal = reached.reduce(0) { $0 + ($1.counts[.reach] ?? 0) }
            let median = reaches.isEmpty ? 0 : reaches.count % 2 == 1 ? reaches[reaches.count / 2]
                : (reaches[reaches.count / 2 - 1] + reaches[reaches.count / 2]) / 2
            return Group(name: name, posts: members.count, reach: reaches.reduce(0, +), medianReach: median,
                         interactions: members.reduce(0) { $0 + $1.interactions },
                         engagementRate: reachedTotal > 0 ? Double(reached.reduce(0) { $0 + $1.interactions }) / Double(reachedTotal) : nil)
        }.sorted { $0.name < $1.name }
    }

    /// Days from `from` to `to`, both counted.
    static func days(from: String?, to: String?) -> Int {
        guard let start = from.flatMap({ CivilDate(iso: $0[...]) }), let end = to.flatMap({ CivilDate(iso: $0[...]) }) else { return 0 }
        return max(0, end.dayNumber - start.dayNumber + 1)
    }

    // MARK: - Output

    /// The report as JSON: `posts`, `from`, `to`, `byChannel[]`, `byPurpose[]`, `top[]`, `weakest[]`, `rhythm[]`.
    public var json: JSONValue {
        func group(_ group: Group, key: String) -> JSONValue {
            .object([key: .string(group.name), "posts": .int(group.posts), "reach": .int(group.reach), "medianReach": .int(group.medianReach),
                     "interactions": .int(group.interactions), "engagementRate": group.engagementRate.map { .double(($0 * 10_000).rounded() / 10_000) } ?? .null])
        }
        func post(_ post: InsightPost) -> JSONValue {
            var members = post.json.objectValue ?? [:]
            members["id"] = .string(post.id)
            members["interactions"] = .int(post.interactions)
            members["engagementRate"] = .double((Self.rate(post) * 10_000).rounded() / 10_000)
            return .object(members)
        }
        return .object([
            "posts": .int(posts.count),
            "from": from.map(JSONValue.string) ?? .null,
            "to": to.map(JSONValue.string) ?? .null,
            "byChannel": .array(byChannel.map { group($0, key: "channel") }),
            "byPurpose": .array(byPurpose.map { group($0, key: "purpose") }),
            "top": .array(top.map(post)),
            "weakest": .array(weakest.map(post)),
            "rhythm": .array(rhythm.map { item in
                .object(["channel": .string(item.channel), "perWeek": .double((item.perWeek * 10).rounded() / 10),
                         "plannedMin": item.plannedMin.map(JSONValue.int) ?? .null, "plannedMax": item.plannedMax.map(JSONValue.int) ?? .null])
            }),
        ])
    }

    /// The report as terminal text in `language`, with a bar of each channel's reach.
    public func text(resources: KuuloResources, language: Language) -> String {
        let messages = resources.messages
        guard !posts.isEmpty else { return messages.text(.insightsNone, language) }
        let dates = ExportDates(texts: ExportTexts(data: resources.data, language: language))
        let channels = Plan(json: content).channels ?? [:]
        let catalogue = resources.channelCatalogue
        func channelName(_ id: String) -> String {
            catalogue.displayName(of: id, ownName: channels[id]?.name, kind: channels[id]?.kind, language: language)
        }
        func number(_ value: Int) -> String { messages.number(value, language) }
        func day(_ text: String?) -> String { text.flatMap { CivilDate(iso: $0.prefix(10)) }.map(dates.date) ?? "" }
        func percent(_ value: Double?) -> String {
            guard let value else { return "–" }
            return messages.text(.insightsPercent, language, ["value": Self.decimal(value * 100, messages: messages, language: language)])
        }
        func groupLine(_ group: Group, name: String) -> String {
            messages.text(.insightsGroupLine, language, ["name": name, "posts": number(group.posts), "count": String(group.posts), "reach": number(group.reach),
                                                         "median": number(group.medianReach), "interactions": number(group.interactions),
                                                         "rate": percent(group.engagementRate)])
        }
        var lines = [messages.text(.insightsHeading, language, ["period": dates.period(from: from, to: to), "posts": number(posts.count), "count": String(posts.count)]), ""]
        lines.append(messages.text(.insightsByChannel, language))
        let widest = byChannel.map(\.reach).max() ?? 0
        for group in byChannel {
            lines.append("  " + groupLine(group, name: channelName(group.name)))
            let bar = widest > 0 ? max(1, group.reach * 30 / widest) : 0
            lines.append("    " + String(repeating: "█", count: group.reach > 0 ? bar : 0))
        }
        if byPurpose.contains(where: { !$0.name.isEmpty }) {
            lines += ["", messages.text(.insightsByPurpose, language)]
            for group in byPurpose {
                lines.append("  " + groupLine(group, name: group.name.isEmpty ? messages.text(.insightsNoPurpose, language) : group.name))
            }
        }
        for (key, list) in [(MessageKey.insightsTop, top), (.insightsWeakest, weakest)] where !list.isEmpty {
            lines += ["", messages.text(key, language)]
            for post in list {
                let text = (post.description ?? post.permalink ?? post.id).split(separator: "\n").first.map(String.init) ?? post.id
                lines.append("  " + messages.text(.insightsPostLine, language, [
                    "date": day(post.publishedAt), "channel": channelName(post.channel ?? post.platform ?? "?"),
                    "text": text.count > 60 ? String(text.prefix(59)) + "…" : text,
                    "reach": number(post.counts[.reach] ?? 0), "rate": percent(Self.rate(post)),
                ]))
            }
        }
        if !rhythm.isEmpty {
            lines += ["", messages.text(.insightsRhythm, language)]
            for item in rhythm {
                lines.append("  " + messages.text(.insightsRhythmLine, language, [
                    "channel": channelName(item.channel), "perWeek": Self.decimal(item.perWeek, messages: messages, language: language),
                    "min": item.plannedMin.map(String.init) ?? "?", "max": item.plannedMax.map(String.init) ?? "?",
                ]))
            }
        }
        return lines.joined(separator: "\n")
    }

    /// `value` with one decimal, the language's decimal separator and digit grouping ("1 234,5").
    static func decimal(_ value: Double, messages: MessageCatalog, language: Language) -> String {
        let tenths = Int((value * 10).rounded())
        let whole = messages.number(abs(tenths) / 10, language)
        return (tenths < 0 ? "-" : "") + whole + messages.text(.decimalSeparator, language) + String(abs(tenths) % 10)
    }
}
