import Foundation

/// Winds up a finished flow: its completion hook (putting a draft or a reply together, or checking
/// the channel map), the summary of the revision it makes and its closing lines. The chat records
/// the revision between `assemble` and `closing`, so the closing lines see the recorded plan.
struct FlowCompletionHandler {
    /// The flow that finished.
    let definition: Flow
    /// The record the flow filled in (a draft's or a reply's key), if it fills one.
    let recordKey: String?
    let resources: KuuloResources
    let language: Language
    /// Whether only a part of the flow was asked (one tip, one channel): its `outroPart` closes it.
    var part = false
    /// Base forms for finding followed keywords in what a member said.
    var lemmatizer: (any Lemmatizer)? = nil

    /// What the completion hook changed: the lines to show, the plan it left, a revision the draft
    /// workflow asks for, and the record to keep open.
    struct Assembly {
        /// The lines to show (a preview and its findings).
        var effects: [ChatEffect]
        /// The plan's content after the hook.
        var content: JSONValue
        /// A revision summary the draft workflow asks to record.
        var revision: String?
        /// The draft or reply the chat keeps open for the commands that follow.
        var openRecord: OpenRecord
    }

    /// Puts the flow's draft or reply together with the workflows built by `drafts` (built only
    /// when the flow has such a hook); nil when the flow assembles nothing.
    func assemble(_ drafts: @autoclosure () -> DraftWorkflow) -> Assembly? {
        guard let recordKey else { return nil }
        let open = OpenRecord(flowID: definition.id, key: recordKey)
        switch definition.onComplete {
        case .draftAssemble?:
            var workflow = drafts()
            let effects = workflow.assembleDraft(recordKey)
            return Assembly(effects: effects, content: workflow.content, revision: workflow.revision, openRecord: open)
        case .replyAssemble?:
            var workflow = ReplyWorkflow(drafts: drafts())
            let effects = workflow.assembleReply(recordKey)
            return Assembly(effects: effects, content: workflow.content, revision: nil, openRecord: open)
        case .listenClassify?:
            let workflow = drafts()
            let classified = ListeningCommand(resources: resources, language: language)
                .classify(recordKey, in: workflow.content, now: workflow.now, lemmatizer: lemmatizer)
            return Assembly(effects: classified.effects, content: classified.content, revision: nil, openRecord: open)
        case .handoverApply?:
            let workflow = drafts()
            let handover = TermHandover(resources: resources, language: language, now: workflow.now).apply(recordKey, to: workflow.content)
            return Assembly(effects: handover.effects, content: handover.content, revision: nil, openRecord: open)
        default:
            return nil
        }
    }

    /// The summary of the revision the finished flow makes, filled with `arguments` and the record key.
    func revisionSummary(_ arguments: [String: String]) -> String {
        fillTemplate(definition.summary.text(language), arguments.merging(["draft": recordKey ?? ""]) { $1 })
    }

    /// The closing lines over the plan `content`: the outro, the channel advice when the flow asks
    /// for it, then the draft's actions or what to do next (`nextStep`, asked only when shown).
    /// `before` comes between the outro and the rest (the forms of a name just made).
    func closing(content: JSONValue, arguments: [String: String], nextStep: () -> String, before: [ChatEffect] = []) -> [ChatEffect] {
        var effects: [ChatEffect] = []
        if let outro = (part ? definition.outroPart : nil) ?? definition.outro {
            effects.append(.say(ChatMessage(fillTemplate(outro.text(language), arguments.merging(["draft": recordKey ?? ""]) { $1 }), style: .success)))
        }
        effects += before
        if definition.onComplete == .channelAdvice { effects += Self.channelAdvice(content, resources: resources, language: language) }
        if definition.onComplete == .draftAssemble, let recordKey {
            effects.append(.say(ChatMessage(resources.messages.text(.draftActions, language, ["number": recordKey]), style: .hint)))
        } else if definition.onComplete != .replyAssemble {
            effects.append(.say(ChatMessage(nextStep(), style: .hint)))
        }
        return effects
    }

    /// The channel map of `content` checked as a whole, as lines to show.
    static func channelAdvice(_ content: JSONValue, resources: KuuloResources, language: Language) -> [ChatEffect] {
        let text = { (key: MessageKey, arguments: [String: String]) in resources.messages.text(key, language, arguments) }
        let advice = ChannelAdvisor.advise(content, catalogue: resources.channelCatalogue, language: language)
        if advice.isEmpty { return [.say(ChatMessage(text(.channelAdviceNone, [:]), style: .success))] }
        let lines = [text(.channelAdviceHeader, [:])] + advice.map { piece in
            var arguments = piece.arguments
            if let channel = arguments["channel"] {
                let own = piece.channelID.flatMap { content["channels"]?[$0]?["nameForms"] }.map(NameForms.init(json:))
                arguments.merge(NamePlaceholder.channelArguments("channel", channel: channel, own: own, catalogue: resources.channelCatalogue,
                                                                language: language, data: resources.data)) { current, _ in current }
            }
            return text(piece.key, arguments)
        }
        return [.say(ChatMessage(lines.joined(separator: "\n"), style: .plain))]
    }
}
