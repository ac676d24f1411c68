import Foundation

/// One place where the plan's sections disagree with each other, or where the written plan would show
/// something it should not: checked before export, listed in the document and by `kuulo plan validate --strict`.
public struct ConsistencyFinding: Equatable, Sendable {
    /// What kind of disagreement it is.
    public enum Kind: String, Equatable, Sendable, CaseIterable {
        /// A channel's most posts are fewer than its least.
        case cadenceMaxBelowMin
        /// An audience outside social media is reached by no channel although the plan has channels outside it.
        case offlineAudienceUnassigned
        /// An audience outside social media, and no channel outside social media at all.
        case offlineAudienceNoChannel
        /// A hashtag planned for a platform that is not one of the plan's channels.
        case hashtagPlatformNotChannel
        /// Contact details in the plan that are not among the public contacts.
        case privateContact
    }

    /// What it is.
    public var kind: Kind
    /// The words the message is filled with (channel, audience, tag, section …).
    public var arguments: [String: String]
}

/// Checks the plan's sections against each other (see `ConsistencyFinding.Kind`).
public struct PlanConsistency {
    /// What was found, in the order of the written plan's sections.
    public let findings: [ConsistencyFinding]
    private let texts: ExportTexts

    /// Checks `document` with the loaded data, wording channel and section names in `language`.
    public init(document written: PlanDocument, data: DataFiles, language: Language) {
        let catalogue = ChannelCatalogue(data: data)
        // Audiences accepted as suggested in another language are compared in this one (the offline cues).
        let document = SuggestedTexts(data: data, catalogue: catalogue).shown(written, in: language)
        texts = ExportTexts(data: data, language: language)
        let view = PlanView(content: document.content, catalogue: catalogue, language: language)
        var found = Self.cadence(view.plan, catalogue: catalogue, language: language)
        found += Self.offlineAudiences(view, cues: texts.list("offlineAudienceCues"))
        found += Self.hashtagPlatforms(view, catalogue: catalogue, language: language)
        found += Self.privateContacts(document, structure: PlanStructure(data: data), texts: texts)
        // The same contact in a draft's details and in its assembled text is one thing to fix.
        var seen: [ConsistencyFinding] = []
        for finding in found where !seen.contains(finding) { seen.append(finding) }
        findings = seen
    }

    /// Each finding as a sentence in the reader's language.
    public var messages: [String] {
        findings.map { texts.text(ExportTextKey.consistency($0.kind), $0.arguments) }
    }

    static func cadence(_ plan: Plan, catalogue: ChannelCatalogue, language: Language) -> [ConsistencyFinding] {
        (plan.channels ?? [:]).values.filter(\.inUse).sorted { $0.id < $1.id }.compactMap { channel in
            guard let min = channel.cadence?.min, let max = channel.cadence?.max, max < min else { return nil }
            let name = PlanChannel(channel, catalogue: catalogue, language: language).name
            return ConsistencyFinding(kind: .cadenceMaxBelowMin, arguments: ["channel": name, "min": String(min), "max": String(max)])
        }
    }

    static func offlineAudiences(_ view: PlanView, cues: [String]) -> [ConsistencyFinding] {
        let offlineChannels = view.channels.filter(\.reachesOffline).map(\.name)
        return view.organisation.audiences.nonBlank.compactMap { audience in
            let key = DocumentBuilder.matchKey(audience)
            guard cues.contains(where: { key.contains($0.lowercased()) }) else { return nil }
            guard !view.channels.contains(where: { $0.audiences.contains { DocumentBuilder.matchKey($0) == key } }) else { return nil }
            if offlineChannels.isEmpty { return ConsistencyFinding(kind: .offlineAudienceNoChannel, arguments: ["audience": audience]) }
            return ConsistencyFinding(kind: .offlineAudienceUnassigned,
                                      arguments: ["audience": audience, "channels": offlineChannels.joined(separator: ", ")])
        }
    }

    static func hashtagPlatforms(_ view: PlanView, catalogue: ChannelCatalogue, language: Language) -> [ConsistencyFinding] {
        var known: Set<String> = []
        for channel in view.channels {
            known.insert(channel.id.lowercased())
            if let kind = channel.kind { known.insert(kind.lowercased()) }
            if let platform = channel.entry?.platform { known.insert(platform.lowercased()) }
        }
        var findings: [ConsistencyFinding] = []
        for (_, tag) in (view.plan.hashtags?.tags ?? [:]).sorted(by: { $0.key < $1.key }) {
            for planned in tag.channels ?? [] where !known.contains(planned.lowercased()) {
                let entry = catalogue.entry(planned) ?? catalogue.entry(matching: planned)
                if let entry, known.contains(entry.id) || entry.platform.map({ known.contains($0) }) == true { continue }
                let name = entry?.name.text(language) ?? planned
                findings.append(ConsistencyFinding(kind: .hashtagPlatformNotChannel,
                                                   arguments: ["tag": "#" + (tag.display ?? tag.tag ?? tag.key), "platform": name]))
            }
        }
        return findings
    }

    /// Personal contact details the document would show. An account's recovery address on the
    /// organisation's domain is a role address, not a person's; the listening log is never shown as such.
    static func privateContacts(_ document: PlanDocument, structure: PlanStructure, texts: ExportTexts) -> [ConsistencyFinding] {
        var contacts = PublicContacts(json: document.content["organisation"]?["publicContacts"])
        contacts.emails += (Plan(json: document.content).accounts ?? [:]).values.compactMap(\.recovery).filter(contacts.allowsRoleAddress)
        return PersonalDataScan(document: document, contacts: contacts).findings
            .filter { $0.value == .current && $0.path.tokens.first != "listening" }
            .map { finding in
                let section = structure.section(holding: finding.path).map { texts.sectionTitle($0.id) } ?? finding.path.description
                return ConsistencyFinding(kind: .privateContact, arguments: ["section": section, "item": finding.masked])
            }
    }

}
