import Foundation

/// The plan's channels as the channel flow sees them: the ones in use, and what choosing a new set does.
public enum ChannelStore {
    static let pointer = JSONPointer(tokens: ["channels"])

    /// The ids of the channels in use (not removed), in catalogue order when the catalogue knows them.
    public static func active(in content: JSONValue, catalogue: ChannelCatalogue? = nil) -> [String] {
        let channels = content.value(at: pointer)?.objectValue ?? [:]
        let ids = channels.keys.filter { channels[$0]?["removed"]?.boolValue != true }
        guard let catalogue else { return ids.sorted() }
        return ids.sorted { (catalogue.order(of: channels[$0]?["kind"]?.stringValue ?? $0), $0) < (catalogue.order(of: channels[$1]?["kind"]?.stringValue ?? $1), $1) }
    }

    /// The `kind` of a channel the catalogue does not have (a podcast, a printed newsletter, a Discord
    /// server): its name is the trustee's own (`channels.<id>.name`).
    public static let customKind = "other"

    /// Makes exactly `ids` the channels in use: a plan key keeps its channel, a catalogue id adds that
    /// channel (its name the catalogue's, in the reader's language, until someone gives it one), and
    /// anything else is the name of a channel the catalogue does not have, added under a key made from
    /// the name with `kind: other`. A channel left out is marked `removed` so that its purpose and
    /// history stay in the plan.
    public static func setActive(_ ids: [String], catalogue: ChannelCatalogue? = nil, in content: inout JSONValue) {
        var channels = content.value(at: pointer)?.objectValue ?? [:]
        var kept: [String] = []
        for id in ids {
            if channels[id] == nil, let catalogue, catalogue.entry(id) == nil {
                let name = OneLineText.make(id)
                let key = customKey(for: name, taken: channels)
                channels[key] = .object(["kind": .string(customKind), "name": .string(name)])
                kept.append(key)
                continue
            }
            var entry = channels[id]?.objectValue ?? [:]
            entry["kind"] = entry["kind"] ?? .string(id)
            entry["removed"] = nil
            channels[id] = .object(entry)
            kept.append(id)
        }
        for (id, entry) in channels where !kept.contains(id) && entry["removed"]?.boolValue != true {
            var updated = entry.objectValue ?? [:]
            updated["removed"] = .bool(true)
            channels[id] = .object(updated)
        }
        content.setValue(.object(channels), at: pointer)
    }

    /// The keys of the plan's channels in use that the catalogue does not have (their names are the trustee's own).
    public static func custom(in content: JSONValue, catalogue: ChannelCatalogue) -> [String] {
        let channels = content.value(at: pointer)?.objectValue ?? [:]
        return active(in: content, catalogue: catalogue).filter { key in
            catalogue.entry(channels[key]?["kind"]?.stringValue ?? key) == nil
        }
    }

    /// The plan's channels the catalogue does not have, in use, as options of the channel question:
    /// their key and their own name.
    public static func customOptions(in content: JSONValue, catalogue: ChannelCatalogue) -> [FlowOption] {
        let channels = content.value(at: pointer)?.objectValue ?? [:]
        return custom(in: content, catalogue: catalogue).compactMap { key in
            guard let entry = channels[key] else { return nil }
            let name = OneLineText.make(entry["name"]?.stringValue ?? key)
            return FlowOption(value: key, label: LocalizedText([.fi: name, .en: name]))
        }
    }

    /// A key for a new channel named `name` that no channel of the plan has (a removed one's key is
    /// not reused, so its history stays its own).
    private static func customKey(for name: String, taken: [String: JSONValue]) -> String {
        let base = Slug.make(name).isEmpty ? "channel" : Slug.make(name)
        var key = base
        var number = 2
        while taken[key] != nil {
            key = base + "-" + String(number)
            number += 1
        }
        return key
    }
}
