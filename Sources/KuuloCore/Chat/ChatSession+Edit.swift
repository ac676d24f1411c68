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
        case .copy: return copyDraft(number)
        case .ready: return left + setStatus(.ready, of: number)
        case .approve: return left + approveDraft(number)
        case .published: return left + setStatus(.published, of: number)
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

    /// The final texts, plainly, one per channel and language, for copying: the texts kept in the plan,
    /// read as `kuulo plan export --draft` reads them.
    func copyDraft(_ key: String) -> [ChatEffect] {
        guard let draft = document.content.value(at: draftPointer(key)) else { return [] }
        var effects: [ChatEffect] = []
        for entry in DraftTextExport.entries(of: draft) {
            effects.append(say(.draftCopyHeader, ["channel": itemName(entry.channel), "language": languageName(entry.language)], style: .heading))
            effects.append(.say(ChatMessage(entry.text, style: .plain)))
        }
        return effects
    }

    /// Approves a draft whose checks find no errors; the reviewer and the time are recorded.
    mutating func approveDraft(_ key: String) -> [ChatEffect] {
        let errors = draftVersions(key).reduce(0) { count, version in
            count + checkReport(version).findings.filter { $0.severity == .error }.count
        } + wholeDraftFindings(key).filter { $0.severity == .error }.count
        guard errors == 0 else {
            return [say(.draftApproveErrors, ["number": key, "count": String(errors)], style: .error)]
        }
        var effects = setStatus(.approved, of: key)
        let author = document.content.value(at: draftPointer(key))?["author"]?.stringValue
        if let author, author == userName { effects.append(say(.draftApprovedOwn, style: .hint)) }
        return effects
    }

    /// Moves a draft to `status`, recording who and when, as a revision of its own.
    mutating func setStatus(_ status: DraftStatus, of key: String) -> [ChatEffect] {
        let base = draftPointer(key)
        let current = DraftStatus(rawValue: document.content.value(at: base)?["status"]?.stringValue ?? "") ?? .draft
        if current == .published { return [say(.draftAlreadyPublished, ["number": key], style: .hint)] }
        if status == .published, current != .approved {
            return [say(.draftNotApproved, ["number": key, "status": text(current.messageKey)], style: .error)]
        }
        let now = Timestamp.iso(clock())
        let who = JSONValue.string(userName ?? text(.unknownAuthor))
        document.content.setValue(.string(status.rawValue), at: base.appending("status"))
        let message: MessageKey
        switch status {
        case .ready:
            document.content.setValue(.string(now), at: base.appending("readyAt"))
            message = .draftReady
        case .approved:
            document.content.setValue(who, at: base.appending("reviewedBy"))
            document.content.setValue(.string(now), at: base.appending("reviewedAt"))
            message = .draftApproved
        case .published:
            document.content.setValue(who, at: base.appending("publishedBy"))
            document.content.setValue(.string(now), at: base.appending("publishedAt"))
            message = .draftPublished
        case .draft:
            message = .draftOpened
        }
        let arguments = ["number": key, "user": userName ?? text(.unknownAuthor), "time": now, "status": text(status.messageKey)]
        record(text(.revisionDraftStatus, arguments))
        return [.persist, say(message, arguments, style: .success)]
    }

    /// Puts a reply to a critical comment together, checks it in reply mode (hostile or shouting tone
    /// is an error) and says whether it is ready to post.
    mutating func assembleReply(_ key: String) -> [ChatEffect] {
        let base = JSONPointer(tokens: ["interaction", "replies", key])
        guard let reply = document.content.value(at: base) else { return [] }
        let opening = [reply["acknowledge"]?.stringValue, reply["facts"]?.stringValue].compactMap { $0 }.filter { !$0.isEmpty }
        let paragraphs = [opening.joined(separator: " "), reply["continueAt"]?.stringValue ?? "", reply["signature"]?.stringValue ?? ""]
        let text = paragraphs.filter { !$0.isEmpty }.joined(separator: "\n\n")
        let report = checkReport(DraftVersion(channel: "", language: language.rawValue, text: text, platform: nil), replyMode: true)
        document.content.setValue(.string(text), at: base.appending("text"))
        document.content.setValue(.string(language.rawValue), at: base.appending("language"))
        if reply["author"] == nil, let userName { document.content.setValue(.string(userName), at: base.appending("author")) }
        if reply["createdAt"] == nil { document.content.setValue(.string(Timestamp.iso(clock())), at: base.appending("createdAt")) }
        return [say(.replyPreviewHeader, ["graphemes": String(report.graphemes)], style: .heading),
                .say(ChatMessage(text, style: .plain)),
                findingsEffect(report),
                say(report.hasErrors ? .replyFixFirst : .replyLooksGood, style: report.hasErrors ? .error : .success)]
    }
}

/// What `/draft N <action>` can do; the words are in `Prompts/commands.yaml`.
enum DraftAction: String, CaseIterable {
    case ready, approve, published, copy
}
