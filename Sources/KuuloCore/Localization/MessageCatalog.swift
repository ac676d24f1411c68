import Foundation

/// The user-facing texts of the chat and the commands, from `Prompts/messages.<lang>.yaml`.
public struct MessageCatalog {
    private let tables: [Language: [String: String]]

    /// Loads both languages from the data files.
    public init(data: DataFiles) {
        var tables: [Language: [String: String]] = [:]
        for language in Language.allCases {
            var table: [String: String] = [:]
            for (key, value) in data.tree("Prompts/messages.\(language.rawValue).yaml")?.objectValue ?? [:] {
                if let text = value.stringValue { table[key] = text }
            }
            tables[language] = table
        }
        self.tables = tables
    }

    /// Creates a catalog from explicit tables (tests).
    public init(tables: [Language: [String: String]]) {
        self.tables = tables
    }

    /// Whether `key` has a text in `language`.
    public func has(_ key: String, in language: Language) -> Bool {
        tables[language]?[key] != nil
    }

    /// The keys present in `language`.
    public func keys(in language: Language) -> Set<String> {
        Set(tables[language]?.keys.map { $0 } ?? [])
    }

    /// The text for `key` in `language` with placeholders filled; falls back to English, then to the key.
    public func text(_ key: MessageKey, _ language: Language, _ arguments: [String: String] = [:]) -> String {
        let template = tables[language]?[key.rawValue] ?? tables[.en]?[key.rawValue] ?? key.rawValue
        return fillTemplate(template, arguments).trimmingCharacters(in: .newlines)
    }
}
