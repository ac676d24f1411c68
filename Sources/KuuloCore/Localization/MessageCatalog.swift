import Foundation

/// The user-facing texts of the chat and the commands, from `Prompts/messages.<lang>.yaml`. A
/// language's file is read the first time one of its texts is needed.
public struct MessageCatalog {
    private let source: Source

    private enum Source {
        case data(DataFiles)
        case tables([Language: [String: String]])
    }

    /// Reads texts from the data files, on demand.
    public init(data: DataFiles) {
        self.source = .data(data)
    }

    /// Creates a catalog from explicit tables (tests).
    public init(tables: [Language: [String: String]]) {
        self.source = .tables(tables)
    }

    private func template(_ key: String, _ language: Language) -> String? {
        switch source {
        case .data(let data): return data.tree("Prompts/messages.\(language.rawValue).yaml")?[key]?.stringValue
        case .tables(let tables): return tables[language]?[key]
        }
    }

    /// Whether `key` has a text in `language`.
    public func has(_ key: String, in language: Language) -> Bool {
        template(key, language) != nil
    }

    /// The keys present in `language`.
    public func keys(in language: Language) -> Set<String> {
        switch source {
        case .data(let data): return Set(data.tree("Prompts/messages.\(language.rawValue).yaml")?.objectValue?.keys.map { $0 } ?? [])
        case .tables(let tables): return Set(tables[language]?.keys.map { $0 } ?? [])
        }
    }

    /// The text for `key` in `language` with placeholders filled; falls back to English, then to the key.
    public func text(_ key: MessageKey, _ language: Language, _ arguments: [String: String] = [:]) -> String {
        let template = template(key.rawValue, language) ?? template(key.rawValue, .en) ?? key.rawValue
        return fillTemplate(template, arguments).trimmingCharacters(in: .newlines)
    }
}
