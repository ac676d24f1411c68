import Foundation

/// The channels an organisation can choose from, read from `Knowledge/data/channels.yaml`: each with
/// its profile, platform limits and suggested defaults for a student union.
public struct ChannelCatalogue: Equatable, Sendable {
    /// The catalogue's path among the data files.
    public static let path = "Knowledge/data/channels.yaml"

    /// The channels in catalogue order.
    public let entries: [ChannelCatalogueEntry]
    /// Suggestions the catalogue worded otherwise before (`renamed`), each in every language: plans that
    /// took the old wording keep it, and it still reads in the other language.
    public let renamed: [LocalizedText]

    /// Reads the catalogue from the data files (an organisation's override first); empty when missing.
    public init(data: DataFiles) {
        self.init(tree: data.tree(Self.path) ?? .null)
    }

    /// Reads a parsed catalogue; entries without an id, and repeated ids, are left out.
    public init(tree: JSONValue) {
        var seen: Set<String> = []
        var entries: [ChannelCatalogueEntry] = []
        for raw in tree["channels"]?.arrayValue ?? [] {
            guard let entry = ChannelCatalogueEntry(json: raw), !seen.contains(entry.id) else { continue }
            seen.insert(entry.id)
            entries.append(entry)
        }
        self.entries = entries
        self.renamed = (tree["renamed"]?.arrayValue ?? []).compactMap { LocalizedText(json: $0) }
    }

    /// Every id in catalogue order.
    public var ids: [String] { entries.map(\.id) }

    /// The entry with `id`.
    public func entry(_ id: String) -> ChannelCatalogueEntry? {
        entries.first { $0.id == id }
    }

    /// The entry a trustee means by `name`: an id, an alias or a name in any language, case-insensitively
    /// and with spaces read as hyphens (`Instagram`, `facebook sivu`, `uutiskirje`).
    public func entry(matching name: String) -> ChannelCatalogueEntry? {
        let wanted = Self.normalised(name)
        guard !wanted.isEmpty else { return nil }
        if let byID = entries.first(where: { $0.id == wanted }) { return byID }
        if let byAlias = entries.first(where: { $0.aliases.map(Self.normalised).contains(wanted) }) { return byAlias }
        return entries.first { entry in entry.name.values.values.map(Self.normalised).contains(wanted) }
    }

    /// The name a plan's channel goes by for people: its own name, else the catalogue's name for its kind,
    /// else for its id (or an alias of it), else the id itself. One rule for the chat, reports and documents,
    /// so a channel `facebook` of kind `facebook-page` reads "Facebook-sivu", never `facebook`.
    public func displayName(of id: String, ownName: String?, kind: String?, language: Language) -> String {
        if let ownName, !ownName.isEmpty { return ownName }
        let found = kind.flatMap { self.entry($0) } ?? self.entry(id) ?? self.entry(matching: id)
        return found?.name.text(language) ?? id
    }

    /// The position of `id` in the catalogue, for ordering a plan's channels; unknown ids sort last.
    public func order(of id: String?) -> Int {
        guard let id, let index = entries.firstIndex(where: { $0.id == id }) else { return entries.count }
        return index
    }

    private static func normalised(_ text: String) -> String {
        text.lowercased().trimmingCharacters(in: .whitespaces)
            .split(whereSeparator: { $0 == " " || $0 == "_" }).joined(separator: "-")
    }
}
