import Foundation

/// Roles and signatures, measuring, and the tips appendix.
struct GovernanceSections: DocumentPart {
    let context: DocumentContext

    func roleBlocks() -> [ExportBlock] {
        var blocks: [ExportBlock] = []
        if plan.trustees.isEmpty {
            blocks.append(missingPart())
        } else {
            let rows = plan.trustees.map { trustee -> [[ExportInline]] in
                [[.text(trustee.name ?? texts.text(.trusteeNameMissing))], cell(trustee.role), cell(trustee.signature), cell(trustee.contact),
                 [.text(onboardingStatus(trustee))]]
            }
            blocks.append(.table(ExportTable(caption: texts.text(.trusteesTableCaption),
                                             headers: [.tableName, .tableTrusteeRole, .tableSignature, .tableContact, .tableOnboarding].map { texts.text($0) },
                                             rows: rows)))
        }
        let listed = plan.plan.signatures?.adminsListed
        blocks.append(.fields([field(.fieldAdminsListed, listed.map { texts.text($0 ? .yesWord : .noWord) })]))
        if plan.trustees.contains(where: { $0.name == nil || $0.signature == nil }) || listed == nil { blocks.append(missingSome()) }
        return blocks
    }

    func metricBlocks() -> [ExportBlock] {
        let metrics = plan.plan.metrics
        var blocks = fieldBlocks([
            field(.fieldMeasures, items: metrics?.measures.nonBlank ?? []),
            field(.fieldReviewRhythm, metrics?.reviewRhythm?.nonBlank.map { texts.value("reviewRhythm", $0) }),
        ])
        let byChannel = plan.channels.filter { !$0.metrics.isEmpty }.map { channel in
            [ExportInline.text(texts.text(.channelMetricsItem, ["channel": channel.name, "metrics": channel.metrics.joined(separator: ", ")]))]
        }
        if !byChannel.isEmpty { blocks += [.heading(texts.text(.channelMetricsHeading), level: 3), .list(byChannel, ordered: false)] }
        if let latest = schedule.latestRevisionDate, let next = schedule.nextReview(after: latest) {
            blocks.append(.paragraph([.text(texts.text(.yearlyReview, ["date": dates.date(next)]))]))
        } else {
            blocks.append(.paragraph([.text(texts.text(.yearlyReviewUndated))]))
        }
        return blocks
    }

    func tipBlocks() -> [ExportBlock] {
        let articles = (onboarding?.numbers ?? []).compactMap { number in knowledge.article("tip-\(number)", language: language).map { (number, $0) } }
        guard !articles.isEmpty else { return [.paragraph([.text(texts.text(.appendixTipsMissing))])] }
        var blocks: [ExportBlock] = [.paragraph([.text(texts.text(.appendixTipsIntro))])]
        for (number, article) in articles {
            blocks.append(.heading(texts.text(.appendixTipHeading, ["number": String(number), "title": article.title]), level: 3))
            if !article.summary.isEmpty { blocks.append(.paragraph([.text(article.summary)])) }
        }
        return blocks
    }
}
