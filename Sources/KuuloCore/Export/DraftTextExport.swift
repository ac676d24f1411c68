import Foundation

/// A draft's final texts as a trustee copies them into a platform: the texts assembled when the
/// draft was written or last edited, chosen by channel and language (`Draft.textEntries`), and what
/// goes with them: the first comment where a channel puts the hashtags there, and the alt text.
public struct DraftTextExport: Sendable {
    /// One text: the plan channel key, the language code and the text.
    public typealias Entry = Draft.Text

    /// Something posted besides a text.
    public enum Extra: Equatable, Sendable {
        /// The first comment on `channel` (the hashtags), as assembled.
        case firstComment(channel: String, text: String)
        /// The description of an image or video (`image`, `video`).
        case altText(media: String, text: String)

        /// What is pasted.
        public var text: String {
            switch self {
            case .firstComment(_, let text), .altText(_, let text): return text
            }
        }
    }

    /// Every non-blank text of `draft` in its channels' order (`Draft.allChannels`), then its
    /// languages' (`Draft.languages`). `channels` and `language` narrow the choice when given.
    public static func entries(of draft: JSONValue, channels: [String]? = nil, language: String? = nil) -> [Entry] {
        Draft(number: "", json: draft).textEntries(channels: channels, language: language)
    }

    /// The first comments of the channels in `channels` (all when `nil`), then the alt text of each
    /// image or video.
    public static func extras(of draft: JSONValue, channels: [String]? = nil) -> [Extra] {
        let typed = Draft(number: "", json: draft)
        var extras: [Extra] = []
        let comments = draft["firstComments"]?.objectValue ?? [:]
        for channel in typed.allChannels where channels?.contains(channel) ?? true {
            if let text = comments[channel]?.stringValue?.nonBlank { extras.append(.firstComment(channel: channel, text: text)) }
        }
        for media in typed.shownMedia {
            if let text = media.altText { extras.append(.altText(media: media.kind, text: text)) }
        }
        return extras
    }

    /// The entries as one text: a lone text with nothing besides it as it is (with a final newline);
    /// otherwise each text and each extra under a heading made by `heading` and `extraHeading`,
    /// separated by blank lines.
    public static func render(_ entries: [Entry], extras: [Extra] = [], heading: (Entry) -> String,
                              extraHeading: (Extra) -> String = { _ in "" }) -> String {
        if entries.count == 1, extras.isEmpty, let only = entries.first { return only.text + "\n" }
        let parts = entries.map { heading($0) + "\n" + $0.text + "\n" } + extras.map { extraHeading($0) + "\n" + $0.text + "\n" }
        return parts.joined(separator: "\n")
    }
}
