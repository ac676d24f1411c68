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
        // Made at its final size: growing a dictionary rehashes it at every doubling.
        var values = [Language: String](minimumCapacity: members.count)
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
    // Byte by byte: the braces are ASCII, and every chat message passes through here.
    let utf8 = template.utf8
    let (openBrace, closeBrace) = (UInt8(ascii: "{"), UInt8(ascii: "}"))
    guard var open = utf8.firstIndex(of: openBrace) else { return template }
    var result: [UInt8] = []
    result.reserveCapacity(utf8.count + 32)
    var position = utf8.startIndex
    while true {
        result += utf8[position..<open]
        guard let close = utf8[open...].firstIndex(of: closeBrace) else {
            result += utf8[open...]
            return String(decoding: result, as: UTF8.self)
        }
        if let value = arguments[String(template[utf8.index(after: open)..<close])] {
            result += value.utf8
        } else {
            result += utf8[open...close]
        }
        position = utf8.index(after: close)
        guard let next = utf8[position...].firstIndex(of: openBrace) else { break }
        open = next
    }
    result += utf8[position...]
    return String(decoding: result, as: UTF8.self)
}
