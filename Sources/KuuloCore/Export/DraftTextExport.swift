import Foundation

/// A draft's final texts as a trustee copies them into a platform: the texts assembled when the
/// draft was written or last edited, chosen by channel and language (`Draft.textEntries`).
public struct DraftTextExport: Sendable {
    /// One text: the plan channel key, the language code and the text.
    public typealias Entry = Draft.Text

    /// Every non-blank text of `draft` in its channels' order (`Draft.allChannels`), then its
    /// languages' (`Draft.languages`). `channels` and `language` narrow the choice when given.
    public static func entries(of draft: JSONValue, channels: [String]? = nil, language: String? = nil) -> [Entry] {
        Draft(number: "", json: draft).textEntries(channels: channels, language: language)
    }

    /// The entries as one text: a lone text as it is (with a final newline); several each under a
    /// heading made by `heading`, separated by blank lines.
    public static func render(_ entries: [Entry], heading: (Entry) -> String) -> String {
        if entries.count == 1, let only = entries.first { return only.text + "\n" }
        return entries.map { heading($0) + "\n" + $0.text + "\n" }.joined(separator: "\n")
    }
}
