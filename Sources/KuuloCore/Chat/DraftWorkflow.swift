import Foundation

/// A draft's life in the plan: its texts for each channel and language put together and checked,
/// the statuses it goes through, approval, and the final texts to copy. The chat calls it, and so
/// can a subcommand: it reads and writes only `content`.
public struct DraftWorkflow {
    /// The plan's content.
    public var content: JSONValue
    /// The shared data: texts, catalogues, check data.
    public let resources: KuuloResources
    /// The language the drafts are shown in (and a new draft is written in).
    public let language: Language
    /// Who is working on the drafts.
    public let userName: String?
    /// The time now, for status changes.
    public let now: Date
    /// Word boundaries for CamelCase hashtags, when available.
    public let segmenter: (any WordSegmenter)?
    /// The check session (word lists, and checkers when the front end gives them), made on first use.
    /// Times as the trustee reads them: local, in the language's format.
    var times: TimeDisplay { TimeDisplay(data: resources.data, language: language, content: content, now: now) }
    let checkSession: () -> CheckSession
    /// The summary of the revision a status change asks to record, once one is made.
    public internal(set) var revision: String?
    /// A draft the last action made and opened (a correction), once one is made.
    public internal(set) var openedRecord: String?

    /// A workflow over `content`.
    init(content: JSONValue, resources: KuuloResources, language: Language, userName: String?, now: Date,
         segmenter: (any WordSegmenter)?, checkSession: @escaping () -> CheckSession) {
        self.content = content
        self.resources = resources
        self.language = language
        self.userName = userName
        self.now = now
        self.segmenter = segmenter
        self.checkSession = checkSession
    }

    var reader: FlowPlanReader {
        FlowPlanReader(content: content, resources: resources, language: language, userName: userName, state: nil,
                       planPath: "", revision: 0, now: now)
    }

    var organisationName: String? { reader.organisationName }

    func text(_ key: MessageKey, _ arguments: [String: String] = [:]) -> String {
        resources.messages.text(key, language, arguments)
    }

    func say(_ key: MessageKey, _ arguments: [String: String] = [:], style: ChatMessage.Style = .plain) -> ChatEffect {
        .say(ChatMessage(text(key, arguments), style: style))
    }

    func itemName(_ item: String) -> String { reader.itemName(item) }

    /// A language's name; a bilingual caption's (`fi+en`) is its languages' names joined.
    func languageName(_ code: String) -> String {
        code.split(separator: "+").map { reader.languageName(String($0)) }.joined(separator: " + ")
    }

    func draftPointer(_ key: String) -> JSONPointer { DraftFlowHooks.pointer(key) }

    func primaryLanguage(of draft: JSONValue) -> String { reader.draft.primaryLanguage(of: draft) }

    /// Every text of the draft, per channel and language (see `DraftVersions`).
    func draftVersions(_ key: String) -> [DraftVersion] {
        DraftVersions(content: content, resources: resources, language: language).versions(key)
    }

    /// The first comment of each of the draft's channels that puts the hashtags there.
    func firstComments(_ key: String) -> [String: JSONValue] {
        DraftVersions(content: content, resources: resources, language: language).firstComments(key)
    }

    /// The session's checks.
    var checks: CheckSession { checkSession() }

    /// The checks of one text, with the content rules in its language when Kuulo has dictionaries for it.
    func checkReport(_ version: DraftVersion, replyMode: Bool = false) -> CheckReport {
        // One caption in several languages is checked paragraph by paragraph, each in its own language.
        let together = version.isBilingual
        let checkLanguage = together ? nil : Language(rawValue: version.language)
        return checks.check(version.text, plan: content, request: CheckRequest(
            platforms: version.platform.map { [$0] } ?? [], language: checkLanguage, fallbackLanguage: checkLanguage ?? language,
            replyMode: replyMode, content: together || checkLanguage != nil, publishAt: version.publishAt))
    }

