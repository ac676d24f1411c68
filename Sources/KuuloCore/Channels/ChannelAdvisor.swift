import Foundation

/// One piece of advice about the channel map as a whole.
public struct ChannelAdvice: Equatable, Sendable {
    /// The message key in `Prompts/messages.<lang>.yaml`.
    public var key: MessageKey
    /// Its placeholders.
    public var arguments: [String: String]
    /// The plan's key of the channel `{channel}` names, where it names one (for its stored name forms).
    public var channelID: String? = nil
}

/// Checks the channel map as a communications officer would: everyone reached, announcements also
/// outside social media, a cadence the owners can keep up, no two channels doing the same job, an
/// owner for every channel.
public enum ChannelAdvisor {
    /// Posts a week one volunteer can keep up with across channels, on top of their other work.
    public static let sustainablePostsPerOwner = 4

    /// Advice for the plan's active channels.
    public static func advise(_ content: JSONValue, catalogue: ChannelCatalogue, language: Language) -> [ChannelAdvice] {
        let ids = ChannelStore.active(in: content, catalogue: catalogue)
        guard !ids.isEmpty else { return [] }
        let channels = ids.compactMap { id in content["channels"]?[id].map { (id, $0) } }
        func name(_ id: String, _ entry: JSONValue) -> String {
            catalogue.displayName(of: id, ownName: entry["name"]?.stringValue, kind: entry["kind"]?.stringValue, language: language)
        }
        var advice: [ChannelAdvice] = []
        let audiences = content["organisation"]?["audiences"]?.stringArray ?? []
        let reached = Set(channels.flatMap { $0.1["audiences"]?.stringArray ?? [] })
        let unreached = audiences.filter { !reached.contains($0) }
        if !unreached.isEmpty {
            advice.append(ChannelAdvice(key: .channelAdviceUnreached, arguments: ["audiences": unreached.joined(separator: "; ")]))
        }
        let offline = channels.contains { id, entry in
            catalogue.entry(entry["kind"]?.stringValue ?? id).map { !$0.social } ?? false
        }
        if !offline { advice.append(ChannelAdvice(key: .channelAdviceOffline, arguments: [:])) }
        for (id, entry) in channels where (entry["owners"]?.stringArray ?? []).isEmpty {
            advice.append(ChannelAdvice(key: .channelAdviceNoOwner, arguments: ["channel": name(id, entry)], channelID: id))
        }
        let owners = Set(channels.flatMap { $0.1["owners"]?.stringArray ?? [] })
        let posts = channels.reduce(0) { $0 + ($1.1["cadence"]?["min"]?.intValue ?? 0) }
        if !owners.isEmpty, posts > owners.count * sustainablePostsPerOwner {
            advice.append(ChannelAdvice(key: .channelAdviceCadence, arguments: [
                "posts": String(posts), "count": String(owners.count), "each": String(Int((Double(posts) / Double(owners.count)).rounded(.up))),
            ]))
        }
        for (index, first) in channels.enumerated() {
            for second in channels.dropFirst(index + 1) {
                let samePurpose = normalised(first.1["purpose"]?.stringValue) == normalised(second.1["purpose"]?.stringValue) && first.1["purpose"] != nil
                let sameAudience = Set(first.1["audiences"]?.stringArray ?? []) == Set(second.1["audiences"]?.stringArray ?? [])
                if samePurpose, sameAudience {
                    advice.append(ChannelAdvice(key: .channelAdviceOverlap, arguments: ["first": name(first.0, first.1), "second": name(second.0, second.1)]))
                }
            }
        }
        return advice
    }

    private static func normalised(_ text: String?) -> String {
        (text ?? "").lowercased().filter { $0.isLetter || $0.isNumber }
    }
}
