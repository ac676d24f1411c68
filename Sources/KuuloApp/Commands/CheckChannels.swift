import KuuloCore

/// How `kuulo check` reads channel names: a `--channel` is a platform (`instagram`), a catalogue
/// channel (`instagram-feed`) or, with a plan, one of its channels by key or kind; a plan channel's
/// platform comes from its kind in the channel catalogue.
struct CheckChannels {
    let limits: PlatformLimits
    let catalogue: ChannelCatalogue
    let plan: JSONValue?

    init(resources: KuuloResources, plan: JSONValue?) {
        limits = resources.platformLimits
        catalogue = resources.channelCatalogue
        self.plan = plan
    }

    /// The platform id of a catalogue kind or platform name, if it has one (the website has none).
    func platformID(of kind: String) -> String? {
        catalogue.entry(kind)?.platform ?? limits.platform(for: kind)?.id
    }

    /// The platform of the plan's channel `key` (by its kind, else its key).
    func platform(ofChannel key: String) -> Platform? {
        let kind = plan?["channels"]?[key]?["kind"]?.stringValue ?? key
        return platformID(of: kind).flatMap { limits.platform(for: $0) }
    }

    /// The platform whose limits apply to `name` and the plan's channel keys it means; both empty when
    /// the name is unknown.
    func resolve(_ name: String) -> (platform: Platform?, keys: [String]) {
        let keys = DraftSchedule.planChannels(matching: name, in: plan, platformOf: platformID(of:))
        let platform = limits.platform(for: name) ?? keys.lazy.compactMap { self.platform(ofChannel: $0) }.first
        return (platform, keys)
    }

    /// The catalogue's name of each plan channel, per language.
    var names: [String: LocalizedText] {
        var names: [String: LocalizedText] = [:]
        for (key, channel) in plan?["channels"]?.objectValue ?? [:] {
            if let entry = catalogue.entry(channel["kind"]?.stringValue ?? key) { names[key] = entry.name }
        }
        return names
    }

    /// Every name `resolve` knows, for the unknown-channel message.
    var known: [String] {
        limits.ids + (plan?["channels"]?.objectValue?.keys.sorted() ?? []).filter { !limits.ids.contains($0) }
    }
}
