import Foundation

/// Reads a command's argument as the part of its flow to run: one group (`/tips 3`) or one item
/// (`/channels instagram`), as the command's `flow:` entry in `Prompts/commands.yaml` says.
struct FlowArgumentPicker {
    /// Where the flow should start.
    enum Pick: Equatable {
        /// The flow from where it should start.
        case whole
        /// Only the group with this number.
        case group(Int)
        /// Only the item (a channel) with this id.
        case item(String)
        /// The existing record with this key, asked again.
        case record(String)
        /// The existing record with this key, to be removed.
        case remove(String)
        /// A new record that answers this entry of the listening log.
        case answering(ListeningEntry)
        /// The argument names nothing the flow has: what to say instead.
        case refused([ChatEffect])
    }

    let resources: KuuloResources
    let language: Language
    /// The plan as the flow reads it (channel names).
    let reader: FlowPlanReader

    private func refuse(_ key: MessageKey, _ arguments: [String: String]) -> Pick {
        .refused([.say(ChatMessage(resources.messages.text(key, language, arguments), style: .error))])
    }

    /// What `argument` picks in flow `id`, when the command says it picks something.
    func pick(_ argument: String, flow id: String, picks: FlowArgument?) -> Pick {
        guard !argument.isEmpty, let picks else { return .whole }
        switch picks {
        case .group: return group(argument, flow: id)
        case .item: return item(argument)
        case .record: return record(argument, flow: id)
        case .listeningEntry: return listeningEntry(argument)
        }
    }

    /// `/trustee Matti`, `/annual 2`, `/trustee remove Matti`: a record of the flow's collection by its key,
    /// number or name (the record's `name` or `account`), or the start of a name.
    func record(_ argument: String, flow id: String) -> Pick {
        guard let definition = resources.flow(id), let collection = definition.record.flatMap(JSONPointer.init) else {
            return refuse(.flowMissing, ["flow": id])
        }
        let words = argument.split(separator: " ", maxSplits: 1).map(String.init)
        let command = resources.commands.commands.first { $0.target == .flow(id, argument: .record) }
        let removing = words.count == 2 && command?.action(for: words[0]) == "remove"
        let wanted = (removing ? words[1] : argument).lowercased()
        let records = reader.content.value(at: collection)?.objectValue ?? [:]
        let name = { (key: String) in Self.recordName(records[key]) ?? key }
        let keys = records.keys.sorted { Self.recordOrder($0, $1) }
        let match = keys.first { $0.lowercased() == wanted || name($0).lowercased() == wanted }
            ?? keys.first { name($0).lowercased().hasPrefix(wanted) }
        guard let match else {
            let known = keys.map(name).joined(separator: ", ")
            return refuse(.recordUnknown, ["argument": removing ? words[1] : argument, "known": known.isEmpty ? "–" : known])
        }
        return removing ? .remove(match) : .record(match)
    }

    /// `/reply 3`: entry 3 of the listening log, to be answered.
    func listeningEntry(_ argument: String) -> Pick {
        guard let entry = reader.content.value(at: ListeningLog.pointer(argument)).flatMap({ ListeningEntry(id: argument, json: $0) }) else {
            return refuse(.listenNoEntry, ["id": argument])
        }
        return .answering(entry)
    }

    /// What a record is called in messages: its `name`, else its `account`.
    static func recordName(_ record: JSONValue?) -> String? {
        record?["name"]?.stringValue?.nonBlank ?? record?["account"]?.stringValue?.nonBlank
    }

    /// Numbered records in number order, then the others by key.
    static func recordOrder(_ left: String, _ right: String) -> Bool {
        switch (Int(left), Int(right)) {
        case let (l?, r?): return l < r
        case (_?, nil): return true
        case (nil, _?): return false
        case (nil, nil): return left < right
        }
    }

    /// `/tips N`: the group numbered `N`.
    func group(_ argument: String, flow id: String) -> Pick {
        guard let definition = resources.flow(id) else { return refuse(.flowMissing, ["flow": id]) }
        guard let number = Int(argument), definition.group(number: number) != nil else {
            return refuse(.tipsUnknown, ["argument": argument, "count": String(definition.groups.count)])
        }
        return .group(number)
    }

    /// `/channels name`: the plan's channel with that id or name, or of that kind, or starting so.
    func item(_ argument: String) -> Pick {
        let content = reader.content
        let catalogue = resources.channelCatalogue
        let active = ChannelStore.active(in: content, catalogue: catalogue)
        let lowered = argument.lowercased()
        let match = active.first { $0 == lowered || reader.itemName($0).lowercased() == lowered }
            ?? catalogue.entry(matching: argument).map(\.id).flatMap { id in active.first { $0 == id || content["channels"]?[$0]?["kind"]?.stringValue == id } }
            ?? active.first { $0.hasPrefix(lowered) }
        guard let match else { return refuse(.channelsUnknown, ["channel": argument]) }
        return .item(match)
    }
}
