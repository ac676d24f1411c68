import Foundation

extension ChatSession {
    /// `/edit [part]`: asks one part of the open draft or reply again, then puts it together and
    /// checks it anew. Without a part, lists the parts.
    mutating func editPart(_ argument: String) -> [ChatEffect] {
        guard let open = openRecord, let definition = resources.flow(open.flowID),
              let collection = definition.record.flatMap(JSONPointer.init),
              document.content.value(at: collection.appending(open.key)) != nil else {
            return [say(.draftNoneOpen, style: .error)]
        }
        let parts = definition.steps.compactMap { $0.editName?.text(language) }
        let partList = parts.joined(separator: ", ")
        let name = argument.trimmingCharacters(in: .whitespaces)
        guard !name.isEmpty else {
            return [say(.editParts, ["parts": partList, "example": parts.dropFirst(2).first ?? parts.first ?? ""], style: .hint)]
        }
        guard let index = definition.index(editName: name) else {
            return [say(.editUnknownPart, ["part": name, "parts": partList], style: .error)]
        }
        return startFlow(open.flowID, record: open.key, onlyStep: index, interrupting: true)
    }

    /// `/draft [N] [action]`: a new draft; `N` opens draft N; an action (`ready`, `approve`,
    /// `published`, `copy`, or their Finnish names) moves draft N, or the open one, along.
    mutating func draftCommand(_ argument: String) -> [ChatEffect] {
        let words = argument.split(separator: " ").map(String.init)
        guard !words.isEmpty else { return startFlow("draft", interrupting: true) }
        var key: String?
        var rest = words[...]
        if let first = words.first, Int(first) != nil {
            key = first
            rest = rest.dropFirst()
        }
        guard let number = key ?? (openRecord?.flowID == "draft" ? openRecord?.key : nil) else {
            return [say(.draftNoneOpen, style: .error)]
        }
        guard document.content.value(at: draftPointer(number)) != nil else {
            return [say(.draftNotFound, ["number": number], style: .error)]
        }
        guard let actionWord = rest.first else { return openDraft(number) }
        let command = resources.commands.command(id: "draft")
        guard let action = command?.action(for: actionWord).flatMap(DraftAction.init(rawValue:)) else {
            let names = DraftAction.allCases.compactMap { command?.actions[$0.rawValue]?.text(language) }.joined(separator: ", ")
            return [say(.draftUnknownAction, ["action": actionWord, "actions": names], style: .error)]
        }
        openRecord = OpenRecord(flowID: "draft", key: number)
        // A flow left open (a half-written draft) keeps its answers as a revision of its own first.
        let left = action == .copy ? [] : leaveFlowKeepingAnswers()
        switch action {
        case .copy: return draftWorkflow.copyDraft(number)
        case .ready: return left + withDrafts { $0.setStatus(.ready, of: number) }
        case .approve: return left + withDrafts { $0.approveDraft(number) }
        case .published: return left + withDrafts { $0.setStatus(.published, of: number) }
        }
    }

    /// Opens a draft: puts it together again with today's plan, shows it checked, and says what can
    /// be done next.
    mutating func openDraft(_ key: String) -> [ChatEffect] {
        var effects = leaveFlowKeepingAnswers()
        openRecord = OpenRecord(flowID: "draft", key: key)
        let status = DraftStatus(rawValue: document.content.value(at: draftPointer(key))?["status"]?.stringValue ?? "") ?? .draft
        effects.append(say(.draftOpened, ["number": key, "status": text(status.messageKey)], style: .heading))
        effects += assembleDraft(key)
        if document.hasUnrecordedChanges {
            record(text(.revisionSession, templateArguments))
            effects.append(.persist)
        }
        effects.append(say(.draftActions, ["number": key], style: .hint))
        return effects
    }

}

/// What `/draft N <action>` can do; the words are in `Prompts/commands.yaml`.
enum DraftAction: String, CaseIterable {
    case ready, approve, published, copy
}
