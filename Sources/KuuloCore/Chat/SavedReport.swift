import Foundation

/// A message that names the plan's version on disk, so it is made only after the save before it:
/// a merge with another session's work may have given this session's revision another number.
public enum SavedReport: Equatable, Sendable {
    /// "Plan saved (…, version N). See you!"
    case goodbye
    /// `/save`: the revision recorded with `summary`.
    case saveDone(summary: String)
    /// `/save NAME` with nothing new: the version before the latest one got the name `name`.
    case labelled(name: String)

    /// The message for the plan at `revision` in `path`.
    func message(revision: Int, path: String, messages: MessageCatalog, language: Language) -> ChatMessage {
        switch self {
        case .goodbye:
            return ChatMessage(messages.text(.goodbye, language, ["revision": String(revision), "path": path]), style: .hint)
        case .saveDone(let summary):
            return ChatMessage(messages.text(.saveDone, language, ["revision": String(revision), "summary": summary]), style: .success)
        case .labelled(let name):
            return ChatMessage(messages.text(.saveLabelled, language, ["revision": String(revision - 1), "label": name,
                                                                      "labelRevision": String(revision)]), style: .success)
        }
    }
}
