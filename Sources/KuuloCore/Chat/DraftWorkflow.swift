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
    let checkSession: () -> CheckSession
    /// The summary of the revision a status change asks to record, once one is made.
    public internal(set) var revision: String?

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

    func languageName(_ code: String) -> String { reader.languageName(code) }

    func draftPointer(_ key: String) -> JSONPointer { DraftFlowHooks.pointer(key) }

    func primaryLanguage(of draft: JSONValue) -> String { reader.draft.primaryLanguage(of: draft) }

    /// Every text of the draft: for each channel, the version in the language it was written in and
    /// one for each other language that has been written.
    func draftVersions(_ key: String) -> [DraftVersion] {
        guard let json = content.value(at: draftPointer(key)) else { return [] }
        let draft = Draft(number: key, json: json)
        let limits = resources.platformLimits
        let catalogue = resources.channelCatalogue
        let primary = draft.language ?? language.rawValue
        let others = draft.otherLanguages(besides: primary)
        var versions: [DraftVersion] = []
        // The texts are put together for the channels the trustee chose; texts of a channel taken off
        // the list are not kept.
        for channel in draft.channels ?? [] {
            let kind = content["channels"]?[channel]?["kind"]?.stringValue ?? channel
            let platformID = catalogue.entry(kind)?.platform ?? limits.platform(for: kind)?.id
            let platform = platformID.flatMap { limits.platform(for: $0) }
            let linkInBio = platform?.limit("links.clickable")?.value == 0
            for code in [primary] + others {
                let inBio = resources.messages.text(.draftLinkInBio, Language(rawValue: code) ?? language, [:])
                let body = code == primary ? nil : draft.versions?[code]
                if code != primary, body?.isEmpty ?? true { continue }
                let text = DraftComposer.compose(draft, body: body, linkInBio: linkInBio, linkInBioText: inBio)
                versions.append(DraftVersion(channel: channel, language: code, text: text, platform: platform))
            }
        }
        return versions
    }

    /// The session's checks.
    var checks: CheckSession { checkSession() }

    /// The checks of one text, with the content rules in its language when Kuulo has dictionaries for it.
    func checkReport(_ version: DraftVersion, replyMode: Bool = false) -> CheckReport {
        let checkLanguage = Language(rawValue: version.language)
        return checks.check(version.text, plan: content, request: CheckRequest(
            platforms: version.platform.map { [$0] } ?? [], language: checkLanguage, fallbackLanguage: checkLanguage ?? language,
            replyMode: replyMode, content: checkLanguage != nil))
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
        let schedule = DraftSchedule(draft: draft, rules: checks.scheduleRules, channelNames: names)
        return checks.wholePostFindings(schedule, plan: content)
    }

    /// The findings as indented lines, or the all-clear.
    func findingsEffect(_ report: CheckReport) -> ChatEffect {
        findingsEffect(report.findings)
    }

    /// The findings as indented lines, or the all-clear.
    func findingsEffect(_ findings: [Finding]) -> ChatEffect {
        guard !findings.isEmpty else { return say(.draftFindingsNone, style: .success) }
        let catalog = CheckCatalog(data: resources.data)
        let hasErrors = findings.contains { $0.severity == .error }
        let lines = findings.map { finding -> String in
            let severity: MessageKey = finding.severity == .error ? .checkSeverityError : (finding.severity == .warning ? .checkSeverityWarning : .checkSeverityInfo)
            return "  \(text(severity)): \(catalog.text(finding, language)) [\(finding.rule)]"
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
        return found.map { say(.redactOffer, ["command": "/" + command, "text": $0], style: .hint) }
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

    /// Puts a finished (or edited) draft together for each of its channels and languages, records
    /// status, time zone and author, and shows each text with what the checks found. A draft that
    /// changes after review goes back to "draft".
    mutating func assembleDraft(_ key: String) -> [ChatEffect] {
        let base = draftPointer(key)
        guard let draft = content.value(at: base) else { return [] }
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
            if Language(rawValue: version.language) == nil {
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
                                            "when": draft.scheduledAt?.replacingOccurrences(of: "T", with: " ") ?? "–",
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
        let author = content.value(at: draftPointer(key))?["author"]?.stringValue
        if let author, author == userName { effects.append(say(.draftApprovedOwn, style: .hint)) }
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
        let arguments = ["number": key, "user": userName ?? text(.unknownAuthor), "time": now, "status": text(status.messageKey)]
        revision = text(.revisionDraftStatus, arguments)
        return [.persist, say(message, arguments, style: .success)]
    }
}
