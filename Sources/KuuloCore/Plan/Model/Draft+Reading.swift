import Foundation

extension Draft {
    /// One assembled text: a channel in a language, as it will be posted.
    public struct Text: Equatable, Sendable {
        /// The plan's channel key.
        public var channel: String
        /// The language code.
        public var language: String
        /// The text as stored.
        public var text: String

        /// Creates a text.
        public init(channel: String, language: String, text: String) {
            self.channel = channel
            self.language = language
            self.text = text
        }
    }

    /// One image or video with its alt text, however the draft records it.
    public struct ShownMedia: Equatable, Sendable {
        /// `image` or `video`.
        public var kind: String
        /// The alt text; `nil` when missing or blank.
        public var altText: String?
    }

    /// The channels the draft goes to: the ones the trustee chose, then any other channel it has a text
    /// for (a plan edited by hand), by key.
    public var allChannels: [String] {
        let listed = channels ?? []
        return listed + (texts ?? [:]).keys.sorted().filter { !listed.contains($0) }
    }

    /// The languages of the draft: the one its parts are written in, then the other versions it needs;
    /// when it names none, the languages it has texts in.
    public var languages: [String] {
        let named = ([language].compactMap { $0 } + (otherLanguages ?? [])).reduce(into: [String]()) { result, code in
            if !result.contains(code) { result.append(code) }
        }
        guard named.isEmpty else { return named }
        return textLanguageOrder(among: Set((texts ?? [:]).values.flatMap(\.keys)))
    }

    /// The other languages the post needs a version in, without the one it is written in.
    public func otherLanguages(besides primary: String) -> [String] {
        (otherLanguages ?? []).filter { $0 != primary }
    }

    /// Every non-blank assembled text in the order of `allChannels`, then of `languages` (others by
    /// code). `channels` and `language` narrow the choice when given; a caption in several languages
    /// counts for each of them.
    public func textEntries(channels wanted: [String]? = nil, language wantedLanguage: String? = nil) -> [Text] {
        let byChannel = texts ?? [:]
        var entries: [Text] = []
        for channel in allChannels where wanted?.contains(channel) ?? true {
            let byLanguage = byChannel[channel] ?? [:]
            // A caption in several languages (`fi+en`) is a text in each of them.
            for code in textLanguageOrder(among: Set(byLanguage.keys))
            where wantedLanguage.map({ wanted in code.split(separator: "+").contains { $0 == wanted } }) ?? true {
                guard let text = byLanguage[code], text.nonBlank != nil else { continue }
                entries.append(Text(channel: channel, language: code, text: text))
            }
        }
        return entries
    }

    /// The images and videos: the flow's one word with `altText` beside it (none for `none`), or the
    /// listed items (an item without a kind is an image).
    public var shownMedia: [ShownMedia] {
        switch media {
        case .word(let word)?:
            guard let kind = word.nonBlank, kind != "none" else { return [] }
            return [ShownMedia(kind: kind, altText: altText?.nonBlank)]
        case .items(let items)?:
            return items.map { ShownMedia(kind: $0.kind ?? "image", altText: $0.altText?.nonBlank) }
        case nil:
            return []
        }
    }

    /// The status; a draft without one is being written.
    public var currentStatus: Status { status ?? .draft }

    /// `scheduledAt` read as a local wall time; `nil` when absent or unreadable.
    var scheduledTime: LocalDateTime? {
        scheduledAt.flatMap(LocalDateTime.init(iso:))
    }

    private func textLanguageOrder(among codes: Set<String>) -> [String] {
        let named = [language].compactMap { $0 } + (otherLanguages ?? [])
        var order: [String] = []
        for code in named where codes.contains(code) && !order.contains(code) { order.append(code) }
        return order + codes.sorted().filter { !order.contains($0) }
    }
}
