import Foundation

/// One channel of the plan (`channels.<id>`), as the exports read it.
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
    let responseTime: String?
    let metrics: [String]
    let removed: Bool
    /// The catalogue entry of its kind, if known.
    let entry: ChannelCatalogueEntry?

    init(id: String, json: JSONValue, catalogue: ChannelCatalogue, language: Language) {
        self.id = id
        kind = json.exportString("kind")
        let entry = kind.flatMap { catalogue.entry($0) } ?? catalogue.entry(id)
        self.entry = entry
        name = json.exportString("name") ?? entry?.name.text(language) ?? id
        purpose = json.exportString("purpose")
        audiences = json.exportStrings("audiences")
        contentTypes = json.exportStrings("contentTypes")
        tone = json.exportString("tone")
        languages = json.exportStrings("languages")
        let min = json["cadence"]?["min"]?.intValue
        let max = json["cadence"]?["max"]?.intValue
        if min != nil || max != nil {
            cadence = ChannelCadence(min: min ?? 0, max: max ?? min ?? 0)
        } else {
            cadence = nil
        }
        owners = json.exportStrings("owners")
        responseTime = json.exportString("responseTime")
        metrics = json.exportStrings("metrics")
        removed = json["removed"]?.boolValue ?? false
    }

    /// Whether it reaches people who are not on social media (website, newsletter, notice boards, events).
    var reachesOffline: Bool {
        entry.map { !$0.social } ?? false
    }
}
