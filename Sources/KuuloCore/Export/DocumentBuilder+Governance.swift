import Foundation

/// Sections 12–14 and the appendix: roles and signatures, measuring, revision and approval, the tips.
extension DocumentBuilder {
    /// How many tips onboarding has.
    static let tipCount = 8
    /// How many revisions the document lists.
    static let historyShown = 5

    func roleBlocks() -> [ExportBlock] {
        var blocks: [ExportBlock] = []
        if plan.trustees.isEmpty {
            blocks.append(missingPart([Self.setup]))
        } else {
            let rows = plan.trustees.map { trustee -> [[ExportInline]] in
                [[.text(trustee.name)], cell(trustee.role), cell(trustee.signature), [.text(onboardingStatus(trustee))]]
            }
            blocks.append(.table(ExportTable(caption: texts.text(.trusteesTableCaption),
                                             headers: [.tableName, .tableTrusteeRole, .tableSignature, .tableOnboarding].map { texts.text($0) },
                                             rows: rows)))
        }
        let listed = plan.part("signatures")["adminsListed"]?.boolValue
        blocks.append(.fields([field(.fieldAdminsListed, listed.map { texts.text($0 ? .yesWord : .noWord) })]))
        if listed == nil || plan.trustees.contains(where: { $0.signature == nil }) { blocks.append(missingSome([Self.tip(8)])) }
        return blocks
    }

    private func onboardingStatus(_ trustee: PlanTrustee) -> String {
        if let completed = trustee.completedAt {
            return texts.text(.onboardingDone, ["date": dates.date(ofTimestamp: completed, in: plan.timeZone)])
        }
        if trustee.tipsDone > 0 || trustee.startedAt != nil {
            return texts.text(.onboardingPartial, ["done": String(min(trustee.tipsDone, Self.tipCount)), "total": String(Self.tipCount)])
        }
        return texts.text(.onboardingNotStarted)
    }

    func metricBlocks() -> [ExportBlock] {
        let metrics = plan.part("metrics")
        var blocks = fieldBlocks([
            (field(.fieldMeasures, items: metrics.exportStrings("measures")), Self.tip(5)),
            (field(.fieldReviewRhythm, metrics.exportString("reviewRhythm").map { texts.value("reviewRhythm", $0) }), Self.tip(5)),
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
            blocks.append(.notice(texts.spans(.revisionNone, ["command": commandSpans([("save", nil)])])))
        }
        blocks.append(.paragraph([.text(texts.text(.approvalLine))]))
        return blocks
    }

    func tipBlocks() -> [ExportBlock] {
        let articles = (1...Self.tipCount).compactMap { number in knowledge.article("tip-\(number)", language: language).map { (number, $0) } }
        guard !articles.isEmpty else { return [.paragraph([.text(texts.text(.appendixTipsMissing))])] }
        var blocks: [ExportBlock] = [.paragraph(texts.spans(.appendixTipsIntro, ["command": [.code(texts.command("tips"))]]))]
        for (number, article) in articles {
            blocks.append(.heading(texts.text(.appendixTipHeading, ["number": String(number), "title": article.title]), level: 3))
            if !article.summary.isEmpty { blocks.append(.paragraph([.text(article.summary)])) }
        }
        return blocks
    }
}
