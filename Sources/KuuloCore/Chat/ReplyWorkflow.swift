import Foundation

/// A reply to a critical comment: put together from its parts, checked in reply mode (a hostile or
/// shouting tone is an error), and kept with its author and time.
public struct ReplyWorkflow {
    /// The checks, shared with drafts.
    var drafts: DraftWorkflow

    /// The plan's content.
    public var content: JSONValue {
        get { drafts.content }
        set { drafts.content = newValue }
    }

    var language: Language { drafts.language }
    var userName: String? { drafts.userName }
    var now: Date { drafts.now }

    func say(_ key: MessageKey, _ arguments: [String: String] = [:], style: ChatMessage.Style = .plain) -> ChatEffect {
        drafts.say(key, arguments, style: style)
    }

    func checkReport(_ version: DraftVersion, replyMode: Bool) -> CheckReport { drafts.checkReport(version, replyMode: replyMode) }

    func findingsEffect(_ report: CheckReport) -> ChatEffect { drafts.findingsEffect(report) }

    /// The thanks and the facts as one paragraph: a part typed without a full stop before another part gets one, so the
    /// next part does not run into it ("…jonot ärsyttää Ruokalan remontti…" read as one sentence and
    /// its capital was then flagged by the check).
    static func sentences(_ parts: [String]) -> String {
        parts.enumerated().map { index, part in
            let trimmed = part.trimmingCharacters(in: .whitespaces)
            guard index < parts.count - 1, let last = trimmed.unicodeScalars.last,
                  CharacterSet.alphanumerics.contains(last) else { return trimmed }
            return trimmed + "."
        }.joined(separator: " ")
    }

    /// Puts a reply to a critical comment together, checks it in reply mode (hostile or shouting tone
    /// is an error) and says whether it is ready to post.
    mutating func assembleReply(_ key: String) -> [ChatEffect] {
        let base = JSONPointer(tokens: ["interaction", "replies", key])
        guard let reply = content.value(at: base) else { return [] }
        let opening = [reply["acknowledge"]?.stringValue, reply["facts"]?.stringValue].compactMap { $0 }.filter { !$0.isEmpty }
        let paragraphs = [Self.sentences(opening), reply["continueAt"]?.stringValue ?? "", reply["signature"]?.stringValue ?? ""]
        let text = paragraphs.filter { !$0.isEmpty }.joined(separator: "\n\n")
        let report = checkReport(DraftVersion(channel: "", language: language.rawValue, text: text, platform: nil), replyMode: true)
        content.setValue(.string(text), at: base.appending("text"))
        content.setValue(.string(language.rawValue), at: base.appending("language"))
        if reply["author"] == nil, let userName { content.setValue(.string(userName), at: base.appending("author")) }
        if reply["createdAt"] == nil { content.setValue(.string(Timestamp.iso(now)), at: base.appending("createdAt")) }
        return [say(.replyPreviewHeader, ["graphemes": String(report.graphemes)], style: .heading),
                .say(ChatMessage(text, style: .plain)),
                findingsEffect(report),
                say(report.hasErrors ? .replyFixFirst : .replyLooksGood, style: report.hasErrors ? .error : .success)]
            + markAnswered(reply["listeningEntry"]?.stringValue)
    }

    /// Marks the listening log's entry `id` answered, once, saying so; nothing when the reply answers no
    /// entry or the entry is gone.
    private mutating func markAnswered(_ id: String?) -> [ChatEffect] {
        guard let id, let entry = content.value(at: ListeningLog.pointer(id)), entry["answered"]?.boolValue != true else { return [] }
        content.setValue(.bool(true), at: ListeningLog.pointer(id).appending("answered"))
        return [say(.replyMarkedAnswered, ["id": id], style: .success)]
    }
}
