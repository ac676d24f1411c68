import Foundation

/// A draft's final texts as a trustee copies them into a platform: the texts assembled when the
/// draft was written or last edited, chosen by channel and language.
public struct DraftTextExport: Sendable {
    /// One text: the plan channel key, the language code and the text.
    public struct Entry: Equatable, Sendable {
        public var channel: String
        public var language: String
        public var text: String
    }

    /// Every non-blank text of `draft` in its channels' order, then its languages' (the one it was
    /// written in first, or the order of a `languages` list). `channels` and `language` narrow the
    /// choice when given.
    public static func entries(of draft: JSONValue, channels: [String]? = nil, language: String? = nil) -> [Entry] {
        let texts = draft["texts"]?.objectValue ?? [:]
        let listed = draft["channels"]?.stringArray ?? []
        let order = listed.filter { texts[$0] != nil } + texts.keys.sorted().filter { !listed.contains($0) }
        let languageOrder = draft["languages"]?.stringArray ?? draft["language"]?.stringValue.map { [$0] } ?? []
        var entries: [Entry] = []
        for channel in order where channels?.contains(channel) ?? true {
            let byLanguage = texts[channel]?.objectValue ?? [:]
            let languages = languageOrder.filter { byLanguage[$0] != nil } + byLanguage.keys.sorted().filter { !languageOrder.contains($0) }
            for code in languages where language == nil || code == language {
                guard let text = byLanguage[code]?.stringValue, !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { continue }
                entries.append(Entry(channel: channel, language: code, text: text))
            }
        }
        return entries
    }

    /// The entries as one text: a lone text as it is (with a final newline); several each under a
    /// heading made by `heading`, separated by blank lines.
    public static func render(_ entries: [Entry], heading: (Entry) -> String) -> String {
        if entries.count == 1, let only = entries.first { return only.text + "\n" }
        return entries.map { heading($0) + "\n" + $0.text + "\n" }.joined(separator: "\n")
    }
}
