import Foundation

/// A record a flow filled (a draft, a reply) that `/edit` and the draft commands act on.
public struct OpenRecord: Equatable, Sendable {
    /// The flow that fills it (`draft`, `reply`).
    public var flowID: String
    /// Its key in the flow's record collection (`3`).
    public var key: String
}

/// The language libraries and word lists draft checks use, loaded on the first check and then kept:
/// opening Voikko (and Hunspell, on the first English word) again for every text was repeated I/O.
final class DraftCheckCache: @unchecked Sendable {
    var services: LanguageServices?
    var data: DraftRuleData?
}

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
    /// Every text of the draft: for each channel, the version in the language it was written in and
    /// one for each other language that has been written.
    func draftVersions(_ key: String) -> [DraftVersion] {
        guard let draft = document.content.value(at: draftPointer(key)) else { return [] }
        let limits = resources.platformLimits
        let catalogue = resources.channelCatalogue
        let primary = primaryLanguage(of: draft)
        let others = (draft["otherLanguages"]?.stringArray ?? []).filter { $0 != primary }
        var versions: [DraftVersion] = []
        for channel in draft["channels"]?.stringArray ?? [] {
            let kind = document.content["channels"]?[channel]?["kind"]?.stringValue ?? channel
            let platformID = catalogue.entry(kind)?.platform ?? limits.platform(for: kind)?.id
            let platform = platformID.flatMap { limits.platform(for: $0) }
            let linkInBio = platform?.limit("links.clickable")?.value == 0
            for code in [primary] + others {
                let inBio = resources.messages.text(.draftLinkInBio, Language(rawValue: code) ?? language, [:])
                let body = code == primary ? nil : draft["versions"]?[code]?.stringValue
                if code != primary, body?.isEmpty ?? true { continue }
                let text = DraftComposer.compose(draft, body: body, linkInBio: linkInBio, linkInBioText: inBio)
                versions.append(DraftVersion(channel: channel, language: code, text: text, platform: platform))
            }
        }
        return versions
    }

    /// The checks of one text, with the content rules in its language when Kuulo has dictionaries for it.
    func checkReport(_ version: DraftVersion, replyMode: Bool = false) -> CheckReport {
        var content: CheckContext.ContentRules?
        if let checkLanguage = Language(rawValue: version.language), let tools = draftCheckTools() {
            content = CheckContext.ContentRules(
                options: DraftRuleOptions(language: checkLanguage, fallbackLanguage: checkLanguage, replyMode: replyMode,
                                          publicContacts: PublicContacts(json: document.content["organisation"]?["publicContacts"]),
                                          knownWords: CheckContext.knownWords(in: document.content),
                                          acronyms: organisationName.map { [$0] } ?? []),
                services: tools.services, data: tools.data)
        }
        return DraftChecker().check(version.text, context: CheckContext(
            platforms: version.platform.map { [$0] } ?? [], plan: document.content,
            genericTags: resources.data.tree("Knowledge/data/generic-hashtags.yaml")?["generic"]?.stringArray ?? [],
            segmenter: segmenter, content: content))
    }

    /// The installed checkers and the word lists, loaded once per session; `nil` when the front end
    /// gives no checkers (the content rules are then skipped).
    func draftCheckTools() -> (services: LanguageServices, data: DraftRuleData)? {
        let cache = draftCheckCache
        if let services = cache.services, let data = cache.data { return (services, data) }
        guard let checkServices else { return nil }
        let services = checkServices()
        let data = DraftRuleData(data: resources.data)
        cache.services = services
        cache.data = data
        return (services, data)
    }

    /// The findings about the draft as a whole: alt text, and its time against the channels' cadence
    /// and the rest of the calendar.
    func wholeDraftFindings(_ key: String) -> [Finding] {
        guard let draft = document.content.value(at: draftPointer(key)) else { return [] }
        var names: [String: LocalizedText] = [:]
        for channel in draft["channels"]?.stringArray ?? [] {
            let kind = document.content["channels"]?[channel]?["kind"]?.stringValue ?? channel
            names[channel] = document.content["channels"]?[channel]?["name"]?.stringValue.map { LocalizedText([.fi: $0, .en: $0]) }
                ?? resources.channelCatalogue.entry(kind)?.name
        }
        let schedule = DraftSchedule(draft: draft, number: key, rules: ScheduleRuleData(data: resources.data), channelNames: names)
        return DraftChecker().scheduleFindings(schedule, plan: document.content)
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
        for code in draft["otherLanguages"]?.stringArray ?? [] where code != primary && (draft["versions"]?[code]?.stringValue ?? "").isEmpty {
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
            guard let draft = drafts[key] else { continue }
            let status = DraftStatus(rawValue: draft["status"]?.stringValue ?? "draft") ?? .draft
            lines.append(text(.draftsLine, ["number": key, "status": text(status.messageKey),
                                            "when": draft["scheduledAt"]?.stringValue?.replacingOccurrences(of: "T", with: " ") ?? "–",
                                            "title": draft["title"]?.stringValue ?? draft["keyMessage"]?.stringValue ?? "",
                                            "channels": (draft["channels"]?.stringArray ?? []).map(itemName).joined(separator: ", ")]))
        }
        return lines.joined(separator: "\n")
    }
}

/// Builds a post's text from a draft's parts, in the order a reader needs them.
public enum DraftComposer {
    /// Key message, details, call to action with the link (or "link in bio" where links are not
    /// clickable), signature, then the hashtags. With `body` (another language's version), that text
    /// takes the place of the key message, details and call to action.
    public static func compose(_ draft: JSONValue, body: String? = nil, linkInBio: Bool, linkInBioText: String) -> String {
        var paragraphs: [String] = []
        var action: String
        if let body {
            paragraphs.append(body)
            action = ""
        } else {
            for key in ["keyMessage", "details"] {
                if let text = draft[key]?.stringValue, !text.isEmpty { paragraphs.append(text) }
            }
            action = draft["callToAction"]?.stringValue ?? ""
        }
        if let link = draft["link"]?.stringValue, !link.isEmpty {
            let shown = linkInBio ? linkInBioText : link
            action = action.isEmpty ? shown : action + " " + shown
        }
        if !action.isEmpty { paragraphs.append(action) }
        if let signature = draft["signature"]?.stringValue, !signature.isEmpty { paragraphs.append(signature) }
        let tags = draft["hashtags"]?.stringArray ?? []
        if !tags.isEmpty { paragraphs.append(tags.joined(separator: " ")) }
        return paragraphs.joined(separator: "\n\n")
    }
}
