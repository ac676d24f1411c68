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

    /// Makes exactly `ids` (catalogue ids) the channels in use; a new one's name is the catalogue's, in
    /// the reader's language, until someone gives it one. A channel left out is marked `removed` so
    /// that its purpose and history stay in the plan.
    public static func setActive(_ ids: [String], in content: inout JSONValue) {
        var channels = content.value(at: pointer)?.objectValue ?? [:]
        for id in ids {
            var entry = channels[id]?.objectValue ?? [:]
            entry["kind"] = entry["kind"] ?? .string(id)
            entry["removed"] = nil
            channels[id] = .object(entry)
        }
        for (id, entry) in channels where !ids.contains(id) && entry["removed"]?.boolValue != true {
            var updated = entry.objectValue ?? [:]
            updated["removed"] = .bool(true)
            channels[id] = .object(updated)
        }
        content.setValue(.object(channels), at: pointer)
    }
}
