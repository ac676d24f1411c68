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
    func draftPointer(_ key: String) -> JSONPointer {
        JSONPointer(tokens: ["calendar", "drafts", key])
    }

    /// The language a draft's parts are written in.
    func primaryLanguage(of draft: JSONValue) -> String {
        Draft(number: "", json: draft).language ?? language.rawValue
    }

    /// A language's name as the user reads it (`suomi`, `Swedish`), from the setup flow's options.
    func languageName(_ code: String) -> String {
        let options = resources.flow("setup")?.steps.first { $0.id == "languages" }?.options ?? []
        return options.first { $0.value == code }?.label.text(language) ?? code
    }

    /// Every text of the draft: for each channel, the version in the language it was written in and
    /// one for each other language that has been written.
    func draftVersions(_ key: String) -> [DraftVersion] {
        guard let json = document.content.value(at: draftPointer(key)) else { return [] }
        let draft = Draft(number: key, json: json)
        let limits = resources.platformLimits
        let catalogue = resources.channelCatalogue
        let primary = draft.language ?? language.rawValue
        let others = draft.otherLanguages(besides: primary)
        var versions: [DraftVersion] = []
        // The texts are put together for the channels the trustee chose; texts of a channel taken off
        // the list are not kept.
        for channel in draft.channels ?? [] {
            let kind = document.content["channels"]?[channel]?["kind"]?.stringValue ?? channel
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

    // MARK: - Checks (the one place the chat checks drafts: through its CheckSession)

    /// The session's checks: word lists, and the checkers of `checkServices` opened on first use.
    var checks: CheckSession {
        draftCheckCache.get { CheckSession(data: resources.data, services: checkServices, segmenter: segmenter) }
    }

    /// The checks of one text, with the content rules in its language when Kuulo has dictionaries for it.
    func checkReport(_ version: DraftVersion, replyMode: Bool = false) -> CheckReport {
        let checkLanguage = Language(rawValue: version.language)
        return checks.check(version.text, plan: document.content, request: CheckRequest(
            platforms: version.platform.map { [$0] } ?? [], language: checkLanguage, fallbackLanguage: checkLanguage ?? language,
            replyMode: replyMode, content: checkLanguage != nil))
    }

    /// The findings about the draft as a whole: alt text, and its time against the channels' cadence
    /// and the rest of the calendar.
    func wholeDraftFindings(_ key: String) -> [Finding] {
        guard let json = document.content.value(at: draftPointer(key)) else { return [] }
        let draft = Draft(number: key, json: json)
        var names: [String: LocalizedText] = [:]
        for channel in draft.allChannels {
            let kind = document.content["channels"]?[channel]?["kind"]?.stringValue ?? channel
            names[channel] = document.content["channels"]?[channel]?["name"]?.stringValue.map { LocalizedText([.fi: $0, .en: $0]) }
                ?? resources.channelCatalogue.entry(kind)?.name
        }
        let schedule = DraftSchedule(draft: draft, rules: checks.scheduleRules, channelNames: names)
        return checks.wholePostFindings(schedule, plan: document.content)
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
        guard let draft = document.content.value(at: base) else { return [] }
        if draft["language"] == nil { document.content.setValue(.string(language.rawValue), at: base.appending("language")) }
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
        }
        let whole = wholeDraftFindings(key)
        if !whole.isEmpty {
            effects.append(say(.draftWholeHeader, style: .heading))
            effects.append(findingsEffect(whole))
        }
        let primary = primaryLanguage(of: document.content.value(at: base) ?? draft)
        let typed = Draft(number: key, json: draft)
        for code in typed.otherLanguages(besides: primary) where (typed.versions?[code] ?? "").isEmpty {
            effects.append(say(.draftVersionMissing, ["language": languageName(code)], style: .hint))
        }
        let newTexts = JSONValue.object(texts.mapValues { JSONValue.object($0) })
        let status = draft["status"]?.stringValue.flatMap(DraftStatus.init(rawValue:))
        if let status, status == .ready || status == .approved, let old = draft["texts"], old != newTexts {
            document.content.setValue(.string(DraftStatus.draft.rawValue), at: base.appending("status"))
            document.content.setValue(nil, at: base.appending("reviewedBy"))
            document.content.setValue(nil, at: base.appending("reviewedAt"))
            effects.append(say(.draftBackToDraft, ["number": key, "status": text(status.messageKey)], style: .hint))
        } else if status == nil {
            document.content.setValue(.string(DraftStatus.draft.rawValue), at: base.appending("status"))
        }
        document.content.setValue(newTexts, at: base.appending("texts"))
        if let title = draft["keyMessage"] { document.content.setValue(title, at: base.appending("title")) }
        if draft["timeZone"] == nil {
            document.content.setValue(.string(document.content["organisation"]?["timeZone"]?.stringValue ?? "Europe/Helsinki"), at: base.appending("timeZone"))
        }
        if draft["author"] == nil, let userName { document.content.setValue(.string(userName), at: base.appending("author")) }
        return effects
    }

    /// `/drafts`: the drafts in the plan, newest first.
    func draftsListing() -> String {
        let drafts = document.content["calendar"]?["drafts"]?.objectValue ?? [:]
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

    /// The template values the drafting and reply flows use in their questions and defaults.
    var draftTemplateArguments: [String: String] {
        var arguments = ["languageName": languageName(language.rawValue)]
        let sets = HashtagStore.sets(in: document.content)
        arguments["hashtagSets"] = sets.isEmpty ? "" : text(.draftHashtagSets, ["sets": sets.joined(separator: "; ")])
        if let key = flow?.record, let json = document.content.value(at: draftPointer(key)) {
            let purposes = (Draft(number: key, json: json).channels ?? []).compactMap { channel -> String? in
                guard let purpose = document.content["channels"]?[channel]?["purpose"]?.stringValue, !purpose.isEmpty else { return nil }
                return "  " + itemName(channel) + ": " + purpose
            }
            arguments["channelPurposes"] = purposes.isEmpty ? "  " + text(.draftNoPurposes) : purposes.joined(separator: "\n")
        }
        let emails = document.content["organisation"]?["publicContacts"]?["emails"]?.stringArray ?? []
        arguments["continueDefault"] = emails.first.map { text(.replyContinueEmail, ["email": $0]) } ?? text(.replyContinueMessage)
        return arguments
    }

    /// The purpose of the first of the draft's channels that has one in the plan.
    func draftPurposeDefault() -> JSONValue? {
        guard let key = flow?.record, let json = document.content.value(at: draftPointer(key)) else { return nil }
        for channel in Draft(number: key, json: json).channels ?? [] {
            if let purpose = document.content["channels"]?[channel]?["purpose"]?.stringValue, !purpose.isEmpty { return .string(purpose) }
        }
        return nil
    }

    /// The languages of the plan other than the one the draft is written in.
    func otherLanguageOptions() -> [FlowOption] {
        let written = flow?.record.flatMap { document.content.value(at: draftPointer($0)) }.map(primaryLanguage) ?? language.rawValue
        return (document.content["organisation"]?["languages"]?.stringArray ?? []).filter { $0 != written }.map { code in
            let options = resources.flow("setup")?.steps.first { $0.id == "languages" }?.options ?? []
            let label = options.first { $0.value == code }?.label ?? LocalizedText([.fi: code, .en: code])
            return FlowOption(value: code, label: label, aliases: [code])
        }
    }

    /// A saved hashtag set's tags when `item` names one (typed without `#`).
    func hashtagSet(named item: String) -> [String]? {
        guard !item.hasPrefix("#"), !item.hasPrefix("＃") else { return nil }
        let wanted = item.lowercased()
        for entry in (document.content["hashtags"]?["sets"]?.objectValue ?? [:]).values {
            if entry["name"]?.stringValue?.lowercased() == wanted {
                return (entry["tags"]?.stringArray ?? []).map { $0.hasPrefix("#") ? $0 : "#" + $0 }
            }
        }
        return nil
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
