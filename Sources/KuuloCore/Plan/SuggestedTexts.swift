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
    /// A field's suggestions, each with its texts per language, under the folded text of every language.
    typealias Table = [String: [Language: String]]

    /// For each field whose answers may be suggestions (pointer components, `*` for `{item}` and the
    /// like), the suggestions offered there — only those: "tapahtumat" typed as a draft's purpose is the
    /// trustee's own word even though it is a suggested content type.
    private var fields: [[String]: Table] = [:]

    /// Nothing to translate.
    public init() {}

    /// The suggestions of the flows and the channel catalogue in `data`.
    public init(data: DataFiles, catalogue: ChannelCatalogue? = nil) {
        self.init(flows: KuuloResources.flows(in: data), catalogue: catalogue ?? ChannelCatalogue(data: data))
    }

    /// The suggestions of `flows` and `catalogue`.
    public init(flows: [Flow], catalogue: ChannelCatalogue) {
        let defaults = catalogue.entries.map(\.defaults)
        let steps = flows.flatMap(\.steps).filter(Self.mayHoldSuggestion)
        var tables: [[String]: Table] = [:]
        for step in steps {
            var table = tables[Self.components(step.field)] ?? [:]
            Self.addAligned(step.defaults, to: &table)
            switch step.suggest?.channelKey ?? (step.suggest == .draftPurpose ? "purpose" : nil) {
            case "purpose": for text in defaults.compactMap(\.purpose) { Self.add(text.values, to: &table) }
            case "tone": for text in defaults.compactMap(\.tone) { Self.add(text.values, to: &table) }
            case "contentTypes": for list in defaults.map(\.contentTypes) { Self.addAligned(list, to: &table) }
            case "metrics": for list in defaults.map(\.metrics) { Self.addAligned(list, to: &table) }
            default: break
            }
            tables[Self.components(step.field)] = table
        }
        // The organisation's audiences and a channel's, chosen among them, read one table: the same
        // audience must read the same in both (the written plan matches them to say who is reached).
        let audienceFields = [Self.components("/organisation/audiences")] + steps.filter { $0.optionsFrom == .audiences }.map { Self.components($0.field) }
        var audiences = Table()
        for field in audienceFields { audiences.merge(tables[field] ?? [:]) { current, _ in current } }
        for list in defaults.map(\.audiences) { Self.addAligned(list, to: &audiences) }
        // After the current wordings, so a renamed suggestion's other-language text keeps its current pair.
        for former in catalogue.renamed { Self.add(former.values, to: &audiences) }
        for field in audienceFields { tables[field] = audiences }
        fields = tables.filter { !$0.value.isEmpty }
    }

    /// `text`, an answer at the plan field `field` (a step's, `/channels/{item}/purpose`), in `language`
    /// when it is a suggestion offered there, else as it is.
    public func shown(_ text: String, field: String, in language: Language) -> String {
        fields[Self.components(field)].map { Self.shown(text, in: language, table: $0) } ?? text
    }

    /// `document` with every suggested answer in `language` (see the type); the rest is untouched.
    public func shown(_ document: PlanDocument, in language: Language) -> PlanDocument {
        var shown = document
        for (field, table) in fields.sorted(by: { $0.key.joined(separator: "/") < $1.key.joined(separator: "/") }) {
            shown.content = Self.translated(shown.content, at: field[...], in: language, table: table)
            // The baseline alike, so that showing changes nothing the document would call unrecorded.
            shown.baseline = Self.translated(shown.baseline, at: field[...], in: language, table: table)
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

    /// Adds per-language lists whose items match by position (when all the languages' lists are as long).
    private static func addAligned(_ list: LocalizedList, to table: inout Table) {
        addAligned(list.values.mapValues { .array($0.map(JSONValue.string)) }, to: &table)
    }

    /// Adds per-language defaults: one text each, or lists whose items match by position (when all the
    /// languages' lists are as long).
    private static func addAligned(_ defaults: [Language: JSONValue], to table: inout Table) {
        var texts: [Language: String] = [:]
        var lists: [Language: [String]] = [:]
        for (language, value) in defaults {
            if let text = value.stringValue { texts[language] = text }
            if let items = value.stringArray { lists[language] = items }
        }
        if texts.count > 1 { add(texts, to: &table) }
        guard lists.count > 1, let count = lists.first?.value.count, lists.values.allSatisfy({ $0.count == count }) else { return }
        for index in 0..<count { add(lists.mapValues { $0[index] }, to: &table) }
    }

    /// Adds one suggestion's texts; a text already known keeps its first meaning.
    private static func add(_ texts: [Language: String], to table: inout Table) {
        guard Set(texts.values.map(fold)).count > 1 else { return }
        for text in texts.values where !text.contains("{") {
            let key = fold(text)
            if table[key] == nil { table[key] = texts }
        }
    }

    // MARK: - Showing

    private static func shown(_ text: String, in language: Language, table: Table) -> String {
        guard let texts = table[fold(text)], let translated = texts[language] else { return text }
        return fold(translated) == fold(text) ? text : translated
    }

    private static func translated(_ value: JSONValue, at path: ArraySlice<String>, in language: Language, table: Table) -> JSONValue {
        guard let head = path.first else {
            switch value {
            case .string(let text): return .string(shown(text, in: language, table: table))
            case .array(let items):
                return .array(items.map { item in item.stringValue.map { JSONValue.string(shown($0, in: language, table: table)) } ?? item })
            default: return value
            }
        }
        guard case .object(var members) = value else { return value }
        let keys = head == "*" ? Array(members.keys) : [head]
        for key in keys {
            guard let member = members[key] else { continue }
            members[key] = translated(member, at: path.dropFirst(), in: language, table: table)
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
