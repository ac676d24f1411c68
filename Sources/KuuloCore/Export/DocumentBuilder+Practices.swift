import Foundation

/// Sections 7–11: listening, interaction, ground rules, accessibility and languages, crisis procedure.
extension DocumentBuilder {
    func listeningBlocks() -> [ExportBlock] {
        let monitoring = plan.plan.monitoring
        let command = self.command(filling: "/monitoring")
        return fieldBlocks([
            (field(.fieldKeywords, joined: monitoring?.keywords.nonBlank ?? []), command),
            (field(.fieldMonitoredHashtags, joined: (monitoring?.hashtags.nonBlank ?? []).map(Self.hashtag)), command),
            (field(.fieldMonitoredAccounts, joined: monitoring?.accounts.nonBlank ?? []), command),
            (field(.fieldMonitoringOwner, monitoring?.owner?.nonBlank), command),
            (field(.fieldMonitoringFrequency, monitoring?.frequency?.nonBlank.map { texts.value("frequency", $0) }), command),
        ])
    }

    func interactionBlocks() -> [ExportBlock] {
        let engagement = plan.plan.engagement
        return fieldBlocks([
            (field(.fieldLikeAndComment, items: engagement?.likeAndComment.nonBlank ?? []), command(filling: "/engagement/likeAndComment")),
            (field(.fieldResponseTime, engagement?.responseTime?.nonBlank.map { texts.value("responseTime", $0) }), command(filling: "/engagement/responseTime")),
            (field(.fieldEncouragement, items: plan.plan.sharing?.encouragement.nonBlank ?? []), command(filling: "/sharing/encouragement")),
        ])
    }

    func groundRuleBlocks() -> [ExportBlock] {
        let rules = plan.plan.groundRules
        return fieldBlocks([
            (field(.fieldOrganisationAccounts, items: rules?.organisationAccounts.nonBlank ?? []), command(filling: "/groundRules/organisationAccounts")),
            (field(.fieldPersonalAccounts, items: rules?.personalAccounts.nonBlank ?? []), command(filling: "/groundRules/personalAccounts")),
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
        if plan.languages.isEmpty { blocks.append(missingSome([command(filling: "/organisation/languages")])) }
        let principles = texts.list("accessibilityPrinciples")
        if !principles.isEmpty {
            blocks += [.heading(texts.text(.accessibilityPrinciplesHeading), level: 3), .list(principles.map { [.text($0)] }, ordered: false)]
        }
        return blocks
    }

    func crisisBlocks() -> [ExportBlock] {
        let crisis = plan.plan.crisis
        let command = self.command(filling: "/crisis")
        return fieldBlocks([
            (field(.fieldCriticism, crisis?.criticism?.nonBlank), command),
            (field(.fieldDecider, crisis?.decider?.nonBlank), command),
            (field(.fieldEscalation, items: crisis?.escalation.nonBlank ?? [], ordered: true), command),
        ])
    }
}
