import Foundation

/// Sections 7–11: listening, interaction, ground rules, accessibility and languages, crisis procedure.
struct PracticeSections: DocumentPart {
    let context: DocumentContext

    func listeningBlocks() -> [ExportBlock] {
        let monitoring = plan.plan.monitoring
        return fieldBlocks([
            field(.fieldKeywords, joined: monitoring?.keywords.nonBlank ?? []),
            field(.fieldMonitoredHashtags, joined: (monitoring?.hashtags.nonBlank ?? []).map(Self.hashtag)),
            field(.fieldMonitoredAccounts, joined: monitoring?.accounts.nonBlank ?? []),
            field(.fieldMonitoringOwner, monitoring?.owner?.nonBlank),
            field(.fieldMonitoringFrequency, monitoring?.frequency?.nonBlank.map { texts.value("frequency", $0) }),
        ])
    }

    func interactionBlocks() -> [ExportBlock] {
        let engagement = plan.plan.engagement
        return fieldBlocks([
            field(.fieldLikeAndComment, items: engagement?.likeAndComment.nonBlank ?? []),
            field(.fieldResponseTime, engagement?.responseTime?.nonBlank.map { texts.value("responseTime", $0) }),
            field(.fieldEncouragement, items: plan.plan.sharing?.encouragement.nonBlank ?? []),
        ])
    }

    func groundRuleBlocks() -> [ExportBlock] {
        let rules = plan.plan.groundRules
        return fieldBlocks([
            field(.fieldOrganisationAccounts, items: rules?.organisationAccounts.nonBlank ?? []),
            field(.fieldPersonalAccounts, items: rules?.personalAccounts.nonBlank ?? []),
        ])
    }

    func accessibilityBlocks() -> [ExportBlock] {
        var fields = [field(.fieldLanguages, plan.languages.isEmpty ? nil : languageNames(plan.languages))]
        let byChannel = plan.channels.filter { !$0.languages.isEmpty }.map { "\($0.name): \(languageNames($0.languages))" }
        if !byChannel.isEmpty { fields.append(field(.fieldLanguagesByChannel, items: byChannel)) }
        let media = plan.drafts.flatMap(\.media)
        if !media.isEmpty {
            let withAlt = media.filter { $0.altText != nil }.count
            fields.append(field(.fieldAltText, texts.text(.altTextCoverage, ["withAlt": String(withAlt), "total": String(media.count)])))
        }
        var blocks: [ExportBlock] = [.fields(fields)]
        if plan.languages.isEmpty { blocks.append(missingSome()) }
        let principles = texts.list("accessibilityPrinciples")
        if !principles.isEmpty {
            blocks += [.heading(texts.text(.accessibilityPrinciplesHeading), level: 3), .list(principles.map { [.text($0)] }, ordered: false)]
        }
        return blocks
    }

    func crisisBlocks() -> [ExportBlock] {
        let crisis = plan.plan.crisis
        return fieldBlocks([
            field(.fieldCriticism, crisis?.criticism?.nonBlank),
            field(.fieldDecider, crisis?.decider?.nonBlank),
            field(.fieldEscalation, items: crisis?.escalation.nonBlank ?? [], ordered: true),
        ])
    }
}