    /// The findings about the draft as a whole: alt text, and its time against the channels' cadence
    /// and the rest of the calendar.
    func wholeDraftFindings(_ key: String) -> [Finding] {
        guard let json = content.value(at: draftPointer(key)) else { return [] }
        let draft = Draft(number: key, json: json)
        var names: [String: LocalizedText] = [:]
        for channel in draft.allChannels {
            let kind = content["channels"]?[channel]?["kind"]?.stringValue ?? channel
            names[channel] = content["channels"]?[channel]?["name"]?.stringValue.map(OneLineText.make).map { LocalizedText([.fi: $0, .en: $0]) }
                ?? resources.channelCatalogue.entry(kind)?.name
        }
        var schedule = DraftSchedule(draft: draft, rules: checks.scheduleRules, channelNames: names)
        // A published post went out when it did; only a post still to go can be late.
        schedule.checkedAt = draft.currentStatus == .published ? nil : now
        return checks.wholePostFindings(schedule, plan: content)
    }

    /// The findings as indented lines, or the all-clear.
    func findingsEffect(_ report: CheckReport) -> ChatEffect {
        findingsEffect(report.findings)
    }

    /// The findings as indented lines, or the all-clear. The rule's id ("privacy.email") is left to
    /// the command line's `kuulo check`: in the chat it is an internal name the trustee cannot use.
    func findingsEffect(_ findings: [Finding]) -> ChatEffect {
        guard !findings.isEmpty else { return say(.draftFindingsNone, style: .success) }
        let catalog = CheckCatalog(data: resources.data)
        let hasErrors = findings.contains { $0.severity == .error }
        let lines = findings.map { finding -> String in
            let severity: MessageKey = finding.severity == .error ? .checkSeverityError : (finding.severity == .warning ? .checkSeverityWarning : .checkSeverityInfo)
            return "  \(text(severity)): \(catalog.text(finding, language))"
        }
        return .say(ChatMessage(lines.joined(separator: "\n"), style: hasErrors ? .error : .hint))
    }

    /// For personal data a privacy check found in `text` (an identity code, a phone number, an
    /// account number, an address), the command that removes it from the plan's history too:
    /// taking it out of the draft leaves it in every earlier revision.
    func redactionOffers(for findings: [Finding], in text: String) -> [ChatEffect] {
        let scalars = Array(text.unicodeScalars)
        var found: [String] = []
        for finding in findings where finding.rule.rawValue.hasPrefix("privacy.") && finding.severity != .info {
            let start = max(0, min(finding.start, scalars.count)), end = max(start, min(finding.end, scalars.count))
            var piece = String.UnicodeScalarView()
            piece.append(contentsOf: scalars[start..<end])
            let value = String(piece)
            if value.count >= PlanRedaction.minimumLength, !found.contains(value) { found.append(value) }
        }
        guard !found.isEmpty, let command = resources.commands.command(id: CommandAction.redact.rawValue)?.names[language] else { return [] }
        // One offer for all of them: the same sentence once, then a command per piece of data.
        let commands = found.map { "/" + command + " " + $0 }
        let listed = commands.count == 1 ? commands[0] : commands.map { "  " + $0 }.joined(separator: "\n")
        return [.say(ChatMessage(resources.messages.text(.redactOffer, language, count: found.count, ["commands": listed]), style: .hint))]
    }

    /// The text as it will look: on a platform that folds long texts (Facebook), a line marks where
    /// "See more" cuts it on a phone.
    func previewText(_ version: DraftVersion) -> String {
        guard let fold = version.platform?.limit("text.fold.mobile")?.value, fold > 0, version.text.count > fold else { return version.text }
        var cut = version.text.index(version.text.startIndex, offsetBy: fold)
        // Fold at the last space before the limit, as the platform does, not in the middle of a word.
        if let space = version.text[..<cut].lastIndex(where: { $0 == " " || $0 == "\n" }) { cut = space }
        let head = version.text[..<cut].trimmingCharacters(in: .whitespaces)
        let tail = version.text[cut...].trimmingCharacters(in: .whitespaces)
        return head + "\n" + text(.draftPreviewFold, ["count": String(fold)]) + "\n" + tail
    }

    /// Opens draft `key`: its number and status, the draft put together again with today's plan and
    /// checked, and what can be done with it next.
    mutating func openDraft(_ key: String) -> [ChatEffect] {
        let status = DraftStatus(rawValue: content.value(at: draftPointer(key))?["status"]?.stringValue ?? "") ?? .draft
        // A published post is shown as it went out, with the way to correct it.
        return [say(.draftOpened, ["number": key, "status": text(status.messageKey)], style: .heading)] + assembleDraft(key)
            + [say(isPublished(key) ? .draftPublishedNoEdit : .draftActions, ["number": key], style: .hint)]
    }

