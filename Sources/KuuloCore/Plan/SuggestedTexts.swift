import Foundation

/// The answers Kuulo suggests in every language — a flow step's `default` (the audiences, the values,
/// the moderation rules) and the channel catalogue's purpose, tone, audiences, content and metrics — so
/// an answer accepted as suggested in one language is shown in another: a plan filled in an English chat
/// says "jäsenet, uudet opiskelijat" in its Finnish document, not "members, new students".
///
/// The plan keeps what was chosen as it was written (older plans and older Kuulos read it unchanged, and
/// a person reading the JSON sees words, not ids); the suggestion's text in any language is its key, and
/// the equivalent is looked up when the plan is shown. Only the fields of steps whose answer can come
/// from a suggestion are read, and only a whole answer (or list item) that is a suggestion word for word
/// (case and spacing aside) changes; anything typed otherwise is shown as typed.
public struct SuggestedTexts: Sendable {
    /// Each suggestion's texts per language, under the folded text of every language.
    private var equivalents: [String: [Language: String]] = [:]
    /// The fields whose answers may be suggestions, as pointer components (`*` for `{item}` and the like).
    private var fields: [[String]] = []

    /// Nothing to translate.
    public init() {}

    /// The suggestions of the flows and the channel catalogue in `data`.
    public init(data: DataFiles, catalogue: ChannelCatalogue? = nil) {
        let flows = data.paths(under: "Prompts/flows/").compactMap { path -> Flow? in
            guard path.hasSuffix(".yaml"), let tree = data.tree(path) else { return nil }
            return try? Flow(json: tree, path: path)
        }
        self.init(flows: flows, catalogue: catalogue ?? ChannelCatalogue(data: data))
    }

    /// The suggestions of `flows` and `catalogue`.
    public init(flows: [Flow], catalogue: ChannelCatalogue) {
        var fieldSet: Set<[String]> = []
        for step in flows.flatMap(\.steps) where Self.mayHoldSuggestion(step) {
            addAligned(step.defaults)
            fieldSet.insert(Self.components(step.field))
        }
        for entry in catalogue.entries {
            let defaults = entry.defaults
            for text in [defaults.purpose, defaults.tone].compactMap({ $0 }) { add(text.values) }
            for list in [defaults.audiences, defaults.contentTypes, defaults.metrics] {
                addAligned(list.values.mapValues { .array($0.map(JSONValue.string)) })
            }
        }
        fields = fieldSet.sorted { $0.joined(separator: "/") < $1.joined(separator: "/") }
    }

    /// `text` in `language` when it is a suggestion Kuulo has in that language, else as it is.
    public func shown(_ text: String, in language: Language) -> String {
        guard let texts = equivalents[Self.fold(text)], let translated = texts[language] else { return text }
        return Self.fold(translated) == Self.fold(text) ? text : translated
    }

    /// `document` with every suggested answer in `language` (see the type); the rest is untouched.
    public func shown(_ document: PlanDocument, in language: Language) -> PlanDocument {
        guard !equivalents.isEmpty else { return document }
        var shown = document
        for field in fields {
            shown.content = translated(shown.content, at: field[...], in: language)
        }
        return shown
    }

    // MARK: - Building

    /// Whether `step`'s answer can be a suggestion taken as offered: a text or list step with a default
    /// or a catalogue suggestion, or a choice among the organisation's audiences (themselves suggested).
    private static func mayHoldSuggestion(_ step: FlowStep) -> Bool {
        switch step.kind {
        case .text, .list, .multichoice:
            if step.optionsFrom == .audiences { return true }
            if let suggest = step.suggest, suggest == .draftPurpose || suggest.channelKey != nil { return true }
            return !step.defaults.isEmpty
        default:
            return false
        }
    }

    /// Adds per-language defaults: one text each, or lists whose items match by position (when all the
    /// languages' lists are as long).
    private mutating func addAligned(_ defaults: [Language: JSONValue]) {
        var texts: [Language: String] = [:]
        var lists: [Language: [String]] = [:]
        for (language, value) in defaults {
            if let text = value.stringValue { texts[language] = text }
            if let items = value.stringArray { lists[language] = items }
        }
        if texts.count > 1 { add(texts) }
        guard lists.count > 1, let count = lists.first?.value.count, lists.values.allSatisfy({ $0.count == count }) else { return }
        for index in 0..<count { add(lists.mapValues { $0[index] }) }
    }

    /// Adds one suggestion's texts; a text already known keeps its first meaning.
    private mutating func add(_ texts: [Language: String]) {
        guard Set(texts.values.map(Self.fold)).count > 1 else { return }
        for text in texts.values where !text.contains("{") {
            let key = Self.fold(text)
            if equivalents[key] == nil { equivalents[key] = texts }
        }
    }

    // MARK: - Showing

    private func translated(_ value: JSONValue, at path: ArraySlice<String>, in language: Language) -> JSONValue {
        guard let head = path.first else {
            switch value {
            case .string(let text): return .string(shown(text, in: language))
            case .array(let items):
                return .array(items.map { item in item.stringValue.map { JSONValue.string(shown($0, in: language)) } ?? item })
            default: return value
            }
        }
        guard case .object(var members) = value else { return value }
        let keys = head == "*" ? Array(members.keys) : [head]
        for key in keys {
            guard let member = members[key] else { continue }
            members[key] = translated(member, at: path.dropFirst(), in: language)
        }
        return .object(members)
    }

    /// A field's pointer as components, with every `{placeholder}` as `*`.
    private static func components(_ field: String) -> [String] {
        field.split(separator: "/").map { $0.hasPrefix("{") ? "*" : String($0) }
    }

    /// The form texts are compared in: lower case, spaces collapsed.
    private static func fold(_ text: String) -> String {
        text.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
