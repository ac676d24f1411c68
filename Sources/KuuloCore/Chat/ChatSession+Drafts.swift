import Foundation

extension ChatSession {
    /// Puts a finished draft together for each of its channels, records status, time zone and author,
    /// and shows each text with what the checks found.
    mutating func assembleDraft(_ key: String) -> [ChatEffect] {
        let base = JSONPointer(tokens: ["calendar", "drafts", key])
        guard let draft = document.content.value(at: base) else { return [] }
        let limits = resources.platformLimits
        let catalogue = resources.channelCatalogue
        var texts: [String: JSONValue] = [:]
        var effects: [ChatEffect] = []
        for channel in draft["channels"]?.stringArray ?? [] {
            let kind = document.content["channels"]?[channel]?["kind"]?.stringValue ?? channel
            let platformID = catalogue.entry(kind)?.platform ?? limits.platform(for: kind)?.id
            let platform = platformID.flatMap { limits.platform(for: $0) }
            let text = DraftComposer.compose(draft, linkInBio: platform?.limit("links.clickable")?.value == 0,
                                             linkInBioText: self.text(.draftLinkInBio))
            texts[channel] = .object([language.rawValue: .string(text)])
            let report = DraftChecker().check(text, context: CheckContext(
                platforms: platform.map { [$0] } ?? [], plan: document.content,
                genericTags: resources.data.tree("Knowledge/data/generic-hashtags.yaml")?["generic"]?.stringArray ?? [],
                segmenter: segmenter, content: checkServices.map { services in
                    CheckContext.ContentRules(options: DraftRuleOptions(language: language, fallbackLanguage: language,
                                                                        publicContacts: PublicContacts(json: document.content["organisation"]?["publicContacts"]),
                                                                        knownWords: CheckContext.knownWords(in: document.content)),
                                              services: services(), data: DraftRuleData(data: resources.data))
                }))
            effects.append(.say(ChatMessage(self.text(.draftPreviewHeader, ["channel": itemName(channel), "graphemes": String(report.graphemes)]), style: .heading)))
            effects.append(.say(ChatMessage(text, style: .plain)))
            let catalog = CheckCatalog(data: resources.data)
            if report.findings.isEmpty {
                effects.append(say(.draftFindingsNone, style: .success))
            } else {
                let lines = report.findings.map { finding -> String in
                    let severity: MessageKey = finding.severity == .error ? .checkSeverityError : (finding.severity == .warning ? .checkSeverityWarning : .checkSeverityInfo)
                    return "  \(self.text(severity)): \(catalog.text(finding, language)) [\(finding.rule)]"
                }
                effects.append(.say(ChatMessage(lines.joined(separator: "\n"), style: report.hasErrors ? .error : .hint)))
            }
        }
        document.content.setValue(.object(texts), at: base.appending("texts"))
        document.content.setValue(.string("draft"), at: base.appending("status"))
        document.content.setValue(draft["keyMessage"] ?? .null, at: base.appending("title"))
        document.content.setValue(.string(document.content["organisation"]?["timeZone"]?.stringValue ?? "Europe/Helsinki"), at: base.appending("timeZone"))
        if let userName { document.content.setValue(.string(userName), at: base.appending("author")) }
        return effects
    }

    /// `/drafts`: the drafts in the plan, newest first.
    func draftsListing() -> String {
        let drafts = document.content["calendar"]?["drafts"]?.objectValue ?? [:]
        guard !drafts.isEmpty else { return text(.draftsEmpty) }
        var lines = [text(.draftsHeader)]
        for key in drafts.keys.sorted(by: { (Int($0) ?? 0) > (Int($1) ?? 0) }) {
            guard let draft = drafts[key] else { continue }
            lines.append(text(.draftsLine, ["number": key, "status": draft["status"]?.stringValue ?? "draft",
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
    /// clickable), signature, then the hashtags.
    public static func compose(_ draft: JSONValue, linkInBio: Bool, linkInBioText: String) -> String {
        var paragraphs: [String] = []
        for key in ["keyMessage", "details"] {
            if let text = draft[key]?.stringValue, !text.isEmpty { paragraphs.append(text) }
        }
        var action = draft["callToAction"]?.stringValue ?? ""
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