    /// Puts a finished (or edited) draft together for each of its channels and languages, records
    /// status, time zone and author, and shows each text with what the checks found. A draft that
    /// changes after review goes back to "draft".
    mutating func assembleDraft(_ key: String) -> [ChatEffect] {
        let base = draftPointer(key)
        guard let draft = content.value(at: base) else { return [] }
        // A published post stays as it went out: shown, never put together again.
        if isPublished(key) { return copyDraft(key) }
        if draft["language"] == nil { content.setValue(.string(language.rawValue), at: base.appending("language")) }
        var effects: [ChatEffect] = []
        var texts: [String: [String: JSONValue]] = [:]
        for version in draftVersions(key) {
            texts[version.channel, default: [:]][version.language] = .string(version.text)
            let header: MessageKey = version.language == language.rawValue ? .draftPreviewHeader : .draftPreviewHeaderLanguage
            let report = checkReport(version)
            effects.append(say(header, ["channel": itemName(version.channel), "language": languageName(version.language),
                                        "graphemes": String(report.graphemes)], style: .heading))
            effects.append(.say(ChatMessage(previewText(version), style: .plain)))
            if !version.isBilingual, Language(rawValue: version.language) == nil {
                effects.append(say(.draftNoLanguageChecks, ["language": languageName(version.language)], style: .hint))
            }
            effects.append(findingsEffect(report))
            effects += redactionOffers(for: report.findings, in: version.text)
        }
        let whole = wholeDraftFindings(key)
        if !whole.isEmpty {
            effects.append(say(.draftWholeHeader, style: .heading))
            effects.append(findingsEffect(whole))
        }
        let primary = primaryLanguage(of: content.value(at: base) ?? draft)
        let typed = Draft(number: key, json: draft)
        for code in typed.otherLanguages(besides: primary) where (typed.versions?[code] ?? "").isEmpty {
            effects.append(say(.draftVersionMissing, ["language": languageName(code)], style: .hint))
        }
        let newTexts = JSONValue.object(texts.mapValues { JSONValue.object($0) })
        let status = draft["status"]?.stringValue.flatMap(DraftStatus.init(rawValue:))
        if let status, status == .ready || status == .approved, let old = draft["texts"], old != newTexts {
            content.setValue(.string(DraftStatus.draft.rawValue), at: base.appending("status"))
            content.setValue(nil, at: base.appending("reviewedBy"))
            content.setValue(nil, at: base.appending("reviewedAt"))
            effects.append(say(.draftBackToDraft, ["number": key, "status": text(status.messageKey)], style: .hint))
        } else if status == nil {
            content.setValue(.string(DraftStatus.draft.rawValue), at: base.appending("status"))
        }
        content.setValue(newTexts, at: base.appending("texts"))
        let comments = firstComments(key)
        content.setValue(comments.isEmpty ? nil : .object(comments), at: base.appending("firstComments"))
        if let title = draft["keyMessage"] { content.setValue(title, at: base.appending("title")) }
        if draft["timeZone"] == nil {
            content.setValue(.string(content["organisation"]?["timeZone"]?.stringValue ?? "Europe/Helsinki"), at: base.appending("timeZone"))
        }
        if draft["author"] == nil, let userName { content.setValue(.string(userName), at: base.appending("author")) }
        return effects
    }

