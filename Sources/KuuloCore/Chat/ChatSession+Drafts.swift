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

extension ChatSession {
    /// The draft workflow over the plan, with this session's user, time and checkers.
    var draftWorkflow: DraftWorkflow {
        DraftWorkflow(content: document.content, resources: resources, language: language, userName: userName, now: clock(),
                      segmenter: segmenter, checkSession: { [self] in checks })
    }

    /// Runs a step of the draft workflow and takes back the plan it changed (and records the
    /// revision it asks for).
    mutating func withDrafts(_ body: (inout DraftWorkflow) -> [ChatEffect]) -> [ChatEffect] {
        var workflow = draftWorkflow
        let effects = body(&workflow)
        document.content = workflow.content
        if let summary = workflow.revision { record(summary) }
        return effects
    }

    mutating func assembleDraft(_ key: String) -> [ChatEffect] { withDrafts { $0.assembleDraft(key) } }

    mutating func assembleReply(_ key: String) -> [ChatEffect] {
        var workflow = ReplyWorkflow(drafts: draftWorkflow)
        let effects = workflow.assembleReply(key)
        document.content = workflow.content
        return effects
    }

    // MARK: - Checks (the one place the chat checks drafts: through its CheckSession)

    /// The session's checks: word lists, and the checkers of `checkServices` opened on first use.
    var checks: CheckSession {
        draftCheckCache.get { CheckSession(data: resources.data, services: checkServices, segmenter: segmenter) }
    }
}

/// Builds a post's text from a draft's parts, in the order a reader needs them.
public enum DraftComposer {
    /// Key message, details, call to action with the link (or "link in bio" where links are not
    /// clickable), signature, then the hashtags. With `body` (another language's version), that text
    /// takes the place of the key message, details and call to action.
    public static func compose(_ draft: JSONValue, body: String? = nil, linkInBio: Bool, linkInBioText: String) -> String {
        compose(Draft(number: "", json: draft), body: body, linkInBio: linkInBio, linkInBioText: linkInBioText)
    }

    /// Builds the post's text from a typed draft (see `compose(_:body:linkInBio:linkInBioText:)`).
    public static func compose(_ draft: Draft, body: String? = nil, linkInBio: Bool, linkInBioText: String) -> String {
        var paragraphs: [String] = []
        var action: String
        if let body {
            paragraphs.append(body)
            action = ""
        } else {
            for text in [draft.keyMessage, draft.details] {
                if let text, !text.isEmpty { paragraphs.append(text) }
            }
            action = draft.callToAction ?? ""
        }
        if let link = draft.link, !link.isEmpty {
            let shown = linkInBio ? linkInBioText : link
            action = action.isEmpty ? shown : action + " " + shown
        }
        if !action.isEmpty { paragraphs.append(action) }
        if let signature = draft.signature, !signature.isEmpty { paragraphs.append(signature) }
        let tags = draft.hashtags ?? []
        if !tags.isEmpty { paragraphs.append(tags.joined(separator: " ")) }
        return paragraphs.joined(separator: "\n\n")
    }
}
