import Foundation

/// The words of the exported documents in one language, from `Prompts/export.<lang>.yaml`: the
/// `export.` part of the `TextCatalog` — texts by id (`export.texts.<id>`), lists (month names,
/// principles), words for the plan's enum values, and section headings. A text
/// missing in the language falls back to English, then to its id.
struct ExportTexts {
    /// The language of the document.
    let language: Language
    private let catalog: TextCatalog

    /// The path of the file for `language`.
    static func path(_ language: Language) -> String {
        "Prompts/export.\(language.rawValue).yaml"
    }

    /// Loads the texts for `language` (English beneath). An organisation's file overrides the embedded
    /// one text by text, so it may hold only what it changes.
    init(data: DataFiles, language: Language) {
        self.language = language
        self.catalog = TextCatalog(data: data)
    }

    /// Whether the file for this language itself has `key` (tests).
    static func has(_ key: ExportTextKey, language: Language, data: DataFiles) -> Bool {
        TextCatalog(data: data).has(.export(key), in: language)
    }

    /// The text for `key` with `{name}` placeholders filled; a numeric `count` picks the plural form.
    func text(_ key: ExportTextKey, _ arguments: [String: String] = [:]) -> String {
        fillTemplate(catalog.template(.export(key), language, count: arguments["count"].flatMap { Int($0) }) ?? key.rawValue, arguments)
    }

    /// `value` with the language's digit groups ("2 500", "2,500").
    func number(_ value: Int) -> String {
        catalog.number(value, language)
    }

    /// The text for `key` as spans, with placeholders filled by spans (a command as code, a name in bold).
    func spans(_ key: ExportTextKey, _ arguments: [String: [ExportInline]]) -> [ExportInline] {
        .template(catalog.template(.export(key), language) ?? key.rawValue, arguments)
    }

    /// A list from the `lists` part (`months`, `weekdays`, `accessibilityPrinciples`).
    func list(_ key: String) -> [String] {
        catalog.list(TextKey(.export, ["lists", key]), language) ?? []
    }

    /// The written plan's heading of the section `id` (`Prompts/sections.yaml`); the id when the file
    /// has none.
    func sectionTitle(_ id: String) -> String {
        catalog.template(TextKey(.export, ["sections", id]), language) ?? id
    }

    /// Whether the file for this language itself has a heading for section `id` (tests).
    static func hasSectionTitle(_ id: String, language: Language, data: DataFiles) -> Bool {
        TextCatalog(data: data).has(TextKey(.export, ["sections", id]), in: language)
    }

    /// The word for a plan value (`frequency` / `weekly` → "once a week"); the value itself when unknown.
    func value(_ group: String, _ raw: String) -> String {
        catalog.template(TextKey(.export, ["values", group, raw]), language) ?? raw
    }
}
