import Foundation

/// A text given per language in the data files: either `{fi: …, en: …}` or one string for both.
public struct LocalizedText: Equatable, Sendable {
    /// The text per language.
    public var values: [Language: String]

    /// Creates a text from per-language values.
    public init(_ values: [Language: String]) {
        self.values = values
    }

    /// Reads a data value; `nil` when it is neither a string nor a language map of strings.
    public init?(json: JSONValue?) {
        guard let json else { return nil }
        if let text = json.stringValue {
            self.values = Dictionary(uniqueKeysWithValues: Language.allCases.map { ($0, text) })
            return
        }
        guard let members = json.objectValue else { return nil }
        var values: [Language: String] = [:]
        for (key, value) in members {
            guard let language = Language(rawValue: key), let text = value.stringValue else { continue }
            values[language] = text
        }
        guard !values.isEmpty else { return nil }
        self.values = values
    }

    /// The text in `language`, else English, else any.
    public func text(_ language: Language) -> String {
        values[language] ?? values[.en] ?? values.values.sorted().first ?? ""
    }
}

/// Replaces `{name}` placeholders with values; unknown placeholders stay as they are.
public func fillTemplate(_ template: String, _ arguments: [String: String]) -> String {
    guard template.contains("{") else { return template }
    var result = ""
    var rest = template[...]
    while let open = rest.firstIndex(of: "{") {
        result += rest[..<open]
        guard let close = rest[open...].firstIndex(of: "}") else {
            result += rest[open...]
            return result
        }
        let name = String(rest[rest.index(after: open)..<close])
        if let value = arguments[name] {
            result += value
        } else {
            result += rest[open...close]
        }
        rest = rest[rest.index(after: close)...]
    }
    result += rest
    return result
}
