import Foundation

extension ChatSession {
    /// `/channels name`: one channel of the plan again.
    mutating func startItem(_ id: String, _ argument: String) -> [ChatEffect] {
        let catalogue = resources.channelCatalogue
        let active = ChannelStore.active(in: document.content, catalogue: catalogue)
        let lowered = argument.lowercased()
        let match = active.first { $0 == lowered || itemName($0).lowercased() == lowered }
            ?? catalogue.entry(matching: argument).map(\.id).flatMap { id in active.first { $0 == id || document.content["channels"]?[$0]?["kind"]?.stringValue == id } }
            ?? active.first { $0.hasPrefix(lowered) }
        guard let match else { return [say(.channelsUnknown, ["channel": argument], style: .error)] }
        return startFlow(id, item: match, interrupting: true)
    }
}
