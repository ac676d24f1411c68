import Foundation

/// Sections 7–11: listening, interaction, ground rules, accessibility and languages, crisis procedure.
extension DocumentBuilder {
    func listeningBlocks() -> [ExportBlock] {
        let monitoring = plan.part("monitoring")
        let command = Self.tip(1)
        return fieldBlocks([
            (field(.fieldKeywords, joined: monitoring.exportStrings("keywords")), command),
            (field(.fieldMonitoredHashtags, joined: monitoring.exportStrings("hashtags").map(Self.hashtag)), command),
            (field(.fieldMonitoredAccounts, joined: monitoring.exportStrings("accounts")), command),
            (field(.fieldMonitoringOwner, monitoring.exportString("owner")), command),
            (field(.fieldMonitoringFrequency, monitoring.exportString("frequency").map { texts.value("frequency", $0) }), command),
        ])
    }

    func interactionBlocks() -> [ExportBlock] {
        let engagement = plan.part("engagement")
        return fieldBlocks([
            (field(.fieldLikeAndComment, items: engagement.exportStrings("likeAndComment")), Self.tip(2)),
            (field(.fieldResponseTime, engagement.exportString("responseTime").map { texts.value("responseTime", $0) }), Self.tip(2)),
            (field(.fieldEncouragement, items: plan.part("sharing").exportStrings("encouragement")), Self.tip(6)),
        ])
    }

    func groundRuleBlocks() -> [ExportBlock] {
        let rules = plan.part("groundRules")
        return fieldBlocks([
            (field(.fieldOrganisationAccounts, items: rules.exportStrings("organisationAccounts")), Self.tip(3)),
            (field(.fieldPersonalAccounts, items: rules.exportStrings("personalAccounts")), Self.tip(3)),
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
        if plan.languages.isEmpty { blocks.append(missingSome([Self.setup])) }
        let principles = texts.list("accessibilityPrinciples")
        if !principles.isEmpty {
            blocks += [.heading(texts.text(.accessibilityPrinciplesHeading), level: 3), .list(principles.map { [.text($0)] }, ordered: false)]
        }
        return blocks
    }

    func crisisBlocks() -> [ExportBlock] {
        let crisis = plan.part("crisis")
        let command = Self.tip(7)
        return fieldBlocks([
            (field(.fieldCriticism, crisis.exportString("criticism")), command),
            (field(.fieldDecider, crisis.exportString("decider")), command),
            (field(.fieldEscalation, items: crisis.exportStrings("escalation"), ordered: true), command),
        ])
    }
}
