import Foundation

/// "What interests our members" (tip 5 with real material): the results imported from the platforms
/// per channel and per purpose, with charts, the posts that interested members most and least, and the
/// listening log's digest — what members said, by kind, answered or not, and what they talked about.
struct MembersSection: DocumentPart {
    let context: DocumentContext

    func memberBlocks() -> [ExportBlock] {
        let report = InsightsReport(content: document.content)
        let log = ListeningLog(content: document.content)
        guard !report.posts.isEmpty || !log.entries.isEmpty else { return [missingSection()] }
        var blocks: [ExportBlock] = [.heading(texts.text(.membersResultsHeading), level: 3)]
        blocks += report.posts.isEmpty ? [missingPart()] : resultBlocks(report)
        blocks.append(.heading(texts.text(.membersSaidHeading), level: 3))
        blocks += log.entries.isEmpty ? [missingPart()] : saidBlocks(log)
        return blocks
    }

    /// The results alone as a document of their own (`kuulo insights report --format html`): the
    /// imported posts between `from` and `to` (ISO days, both optional), with the same tables and charts
    /// as the written plan's section.
    func resultsDocument(from: String?, to: String?) -> ExportDocument {
        let report = InsightsReport(content: document.content, from: from, to: to)
        let organisation = plan.organisationName ?? texts.text(.organisationFallback)
        let section = ExportSection(id: "members", heading: texts.text(.membersResultsHeading),
                                    blocks: report.posts.isEmpty ? [missingPart()] : resultBlocks(report))
        return ExportDocument(language: language, title: texts.text(.resultsTitle, ["organisation": organisation]), meta: [],
                              intro: [.text(texts.text(.resultsIntro))],
                              contentsTitle: texts.text(.tableOfContents), sections: [section])
    }

    // MARK: - Results

    private func resultBlocks(_ report: InsightsReport) -> [ExportBlock] {
        var blocks: [ExportBlock] = [
            .paragraph([.text(texts.text(.membersResultsIntro, ["period": dates.period(from: report.from, to: report.to), "count": String(report.posts.count)]))]),
            .chart(ExportChart(id: "chart-channels", title: texts.text(.membersChartReach),
                               bars: report.byChannel.map { .init(label: channelName($0.name), value: Double($0.reach), valueText: texts.number($0.reach)) },
                               table: groupTable(report.byChannel, caption: .membersByChannelCaption, nameHeader: .tableChannel, name: channelName))),
        ]
        if report.byPurpose.contains(where: { !$0.name.isEmpty }) {
            let name = { (purpose: String) in purpose.isEmpty ? self.texts.text(.membersNoPurpose) : purpose }
            blocks.append(.chart(ExportChart(id: "chart-purposes", title: texts.text(.membersChartRate),
                                             bars: report.byPurpose.map { .init(label: name($0.name), value: $0.engagementRate ?? 0, valueText: percent($0.engagementRate)) },
                                             table: groupTable(report.byPurpose, caption: .membersByPurposeCaption, nameHeader: .membersColumnPurpose, name: name))))
        }
        blocks.append(.paragraph([.text(texts.text(.membersRateExplained))]))
        for (heading, posts) in [(ExportTextKey.membersTopHeading, report.top), (.membersWeakestHeading, report.weakest)] where !posts.isEmpty {
            blocks += [.heading(texts.text(heading), level: 4), .list(posts.map { [.text(postLine($0))] }, ordered: false)]
        }
        let rhythm = plan.plan.metrics?.reviewRhythm?.nonBlank
        if let rhythm, let imported = document.content["insights"]?["importedAt"]?.stringValue, let day = CivilDate(iso: imported.prefix(10)) {
            blocks.append(.paragraph([.text(texts.text(.membersReview, ["rhythm": texts.value("reviewRhythm", rhythm), "date": dates.date(day)]))]))
        }
        return blocks
    }

