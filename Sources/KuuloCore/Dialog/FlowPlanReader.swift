import Foundation

/// What a flow reads from the plan: a step's current value and default, the options that depend on
/// the plan, the items of a repeated block, and the values templates are filled with. It changes
/// nothing; the flow engine and the chat both read through it.
public struct FlowPlanReader {
    /// The plan's content.
    public var content: JSONValue
    /// The shared data: texts, flows, catalogues.
    public let resources: KuuloResources
    /// The language texts are shown in.
    public let language: Language
    /// The person using Kuulo, once known.
    public var userName: String?
    /// The running flow, if any (its item and record fill `{item}` and `{draft}`).
    public var state: FlowState?
    /// Where the plan lives, as shown to the user (`{path}`).
    public let planPath: String
    /// The plan's revision (`{revision}`).
    public let revision: Int
    /// The time now, for computed defaults (this year's campaign tags).
    public let now: Date

    /// Creates a reader over `content`.
    public init(content: JSONValue, resources: KuuloResources, language: Language, userName: String?, state: FlowState?,
                planPath: String, revision: Int, now: Date) {
        self.content = content
        self.resources = resources
        self.language = language
        self.userName = userName
        self.state = state
        self.planPath = planPath
        self.revision = revision
        self.now = now
    }

    /// The user's id in the plan's trustee list.
    public var userID: String? { userName.map(Slug.make) }

    /// The organisation's short name, else its name.
    public var organisationName: String? {
        for key in ["shortName", "name"] {
            if let text = content["organisation"]?[key]?.stringValue.map(OneLineText.make), !text.isEmpty { return text }
        }
        return nil
    }

    func text(_ key: MessageKey, _ arguments: [String: String] = [:]) -> String {
        resources.messages.text(key, language, arguments)
    }

    /// The values `{user}`, `{org}`, `{signature}`, `{item}`, … in questions, hints and summaries.
    public var templateArguments: [String: String] { templateArguments(inflectingOrganisation: true) }

    /// The template values, with the organisation's inflected names (`{org.genitive}`, …) only when
    /// `inflectingOrganisation`: making them reads the language's inflection rules, which a text that
    /// names no case of the organisation does not need.
    func templateArguments(inflectingOrganisation: Bool) -> [String: String] {
        let name = userName ?? text(.unknownAuthor)
        let role = userID.flatMap { content["trustees"]?[$0]?["role"]?.stringValue } ?? ""
        var arguments = ["user": name, "firstName": String(name.split(separator: " ").first ?? Substring(name)), "role": role,
                         "path": planPath, "revision": String(revision)]
        let firstName = arguments["firstName"] ?? name
        arguments["signature"] = userID.flatMap { content["trustees"]?[$0]?["signature"]?.stringValue }
            ?? "– \(firstName)" + (organisationName.map { ", " + $0 } ?? "")
        // Before setup has named the organisation (a command typed in the middle of it), texts say "the
        // organisation" in its cases rather than show a bare placeholder.
        let named = organisationName ?? text(.organisationUnnamed)
        arguments["org"] = named
        if inflectingOrganisation {
            let stored = organisationName == nil ? nil : content["organisation"].map(Organisation.init(json:))?.nameForms
            arguments.merge(NamePlaceholder.arguments("org", base: named, stored: stored, language: language, data: resources.data)) { current, _ in current }
        }
        if let item = state?.item {
            arguments["item"] = item
            let block = state.flatMap { resources.flow($0.flowID)?.steps[$0.stepIndex].each }
            let name = block.map { itemName(item, of: $0) } ?? itemName(item)
            arguments["itemName"] = name
            let own = block == .channel || block == .customChannel ? content["channels"]?[item]?["nameForms"].map(NameForms.init(json:)) : nil
            arguments.merge(NamePlaceholder.channelArguments("itemName", channel: name, own: own, catalogue: resources.channelCatalogue,
                                                            language: language, data: resources.data)) { current, _ in current }
            let period = content["channels"]?[item]?["cadence"]?["per"]?.stringValue == CadencePeriod.month.rawValue
            arguments["period"] = text(period ? .cadencePerMonth : .cadencePerWeek)
        }
        // A flow that fills a record of its own (`record:` in its file: a draft, a reply) also offers
        // the record's arguments ({draft}, the channels, …).
        if let flowID = state?.flowID, resources.flow(flowID)?.record != nil {
            arguments.merge(draftTemplateArguments) { current, _ in current }
        }
        return arguments
    }

    /// The drafting and reply flows' hooks over the same plan.
    var draft: DraftFlowHooks {
        DraftFlowHooks(content: content, resources: resources, language: language, record: state?.record, itemName: itemName)
    }

    /// A language's name as the user reads it.
    public func languageName(_ code: String) -> String { draft.languageName(code) }

