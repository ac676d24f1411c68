import Foundation

/// Sections 12–14 and the appendix: roles and signatures, measuring, revision and approval, the tips.
extension DocumentBuilder {
    /// How many revisions the document lists.
    static let historyShown = 5

    func roleBlocks() -> [ExportBlock] {
        var blocks: [ExportBlock] = []
        if plan.trustees.isEmpty {
            blocks.append(missingPart([command(filling: "/trustees")]))
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
        var missing: [Command?] = []
        if plan.trustees.contains(where: { $0.name == nil }) { missing.append(command(filling: "/trustees")) }
        if listed == nil || plan.trustees.contains(where: { $0.signature == nil }) { missing.append(command(filling: "/signatures")) }
        if !missing.isEmpty { blocks.append(missingSome(missing)) }
        return blocks
    }

    private func onboardingStatus(_ trustee: PlanTrustee) -> String {
        guard let progress = trustee.progress else { return texts.text(.onboardingNotStarted) }
        if let completed = progress.completedAt {
            return texts.text(.onboardingDone, ["date": dates.date(ofTimestamp: completed, in: plan.timeZone)])
        }
        if !progress.completed.isEmpty || progress.startedAt != nil {
            return texts.text(.onboardingPartial, ["done": String(progress.completed.count), "total": String(progress.total)])
        }
        return texts.text(.onboardingNotStarted)
    }

    func metricBlocks() -> [ExportBlock] {
        let metrics = plan.plan.metrics
        var blocks = fieldBlocks([
            (field(.fieldMeasures, items: metrics?.measures.nonBlank ?? []), command(filling: "/metrics/measures")),
            (field(.fieldReviewRhythm, metrics?.reviewRhythm?.nonBlank.map { texts.value("reviewRhythm", $0) }), command(filling: "/metrics/reviewRhythm")),
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

    func revisionBlocks() -> [ExportBlock] {
        var blocks: [ExportBlock] = []
        if let latest = document.history.last {
            blocks.append(.fields([
                field(.fieldRevision, String(latest.number)),
                field(.fieldRevisionDate, dates.date(ofTimestamp: latest.time, in: plan.timeZone)),
                field(.fieldRevisionAuthor, latest.author.isEmpty ? nil : latest.author),
            ]))
            let recent = document.history.suffix(Self.historyShown).reversed().map { revision -> [ExportInline] in
                [.text(texts.text(.revisionHistoryItem, [
                    "number": String(revision.number), "date": dates.date(ofTimestamp: revision.time, in: plan.timeZone),
                    "author": revision.author, "summary": revision.summary,
                ]))]
            }
            blocks += [.heading(texts.text(.revisionHistoryHeading), level: 3), .list(recent, ordered: false)]
            if document.hasUnrecordedChanges { blocks.append(.paragraph([.text(texts.text(.documentUnrecorded))])) }
        } else {
            blocks.append(.notice(texts.spans(.revisionNone, ["command": commandSpans([command(ofSection: "revision")].compactMap { $0 })])))
        }
        blocks.append(.paragraph([.text(texts.text(.approvalLine))]))
        return blocks
    }

    func tipBlocks() -> [ExportBlock] {
        let articles = (onboarding?.numbers ?? []).compactMap { number in knowledge.article("tip-\(number)", language: language).map { (number, $0) } }
        guard !articles.isEmpty else { return [.paragraph([.text(texts.text(.appendixTipsMissing))])] }
        var blocks: [ExportBlock] = [.paragraph(texts.spans(.appendixTipsIntro, ["command": [.code(texts.command("tips"))]]))]
        for (number, article) in articles {
            blocks.append(.heading(texts.text(.appendixTipHeading, ["number": String(number), "title": article.title]), level: 3))
            if !article.summary.isEmpty { blocks.append(.paragraph([.text(article.summary)])) }
        }
        return blocks
    }
}