    private func groupTable(_ groups: [InsightsReport.Group], caption: ExportTextKey, nameHeader: ExportTextKey, name: (String) -> String) -> ExportTable {
        ExportTable(caption: texts.text(caption),
                    headers: [nameHeader, .membersColumnPosts, .membersColumnReach, .membersColumnMedianReach, .membersColumnInteractions, .membersColumnRate].map { texts.text($0) },
                    rows: groups.map { group in
                        [cell(name(group.name)), cell(texts.number(group.posts)), cell(texts.number(group.reach)), cell(texts.number(group.medianReach)),
                         cell(texts.number(group.interactions)), cell(percent(group.engagementRate))]
                    })
    }

    private func postLine(_ post: InsightPost) -> String {
        let firstLine = (post.description ?? post.permalink ?? post.id).split(separator: "\n").first.map(String.init) ?? post.id
        var arguments = [
            "date": CivilDate(iso: post.publishedAt.prefix(10)).map(dates.date) ?? "",
            "channel": channelName(post.channel ?? post.platform ?? ""),
            "text": firstLine.count > 80 ? String(firstLine.prefix(79)) + "…" : firstLine,
            "reach": texts.number(post.counts[.reach] ?? 0), "rate": percent(InsightsReport.rate(post)),
        ]
        guard let purpose = post.draft.flatMap({ plan.plan.drafts[$0]?.purpose?.nonBlank }) else { return texts.text(.membersPostItem, arguments) }
        arguments["purpose"] = purpose
        return texts.text(.membersPostItemWithPurpose, arguments)
    }

    private func channelName(_ id: String) -> String {
        id.isEmpty ? texts.text(.emptyCell) : plan.channelName(id, catalogue: catalogue, language: language)
    }

    /// A share as a percentage with one decimal, or the empty-cell mark.
    private func percent(_ value: Double?) -> String {
        guard let value else { return texts.text(.emptyCell) }
        let number = String(format: "%.1f", value * 100).replacingOccurrences(of: ".", with: texts.text(.decimalSeparator))
        return texts.text(.membersPercent, ["value": number])
    }

    // MARK: - What members said

    private func saidBlocks(_ log: ListeningLog) -> [ExportBlock] {
        let digest = ListeningDigest(log: log, words: digestWords)
        var blocks: [ExportBlock] = [
            .paragraph([.text(texts.text(.membersSaidIntro, ["period": dates.period(from: digest.from, to: digest.to), "count": String(digest.entries)]))]),
            .table(ExportTable(caption: texts.text(.membersKindsCaption),
                               headers: [.membersColumnKind, .membersColumnMessages, .membersColumnAnswered, .membersColumnUnanswered].map { texts.text($0) },
                               rows: digest.kinds.map { kind, count in
                                   let answered = digest.answered[kind] ?? 0
                                   return [cell(texts.value("memberKind", kind.rawValue)), cell(texts.number(count)), cell(texts.number(answered)), cell(texts.number(count - answered))]
                               })),
            .heading(texts.text(.membersTopicsHeading), level: 4),
        ]
        guard !digest.topics.isEmpty else { return blocks + [.paragraph([.text(texts.text(.membersNoTopics))])] }
        blocks.append(.list(digest.topics.map { topic in
            let quotes = topic.quotes.map { quote in
                let line = quote.replacingOccurrences(of: "\n", with: " ")
                return texts.text(.membersQuote, ["quote": line.count > 120 ? String(line.prefix(119)) + "…" : line])
            }
            let count = texts.text(.membersTopicCount, ["count": String(topic.count)])
            return [.strong(topic.word), .text(quotes.isEmpty ? count : texts.text(.membersTopicQuotes, ["messages": count, "quotes": quotes.joined(separator: " ")]))]
        }, ordered: false))
        blocks.append(.paragraph([.text(texts.text(.membersQuotesNote))]))
        return blocks
    }
}
