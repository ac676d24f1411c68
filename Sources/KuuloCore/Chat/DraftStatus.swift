import Foundation

/// A record a flow filled (a draft, a reply) that `/edit` and the draft commands act on.
public struct OpenRecord: Equatable, Sendable {
    /// The flow that fills it (`draft`, `reply`).
    public var flowID: String
    /// Its key in the flow's record collection (`3`).
    public var key: String
}

/// The chat's check session, made on the first check and then kept for the session (opening Voikko
/// and Hunspell again for every text was repeated I/O), under a lock: the session value is copied.
typealias DraftCheckCache = OnceValue<CheckSession>

/// One text of a draft: a channel in a language, as it will be posted.
struct DraftVersion {
    var channel: String
    var language: String
    var text: String
    var platform: Platform?
    /// When it goes out (local wall time), for dates in the text that will have passed.
    var publishAt: String?

    /// Whether it is one caption in several languages (`fi+en`).
    var isBilingual: Bool { language.contains("+") }
}

/// The statuses of a draft, in the order it goes through them.
enum DraftStatus: String, CaseIterable {
    case draft
    case ready = "review"
    case approved, published

    var messageKey: MessageKey {
        switch self {
        case .draft: return .draftStatusDraft
        case .ready: return .draftStatusReady
        case .approved: return .draftStatusApproved
        case .published: return .draftStatusPublished
        }
    }
}

/// What `/draft N <action>` can do; the words are in `Prompts/commands.yaml`.
enum DraftAction: String, CaseIterable {
    case ready, approve, published, copy, correct
}
