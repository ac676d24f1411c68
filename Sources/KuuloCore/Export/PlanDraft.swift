import Foundation

/// A post in the content calendar (`calendar.drafts.<n>`), as the exports read it.
struct PlanDraft {
    /// An image or video with its alt text.
    struct Media {
        let kind: String
        let altText: String?
    }

    /// The final text of one channel in one language.
    struct Text {
        let channel: String
        let language: String
        let text: String
    }

    /// The draft's key in the plan ("3").
    let number: String
    let title: String?
    let status: String?
    let channels: [String]
    let purpose: String?
    let keyMessage: String?
    let link: String?
    let languages: [String]
    let hashtags: [String]
    let media: [Media]
    /// The publishing time as written, and read.
    let scheduledRaw: String?
    let scheduledAt: LocalDateTime?
    /// The zone of `scheduledAt` as written (`nil`: the plan's default).
    let timeZone: String?
    /// Texts by channel (the draft's channel order first) and language (the plan's order first).
    let texts: [Text]
    let author: String?
    let reviewedBy: String?

    init(number: String, json: JSONValue, languageOrder: [String]) {
        self.number = number
        title = json.exportString("title")
        status = json.exportString("status")
        channels = json.exportStrings("channels")
        purpose = json.exportString("purpose")
        keyMessage = json.exportString("keyMessage")
        link = json.exportString("link")
        let listedLanguages = json.exportStrings("languages")
        languages = listedLanguages.isEmpty ? (json.exportString("language").map { [$0] } ?? []) + json.exportStrings("otherLanguages") : listedLanguages
        hashtags = json.exportStrings("hashtags")
        if let kind = json["media"]?.stringValue {
            // The drafting flow keeps one media item as a word and its alt text beside it.
            media = kind == "none" || kind.isEmpty ? [] : [Media(kind: kind, altText: json.exportString("altText"))]
        } else {
            media = (json["media"]?.arrayValue ?? []).compactMap { item in
                guard item.objectValue != nil else { return nil }
                return Media(kind: item.exportString("kind") ?? "image", altText: item.exportString("altText"))
            }
        }
        scheduledRaw = json.exportString("scheduledAt")
        scheduledAt = scheduledRaw.flatMap(LocalDateTime.init(iso:))
        timeZone = json.exportString("timeZone")
        author = json.exportString("author")
        reviewedBy = json.exportString("reviewedBy")
        let byChannel = json["texts"]?.objectValue ?? [:]
        let listed = json.exportStrings("channels")
        let channelOrder = listed + byChannel.keys.sorted().filter { !listed.contains($0) }
        var collected: [Text] = []
        for channel in channelOrder {
            let byLanguage = (byChannel[channel]?.objectValue ?? [:]).compactMapValues { value -> String? in
                guard let text = value.stringValue?.trimmingCharacters(in: .whitespacesAndNewlines), !text.isEmpty else { return nil }
                return text
            }
            let order = languageOrder.filter { byLanguage[$0] != nil } + byLanguage.keys.sorted().filter { !languageOrder.contains($0) }
            collected += order.compactMap { language in byLanguage[language].map { Text(channel: channel, language: language, text: $0) } }
        }
        self.texts = collected
    }

    /// Channels the draft goes to: its list, then any channel it has texts for.
    var allChannels: [String] {
        channels + texts.map(\.channel).reduce(into: [String]()) { result, channel in
            if !channels.contains(channel), !result.contains(channel) { result.append(channel) }
        }
    }

    /// Languages of the draft: its list, else those of its texts.
    var allLanguages: [String] {
        languages.isEmpty ? texts.map(\.language).reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } } : languages
    }

    /// Scheduled drafts by time, then unscheduled ones; ties by number (numerically where possible).
    static func scheduleOrder(_ lhs: PlanDraft, _ rhs: PlanDraft) -> Bool {
        switch (lhs.scheduledAt, rhs.scheduledAt) {
        case let (left?, right?) where left != right: return left < right
        case (.some, nil): return true
        case (nil, .some): return false
        default: return numberOrder(lhs.number, rhs.number)
        }
    }

    private static func numberOrder(_ lhs: String, _ rhs: String) -> Bool {
        switch (Int(lhs), Int(rhs)) {
        case let (left?, right?) where left != right: return left < right
        case (.some, nil): return true
        case (nil, .some): return false
        default: return lhs < rhs
        }
    }
}
