import Foundation

/// The user-facing texts of the chat and the commands, from `Prompts/messages.<lang>.yaml`: the
/// `message.` part of the `TextCatalog`, looked up by `MessageKey`.
public struct MessageCatalog {
    /// The catalog of every text.
    public let catalog: TextCatalog

    /// Reads texts from the data files, on demand.
    public init(data: DataFiles) {
        self.catalog = TextCatalog(data: data)
    }

    /// Uses the messages of a catalog of every text.
    public init(catalog: TextCatalog) {
        self.catalog = catalog
    }

    /// Creates a catalog from explicit tables of message keys and texts (tests).
    public init(tables: [Language: [String: String]]) {
        self.catalog = TextCatalog(tables: tables.mapValues { texts in
            Dictionary(uniqueKeysWithValues: texts.map { (TextKey(.message, $0.key), TextEntry.text($0.value)) })
        })
    }

    /// Whether `key` has a text in `language`.
    public func has(_ key: String, in language: Language) -> Bool {
        catalog.has(TextKey(.message, key), in: language)
    }

    /// The keys present in `language`.
    public func keys(in language: Language) -> Set<String> {
        Set(catalog.keys(.message, in: language).map(\.path))
    }

    /// The text for `key` in `language` with placeholders filled; falls back to English, then to the key.
    public func text(_ key: MessageKey, _ language: Language, _ arguments: [String: String] = [:]) -> String {
        catalog.text(.message(key), language, arguments).trimmingNewlines()
    }

    /// `value` with the language's digit grouping: "1 800" (no-break space) in Finnish, "1,800" in English.
    public func number(_ value: Int, _ language: Language) -> String {
        catalog.number(value, language)
    }

    /// The text for `key` in the form for `count` (`{one: …, other: …}` in the file), with `{count}`
    /// and the other placeholders filled.
    public func text(_ key: MessageKey, _ language: Language, count: Int, _ arguments: [String: String] = [:]) -> String {
        catalog.text(.message(key), language, arguments, count: count).trimmingNewlines()
    }
}
