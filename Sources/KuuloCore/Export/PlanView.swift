import Foundation

extension JSONValue {
    /// A member's text, trimmed; `nil` when absent, not a string or blank.
    func exportString(_ key: String) -> String? {
        guard let text = self[key]?.stringValue?.trimmingCharacters(in: .whitespacesAndNewlines), !text.isEmpty else { return nil }
        return text
    }

    /// A member's strings, trimmed, blanks left out; one string counts as a list of one.
    func exportStrings(_ key: String) -> [String] {
        let raw = self[key]?.stringArray ?? self[key]?.stringValue.map { [$0] } ?? []
        return raw.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
    }
}

/// The plan's content as the exports read it: tolerant of missing or mistyped fields, with every
/// collection in a stable order (channels in catalogue order, drafts by schedule, trustees by name).
struct PlanView {
    /// The raw content.
    let content: JSONValue
    /// The organisation object (empty when absent).
    let organisation: JSONValue
    /// Channels still in use.
    let channels: [PlanChannel]
    /// Channels marked as removed.
    let removedChannels: [PlanChannel]
    /// Drafts: scheduled ones by time, then the rest by number.
    let drafts: [PlanDraft]
    /// Trustees by name.
    let trustees: [PlanTrustee]
    /// The plan's languages as codes (`fi`, `en`), in the plan's order.
    let languages: [String]
    /// The zone scheduled items default to.
    let timeZone: ExportTimeZone

    /// Reads `content` with the catalogue's names and order for channels.
    init(content: JSONValue, catalogue: ChannelCatalogue, language: Language) {
        self.content = content
        organisation = content["organisation"] ?? .object([:])
        languages = organisation.exportStrings("languages")
        timeZone = organisation.exportString("timeZone").flatMap(ExportTimeZone.init(known:)) ?? .helsinki
        let allChannels = (content["channels"]?.objectValue ?? [:]).compactMap { id, value in
            value.objectValue == nil ? nil : PlanChannel(id: id, json: value, catalogue: catalogue, language: language)
        }.sorted { lhs, rhs in
            let left = (catalogue.order(of: lhs.kind), lhs.name.lowercased(), lhs.id)
            let right = (catalogue.order(of: rhs.kind), rhs.name.lowercased(), rhs.id)
            return left < right
        }
        channels = allChannels.filter { !$0.removed }
        removedChannels = allChannels.filter(\.removed)
        let languageOrder = languages
        drafts = (content["calendar"]?["drafts"]?.objectValue ?? [:]).compactMap { key, value in
            value.objectValue == nil ? nil : PlanDraft(number: key, json: value, languageOrder: languageOrder)
        }.sorted(by: PlanDraft.scheduleOrder)
        trustees = (content["trustees"]?.objectValue ?? [:]).compactMap { id, value in
            value.objectValue == nil ? nil : PlanTrustee(id: id, json: value)
        }.sorted { ($0.name.lowercased(), $0.id) < ($1.name.lowercased(), $1.id) }
    }

    /// A section of the content (`monitoring`, `crisis` …), empty when absent.
    func part(_ key: String) -> JSONValue {
        content[key] ?? .object([:])
    }

    /// The name a channel id goes by in the document: the plan's channel name, else the catalogue's, else the id.
    func channelName(_ id: String, catalogue: ChannelCatalogue, language: Language) -> String {
        if let channel = (channels + removedChannels).first(where: { $0.id == id }) { return channel.name }
        return (catalogue.entry(id) ?? catalogue.entry(matching: id))?.name.text(language) ?? id
    }

    /// The organisation's name for titles, or `nil` when not given.
    var organisationName: String? {
        organisation.exportString("name")
    }
}
