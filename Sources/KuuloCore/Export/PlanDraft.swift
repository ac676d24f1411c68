import Foundation

/// A draft as the written plan, the calendar and the CSV show it: the typed `Draft` with blanks left
/// out and texts trimmed. It reads nothing itself; `Draft` is the one reader of a draft.
struct PlanDraft {
    /// An image or video with its alt text.
    typealias Media = Draft.ShownMedia
    /// The final text of one channel in one language.
    typealias Text = Draft.Text

    /// The draft's key in the plan ("3").
    let number: String
    let title: String?
    /// The status as stored (`approved`), for the export's words.
    let status: String?
    let purpose: String?
    let keyMessage: String?
    let link: String?
    let hashtags: [String]
    let media: [Media]
    /// The publishing time as written, and read.
    let scheduledRaw: String?
    let scheduledAt: LocalDateTime?
    /// The zone of `scheduledAt` as written (`nil`: the plan's default).
    let timeZone: String?
    /// Texts in the draft's channel order, then its language order, trimmed.
    let texts: [Text]
    let author: String?
    let reviewedBy: String?
    /// Channels the draft goes to (`Draft.allChannels`).
    let allChannels: [String]
    /// Languages of the draft (`Draft.languages`).
    let allLanguages: [String]

    init(_ draft: Draft) {
        number = draft.number
        title = draft.title?.nonBlank
        status = draft.status?.rawValue
        purpose = draft.purpose?.nonBlank
        keyMessage = draft.keyMessage?.nonBlank
        link = draft.link?.nonBlank
        hashtags = draft.hashtags.nonBlank
        media = draft.shownMedia
        scheduledRaw = draft.scheduledAt?.nonBlank
        scheduledAt = draft.scheduledTime
        timeZone = draft.timeZone?.nonBlank
        texts = draft.textEntries().compactMap { entry in
            entry.text.nonBlank.map { Text(channel: entry.channel, language: entry.language, text: $0) }
        }
        author = draft.author?.nonBlank
        reviewedBy = draft.reviewedBy?.nonBlank
        allChannels = draft.allChannels
        allLanguages = draft.languages
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