    var draftTemplateArguments: [String: String] { draft.draftTemplateArguments }

    /// The handover flow's hooks over the same plan.
    var handover: HandoverFlowHooks {
        HandoverFlowHooks(content: content, resources: resources, language: language, record: state?.record, item: state?.item)
    }

    // MARK: - A step's values

    /// The step's answer as the plan holds it. The user's name from `--user` or memory is only the
    /// default of a name step: keeping it as "current" left the trustee stored without a name.
    func currentValue(of step: FlowStep) -> JSONValue? {
        value(of: step, in: content)
    }

    /// In a repeated block, the answer this step got for the item before the current one: `=` repeats it
    /// ("the same as for the channel before").
    func previousItemAnswer(of step: FlowStep) -> JSONValue? {
        guard step.each == .channel, step.store == nil, let state, state.itemIndex > 0, state.items.indices.contains(state.itemIndex - 1),
              let pointer = step.pointer(userID: userID, item: state.items[state.itemIndex - 1], record: state.record) else { return nil }
        return content.value(at: pointer).flatMap { $0.isEmptyValue ? nil : $0 }
    }

    /// What a step's answer is in `content` (the plan now, or as it was when the flow started).
    func value(of step: FlowStep, in content: JSONValue) -> JSONValue? {
        value(of: step, in: content, item: state?.item)
    }

    /// What a step's answer is in `content` for `item` of a repeated block (a channel).
    func value(of step: FlowStep, in content: JSONValue, item: String?) -> JSONValue? {
        if let store = step.store {
            let values: [String]
            switch store {
            case .tagRole: values = HashtagStore.tags(role: step.role ?? "", in: content)
            case .tagChannels: values = HashtagStore.channels(role: step.role ?? "", in: content)
            case .tagSets: values = HashtagStore.sets(in: content)
            case .channelSet: values = ChannelStore.active(in: content)
            case .publicContact: values = []
            }
            return values.isEmpty ? nil : .array(values.map(JSONValue.string))
        }
        guard let pointer = step.pointer(userID: userID, item: item, record: state?.record), let value = content.value(at: pointer), !value.isEmptyValue else { return nil }
        return value
    }

    func defaultValue(of step: FlowStep) -> JSONValue? {
        if step.setsUser, let userName { return .string(userName) }
        if step.suggest == .draftPurpose { return draft.draftPurposeDefault() }
        if let suggest = step.suggest, let value = handover.defaultValue(suggest) { return value }
        if let key = step.suggest?.channelKey {
            return channelDefault(key)
        }
        if let kind = step.suggest {
            let suggestions = HashtagSuggestions.suggest(kind.rawValue, content: content, year: Calendar(identifier: .gregorian).component(.year, from: now))
            return suggestions.isEmpty ? nil : .array(suggestions.map(JSONValue.string))
        }
        guard let value = step.defaults[language] else { return nil }
        if case .string(let template) = value {
            let filled = fillTemplate(template, templateArguments)
            return filled.isEmpty ? nil : .string(filled)
        }
        return value
    }

    /// The value as the user reads it: lists joined, options by label, yes/no in words.
    func display(_ value: JSONValue, for step: FlowStep) -> String {
        switch value {
        case .string(let text):
            if step.kind == .datetime {
                return TimeDisplay(data: resources.data, language: language, content: content, now: now).local(text)
            }
            if step.kind == .date, let day = CivilDate(iso: text[...]) {
                return ExportDates(texts: ExportTexts(data: resources.data, language: language)).date(day)
            }
            // A suggestion accepted in another language's chat is shown in this one's words.
            return step.options.first { $0.value == text }?.label.text(language) ?? resources.suggestedTexts.shown(text, field: step.field, in: language)
        case .bool(let flag):
            return text(flag ? .yes : .no)
        case .int(let number) where step.kind == .month:
            // The month's name as the written plan says it ("lokakuu", "October").
            return ExportTexts(data: resources.data, language: language).value("month", String(number))
        case .array(let elements):
            return elements.map { display($0, for: step) }.joined(separator: ", ")
        default:
            return JSONWriter.compact(value)
        }
    }

