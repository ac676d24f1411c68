import Foundation

/// The words of the exported documents in one language, from `Prompts/export.<lang>.yaml`: texts by
/// id, lists (month names, principles), words for the plan's enum values, and command names. A text
/// missing in the language falls back to English, then to its id.
struct ExportTexts {
    /// The language of the document.
    let language: Language
    private let texts: [String: String]
    private let lists: [String: [String]]
    private let values: [String: [String: String]]
    private let commandNames: [String: String]
    private let sectionTitles: [String: String]

    /// The path of the file for `language`.
    static func path(_ language: Language) -> String {
        "Prompts/export.\(language.rawValue).yaml"
    }

    /// Loads the texts for `language` (English beneath), and the chat's own command names. An
    /// organisation's file overrides the embedded one text by text, so it may hold only what it changes.
    init(data: DataFiles, language: Language) {
        self.language = language
        let own = Self.layered(Self.path(language), data: data)
        let english = language == .en ? nil : Self.layered(Self.path(.en), data: data)
        func strings(_ tree: JSONValue?) -> [String: String] {
            (tree?.objectValue ?? [:]).compactMapValues(\.stringValue)
        }
        texts = strings(english?["texts"]).merging(strings(own?["texts"])) { _, mine in mine }
        var lists: [String: [String]] = [:]
        for tree in [english, own] {
            for (key, value) in tree?["lists"]?.objectValue ?? [:] {
                if let items = value.stringArray { lists[key] = items }
            }
        }
        self.lists = lists
        var values: [String: [String: String]] = [:]
        for tree in [english, own] {
            for (group, words) in tree?["values"]?.objectValue ?? [:] {
                values[group, default: [:]].merge(strings(words)) { _, mine in mine }
            }
        }
        self.values = values
        sectionTitles = strings(english?["sections"]).merging(strings(own?["sections"])) { _, mine in mine }
        var commandNames = strings(english?["commands"]).merging(strings(own?["commands"])) { _, mine in mine }
        for command in CommandRegistry(data: data).commands {
            if let name = command.names[language] ?? command.names[.en] { commandNames[command.id] = "/" + name }
        }
        self.commandNames = commandNames
    }

    /// The file's tree with its override (if any) laid over the embedded default, two levels deep.
    private static func layered(_ path: String, data: DataFiles) -> JSONValue? {
        let top = data.tree(path)
        guard data.overrides[path] != nil, let text = data.embedded[path], let base = try? YAMLData.parse(text, path: path),
              var merged = base.objectValue, let upper = top?.objectValue else { return top }
        for (key, value) in upper {
            if let inner = value.objectValue, let below = merged[key]?.objectValue {
                merged[key] = .object(below.merging(inner) { _, mine in mine })
            } else {
                merged[key] = value
            }
        }
        return .object(merged)
    }

    /// Whether the file for this language itself has `key` (tests).
    static func has(_ key: ExportTextKey, language: Language, data: DataFiles) -> Bool {
        data.tree(path(language))?["texts"]?[key.rawValue]?.stringValue != nil
    }

    /// The text for `key` with `{name}` placeholders filled.
    func text(_ key: ExportTextKey, _ arguments: [String: String] = [:]) -> String {
        fillTemplate(texts[key.rawValue] ?? key.rawValue, arguments)
    }

    /// The text for `key` as spans, with placeholders filled by spans (a command as code, a name in bold).
    func spans(_ key: ExportTextKey, _ arguments: [String: [ExportInline]]) -> [ExportInline] {
        .template(texts[key.rawValue] ?? key.rawValue, arguments)
    }

    /// A list from the `lists` part (`months`, `weekdays`, `accessibilityPrinciples`).
    func list(_ key: String) -> [String] {
        lists[key] ?? []
    }

    /// The written plan's heading of the section `id` (`Prompts/sections.yaml`); the id when the file
    /// has none.
    func sectionTitle(_ id: String) -> String {
        sectionTitles[id] ?? id
    }

    /// Whether the file for this language itself has a heading for section `id` (tests).
    static func hasSectionTitle(_ id: String, language: Language, data: DataFiles) -> Bool {
        data.tree(path(language))?["sections"]?[id]?.stringValue != nil
    }

    /// The word for a plan value (`frequency` / `weekly` → "once a week"); the value itself when unknown.
    func value(_ group: String, _ raw: String) -> String {
        values[group]?[raw] ?? raw
    }

    /// The command a reader types to fill a part of the plan: the chat's name for `id` in this
    /// language, then the export file's, then `/id`; `argument` follows after a space (`/tips 3`).
    func command(_ id: String, _ argument: String? = nil) -> String {
        let name = commandNames[id] ?? "/" + id
        guard let argument else { return name }
        return name + " " + argument
    }
}