    /// `/drafts`: the drafts in the plan, newest first.
    func draftsListing() -> String {
        let drafts = content["calendar"]?["drafts"]?.objectValue ?? [:]
        guard !drafts.isEmpty else { return text(.draftsEmpty) }
        var lines = [text(.draftsHeader)]
        for key in drafts.keys.sorted(by: { (Int($0) ?? 0) > (Int($1) ?? 0) }) {
            guard let json = drafts[key] else { continue }
            let draft = Draft(number: key, json: json)
            let status = DraftStatus(rawValue: draft.currentStatus.rawValue) ?? .draft
            lines.append(text(.draftsLine, ["number": key, "status": text(status.messageKey),
                                            "when": draft.scheduledAt.map(times.local) ?? "–",
                                            "title": draft.title ?? draft.keyMessage ?? "",
                                            "channels": draft.allChannels.map(itemName).joined(separator: ", ")]))
        }
        return lines.joined(separator: "\n")
    }
    /// The final texts, plainly, one per channel and language, for copying: the texts kept in the plan,
    /// read as `kuulo plan export --draft` reads them.
    func copyDraft(_ key: String) -> [ChatEffect] {
        guard let draft = content.value(at: draftPointer(key)) else { return [] }
        var effects: [ChatEffect] = []
        for entry in DraftTextExport.entries(of: draft) {
            effects.append(say(.draftCopyHeader, ["channel": itemName(entry.channel), "language": languageName(entry.language)], style: .heading))
            effects.append(.say(ChatMessage(entry.text, style: .plain)))
        }
        for extra in DraftTextExport.extras(of: draft) {
            effects.append(.say(ChatMessage(copyHeading(extra), style: .heading)))
            effects.append(.say(ChatMessage(extra.text, style: .plain)))
        }
        return effects
    }

    /// The heading of a first comment or an alt text when a draft is copied.
    func copyHeading(_ extra: DraftTextExport.Extra) -> String {
        switch extra {
        case .firstComment(let channel, _): return text(.draftCopyFirstComment, ["channel": itemName(channel)])
        case .altText(let media, _): return text(media == "video" ? .draftCopyAltTextVideo : .draftCopyAltText)
        }
    }

    /// Approves a draft that has its required parts and whose checks find no errors, by someone other
    /// than its author unless the ground rules allow approving one's own; the reviewer and the time
    /// are recorded.
    mutating func approveDraft(_ key: String) -> [ChatEffect] {
        if isPublished(key) { return setStatus(.approved, of: key) }
        if let refusal = missingPartsRefusal(key) { return [refusal] }
        let errors = draftVersions(key).reduce(0) { count, version in
            count + checkReport(version).findings.filter { $0.severity == .error }.count
        } + wholeDraftFindings(key).filter { $0.severity == .error }.count
        guard errors == 0 else {
            return [say(.draftApproveErrors, ["number": key, "count": String(errors)], style: .error)]
        }
        let author = content.value(at: draftPointer(key))?["author"]?.stringValue
        let own = author != nil && author == userName
        if own, !selfApprovalAllowed { return [say(.draftApproveOwnRefused, ["number": key], style: .error)] }
        var effects = setStatus(.approved, of: key)
        if own { effects.append(say(.draftApprovedOwn, style: .hint)) }
        return effects
    }

    /// Moves a draft to `status`, recording who and when, as a revision of its own.
    mutating func setStatus(_ status: DraftStatus, of key: String) -> [ChatEffect] {
        let base = draftPointer(key)
        let current = DraftStatus(rawValue: content.value(at: base)?["status"]?.stringValue ?? "") ?? .draft
        if current == .published { return [say(.draftAlreadyPublished, ["number": key], style: .hint)] }
        if status == .published, current != .approved {
            return [say(.draftNotApproved, ["number": key, "status": text(current.messageKey)], style: .error)]
        }
        let now = Timestamp.iso(now)
        let who = JSONValue.string(userName ?? text(.unknownAuthor))
        content.setValue(.string(status.rawValue), at: base.appending("status"))
        let message: MessageKey
        switch status {
        case .ready:
            content.setValue(.string(now), at: base.appending("readyAt"))
            message = .draftReady
        case .approved:
            content.setValue(who, at: base.appending("reviewedBy"))
            content.setValue(.string(now), at: base.appending("reviewedAt"))
            message = .draftApproved
        case .published:
            content.setValue(who, at: base.appending("publishedBy"))
            content.setValue(.string(now), at: base.appending("publishedAt"))
            message = .draftPublished
        case .draft:
            message = .draftOpened
        }
        let arguments = ["number": key, "user": userName ?? text(.unknownAuthor), "time": times.timestamp(now), "status": text(status.messageKey)]
        revision = text(.revisionDraftStatus, arguments)
        return [.persist, say(message, arguments, style: .success)]
    }
}