    /// The step with options that depend on the plan filled in.
    func resolved(_ step: FlowStep) -> FlowStep {
        if let source = step.optionsFrom, source != .channels {
            var concrete = step
            concrete.options = dynamicOptions(source)
            return concrete
        }
        guard step.optionsFrom == .channels else { return step }
        var concrete = step
        let planned = content["channels"]?.objectValue ?? [:]
        if !planned.isEmpty {
            let catalogue = resources.channelCatalogue
            concrete.options = ChannelStore.active(in: content, catalogue: catalogue).compactMap { key in
                guard let entry = planned[key] else { return nil }
                let known = catalogue.entry(entry["kind"]?.stringValue ?? key)
                let label = entry["name"]?.stringValue.map(OneLineText.make).map { LocalizedText([.fi: $0, .en: $0]) } ?? known?.name ?? LocalizedText([.fi: key, .en: key])
                return FlowOption(value: key, label: label, aliases: (known?.aliases ?? []) + [key])
            }
        }
        if concrete.options.isEmpty {
            concrete.options = resources.platformLimits.platforms.map { FlowOption(value: $0.id, label: $0.name) }
        }
        return concrete
    }

    // MARK: - Channels and repeated blocks

    /// The items a repeated block is asked for: the plan's channels (not removed), in catalogue order
    /// (only its own channels for `custom-channel`), its accounts, or the draft's other languages.
    func items(for each: RepeatSource, only: String?) -> [String] {
        if each == .account {
            let keys = (content["accounts"]?.objectValue ?? [:]).keys.sorted(by: FlowArgumentPicker.recordOrder)
            if let only { return keys.contains(only) ? [only] : [] }
            return keys
        }
        if each == .language {
            // The other language versions of the draft being written.
            guard let key = state?.record, let written = content.value(at: DraftFlowHooks.pointer(key)) else { return [] }
            let primary = draft.primaryLanguage(of: written)
            return Draft(number: key, json: written).otherLanguages(besides: primary)
        }
        let active = each == .customChannel ? ChannelStore.custom(in: content, catalogue: resources.channelCatalogue)
            : ChannelStore.active(in: content, catalogue: resources.channelCatalogue)
        if let only { return active.contains(only) ? [only] : [] }
        return active
    }

    /// The name of an item of a `block` as the user knows it: a language's, an account's or a channel's.
    func itemName(_ item: String, of block: RepeatSource) -> String {
        switch block {
        case .language: return languageName(item)
        case .account: return handover.accountName(item)
        case .channel, .customChannel: return itemName(item)
        }
    }

    /// The name of an item as the user knows it.
    public func itemName(_ item: String) -> String {
        let channel = content["channels"]?[item]
        let name = resources.channelCatalogue.displayName(of: item, ownName: channel?["name"]?.stringValue,
                                                          kind: channel?["kind"]?.stringValue, language: language)
        return OneLineText.make(name)
    }

    /// A default drawn from the catalogue for the current channel: `channel:purpose`, `channel:cadence.min`, …
    func channelDefault(_ key: String) -> JSONValue? {
        guard let item = state?.item else { return nil }
        let catalogue = resources.channelCatalogue
        guard let entry = catalogue.entry(content["channels"]?[item]?["kind"]?.stringValue ?? item) else { return nil }
        let defaults = entry.defaults
        switch key {
        case "purpose": return defaults.purpose.map { .string($0.text(language)) }
        case "tone": return defaults.tone.map { .string($0.text(language)) }
        case "audiences":
            // Only the organisation's own groups can be chosen: those of the catalogue's that the plan has.
            let chosen = content["organisation"]?["audiences"]?.stringArray ?? []
            let typical = Set(defaults.audiences.items(language).map { $0.lowercased() })
            return list(chosen.filter { typical.contains($0.lowercased()) })
        case "contentTypes": return list(defaults.contentTypes.items(language))
        case "metrics": return list(defaults.metrics.items(language))
        case "cadence.min": return defaults.cadence.map { .int($0.min) }
        case "cadence.max": return defaults.cadence.map { .int($0.max) }
        case "cadence.per": return .string((defaults.cadence?.period ?? .week).rawValue)
        case "responseTime": return defaults.responseTime.map(JSONValue.string)
        case "languages":
            let languages = content["organisation"]?["languages"]?.stringArray ?? []
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
            return draft.otherLanguageOptions()
        case .channelCatalogue:
            // The catalogue's channels, then the plan's own (a podcast, a printed newsletter) by their names.
            return resources.channelCatalogue.entries.map { FlowOption(value: $0.id, label: $0.name, aliases: $0.aliases) }
                + ChannelStore.customOptions(in: content, catalogue: resources.channelCatalogue)
        case .trustees:
            let trustees = content["trustees"]?.objectValue ?? [:]
            return trustees.keys.sorted().map { key in
                let name = OneLineText.make(trustees[key]?["name"]?.stringValue ?? key)
                return FlowOption(value: name, label: LocalizedText([.fi: name, .en: name]))
            }
        case .audiences:
            return (content["organisation"]?["audiences"]?.stringArray ?? []).map {
                FlowOption(value: $0, label: LocalizedText([.fi: $0, .en: $0]))
            }
        case .accountAdmins:
            return handover.adminOptions()
        case .channels:
            return []
        }
    }
}
