import Foundation

/// What `/draft [N] [action]` asks for, read against the plan and the open record: a new draft,
/// opening draft N, moving a draft along, or a refusal to show.
enum DraftCommand: Equatable {
    /// `/draft`: write a new draft.
    case newDraft
    /// `/draft N`: open draft N.
    case open(String)
    /// `/draft [N] <action>`: move draft N (or the open one) along.
    case act(DraftAction, on: String)
    /// The argument named no draft or no action: what to say instead.
    case refused([ChatEffect])

    /// Reads `argument`; `N` may be left out when a draft is open. Action words come from
    /// `Prompts/commands.yaml`, in any language.
    init(_ argument: String, openRecord: OpenRecord?, content: JSONValue, resources: KuuloResources, language: Language) {
        func refuse(_ key: MessageKey, _ arguments: [String: String] = [:]) -> DraftCommand {
            .refused([.say(ChatMessage(resources.messages.text(key, language, arguments), style: .error))])
        }
        let words = argument.split(separator: " ").map(String.init)
        guard let first = words.first else { self = .newDraft; return }
        var rest = words[...]
        var key: String?
        if Int(first) != nil {
            key = first
            rest = rest.dropFirst()
        }
        guard let number = key ?? (openRecord?.flowID == "draft" ? openRecord?.key : nil) else {
            self = refuse(.draftNoneOpen)
            return
        }
        guard content.value(at: DraftFlowHooks.pointer(number)) != nil else {
            self = refuse(.draftNotFound, ["number": number])
            return
        }
        guard let actionWord = rest.first else { self = .open(number); return }
        let command = resources.commands.command(id: "draft")
        guard let action = command?.action(for: actionWord).flatMap(DraftAction.init(rawValue:)) else {
            let names = DraftAction.allCases.compactMap { command?.actions[$0.rawValue]?.text(language) }.joined(separator: ", ")
            self = refuse(.draftUnknownAction, ["action": actionWord, "actions": names])
            return
        }
        self = .act(action, on: number)
    }
}

/// What `/edit [part]` asks for: one step of the open draft or reply asked again, or what to say.
enum EditCommand: Equatable {
    /// Ask step `step` of flow `flowID` again for its record `record`.
    case ask(flowID: String, record: String, step: Int)
    /// No record is open, no part was named, or the part is unknown: what to say instead.
    case refused([ChatEffect])

    /// Reads `argument` (a part's name in any language, from the flow's `edit:` names) against the
    /// open record.
    init(_ argument: String, openRecord: OpenRecord?, content: JSONValue, resources: KuuloResources, language: Language) {
        func say(_ key: MessageKey, _ arguments: [String: String] = [:], style: ChatMessage.Style) -> EditCommand {
            .refused([.say(ChatMessage(resources.messages.text(key, language, arguments), style: style))])
        }
        guard let open = openRecord, let definition = resources.flow(open.flowID),
              let collection = definition.record.flatMap(JSONPointer.init),
              content.value(at: collection.appending(open.key)) != nil else {
            self = say(.draftNoneOpen, style: .error)
            return
        }
        let parts = definition.steps.compactMap { $0.editName?.text(language) }
        let partList = parts.joined(separator: ", ")
        let name = argument.trimmingCharacters(in: .whitespaces)
        guard !name.isEmpty else {
            self = say(.editParts, ["parts": partList, "example": parts.dropFirst(2).first ?? parts.first ?? ""], style: .hint)
            return
        }
        guard let index = definition.index(editName: name) else {
            self = say(.editUnknownPart, ["part": name, "parts": partList], style: .error)
            return
        }
        self = .ask(flowID: open.flowID, record: open.key, step: index)
    }
}

extension DraftWorkflow {
    /// Moves draft `key` along as `/draft <action>` asks (`copy` only shows its texts).
    mutating func perform(_ action: DraftAction, on key: String) -> [ChatEffect] {
        switch action {
        case .copy: return copyDraft(key)
        case .ready:
            if !isPublished(key), let refusal = missingPartsRefusal(key) { return [refusal] }
            return setStatus(.ready, of: key)
        case .correct: return correctDraft(key)
        case .approve: return approveDraft(key)
        case .published: return setStatus(.published, of: key)
        }
    }
}
