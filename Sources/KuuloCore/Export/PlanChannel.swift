import Foundation

/// One channel of the plan as the exports show it: the typed `Channel` with blanks left out and its
/// name and catalogue entry resolved.
struct PlanChannel {
    let id: String
    /// The catalogue id it is an instance of.
    let kind: String?
    /// The name shown: the plan's, else the catalogue's, else the id.
    let name: String
    let purpose: String?
    let audiences: [String]
    let contentTypes: [String]
    let tone: String?
    let languages: [String]
    let cadence: ChannelCadence?
    let owners: [String]
    /// Who steps in when the owners are away.
    let substitutes: [String]
    let responseTime: String?
    let metrics: [String]
    let removed: Bool
    /// The catalogue entry of its kind, if known.
    let entry: ChannelCatalogueEntry?

    init(_ channel: Channel, catalogue: ChannelCatalogue, language: Language) {
        id = channel.id
        kind = channel.kind?.nonBlank
        let entry = kind.flatMap { catalogue.entry($0) } ?? catalogue.entry(channel.id)
        self.entry = entry
        name = channel.name?.nonBlank ?? entry?.name.text(language) ?? channel.id
        purpose = channel.purpose?.nonBlank
        audiences = channel.audiences.nonBlank
        contentTypes = channel.contentTypes.nonBlank
        tone = channel.tone?.nonBlank
        languages = channel.languages.nonBlank
        let min = channel.cadence?.min
        let max = channel.cadence?.max
        if min != nil || max != nil {
            let period = channel.cadence?.per.flatMap(CadencePeriod.init(rawValue:)) ?? .week
            cadence = ChannelCadence(min: min ?? 0, max: max ?? min ?? 0, period: period)
        } else {
            cadence = nil
        }
        owners = channel.owners.nonBlank
        substitutes = channel.substitutes.nonBlank
        responseTime = channel.responseTime?.nonBlank
        metrics = channel.metrics.nonBlank
        removed = !channel.inUse
    }

    /// Whether it reaches people who are not on social media (website, newsletter, notice boards, events).
    var reachesOffline: Bool {
        entry.map { !$0.social } ?? false
    }
}
