import Foundation

extension ChatSession {
    /// When `candidate` opens a repeated block (coming from outside it), loads the block's items and
    /// returns the first step to ask, or the first step after the block when there are no items.
    mutating func enterBlockIfNeeded(_ definition: Flow, candidate: Int?, from previous: Int?) -> Int? {
        guard let candidate, let each = definition.steps[candidate].each else { return candidate }
        if let previous, definition.steps[previous].each == each { return candidate }
        guard var state = flow else { return candidate }
        state.items = items(for: each, only: state.onlyItem)
        state.itemIndex = 0
        state.currentItem = nil
        flow = state
        if state.items.isEmpty {
            return nextAskableStep(definition, from: definition.blockEnd(each))
        }
        return nextAskableStep(definition, from: definition.blockStart(each) ?? candidate)
    }

    /// The items a repeated block is asked for: the plan's channels (not removed), in catalogue order.
    func items(for each: RepeatSource, only: String?) -> [String] {
        if each == .language {
            // The other language versions of the draft being written.
            guard let key = flow?.record, let draft = document.content.value(at: draftPointer(key)) else { return [] }
            let primary = primaryLanguage(of: draft)
            return (draft["otherLanguages"]?.stringArray ?? []).filter { $0 != primary }
        }
        let active = ChannelStore.active(in: document.content, catalogue: resources.channelCatalogue)
        if let only { return active.contains(only) ? [only] : [] }
        return active
    }

    /// Shows the introduction of an item (the channel's name and profile) when a block step for a new
    /// item comes up.
    mutating func enterItemIfNeeded(_ definition: Flow, index: Int) -> [ChatEffect] {
        guard var state = flow, definition.steps[index].each == .channel, let item = state.item, state.currentItem != item else { return [] }
        state.currentItem = item
        flow = state
        var effects: [ChatEffect] = []
        let catalogue = resources.channelCatalogue
        let entry = catalogue.entry(document.content["channels"]?[item]?["kind"]?.stringValue ?? item)
        if let title = definition.itemTitle {
            let arguments = ["number": String(state.itemIndex + 1), "total": String(state.items.count), "name": itemName(item)]
            effects.append(.say(ChatMessage(fillTemplate(title.text(language), arguments), style: .heading)))
        }
        if let profile = entry?.profile.text(language), !profile.isEmpty {
            effects.append(.say(ChatMessage(profile, style: .hint)))
        }
        return effects
    }

    /// The name of an item as the user knows it.
    func itemName(_ item: String) -> String {
        if let name = document.content["channels"]?[item]?["name"]?.stringValue { return name }
        return resources.channelCatalogue.entry(item)?.name.text(language) ?? item
    }

    /// A default drawn from the catalogue for the current channel: `channel:purpose`, `channel:cadence.min`, …
    func channelDefault(_ key: String) -> JSONValue? {
        guard let item = flow?.item else { return nil }
        let catalogue = resources.channelCatalogue
        guard let entry = catalogue.entry(document.content["channels"]?[item]?["kind"]?.stringValue ?? item) else { return nil }
        let defaults = entry.defaults
        switch key {
        case "purpose": return defaults.purpose.map { .string($0.text(language)) }
        case "tone": return defaults.tone.map { .string($0.text(language)) }
        case "audiences": return list(defaults.audiences.items(language))
        case "contentTypes": return list(defaults.contentTypes.items(language))
        case "metrics": return list(defaults.metrics.items(language))
        case "cadence.min": return defaults.cadence.map { .int($0.min) }
        case "cadence.max": return defaults.cadence.map { .int($0.max) }
        case "responseTime": return defaults.responseTime.map(JSONValue.string)
        case "languages":
            let languages = document.content["organisation"]?["languages"]?.stringArray ?? []
            return list(languages)
        default: return nil
        }
    }

    private func list(_ items: [String]) -> JSONValue? {
        items.isEmpty ? nil : .array(items.map(JSONValue.string))
    }

    /// Options that depend on the plan or the catalogue.
    func dynamicOptions(_ source: OptionSource) -> [FlowOption] {
        switch source {
        case .otherLanguages:
            return otherLanguageOptions()
        case .channelCatalogue:
            return resources.channelCatalogue.entries.map { FlowOption(value: $0.id, label: $0.name, aliases: $0.aliases) }
        case .trustees:
            let trustees = document.content["trustees"]?.objectValue ?? [:]
            return trustees.keys.sorted().map { key in
                let name = trustees[key]?["name"]?.stringValue ?? key
                return FlowOption(value: name, label: LocalizedText([.fi: name, .en: name]))
            }
        case .audiences:
            return (document.content["organisation"]?["audiences"]?.stringArray ?? []).map {
                FlowOption(value: $0, label: LocalizedText([.fi: $0, .en: $0]))
            }
        case .channels:
            return []
        }
    }
}

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
