import Foundation

/// Sections 5 and 6: content themes and the calendar; hashtags.
struct CalendarSections: DocumentPart {
    let context: DocumentContext

    func calendarBlocks() -> [ExportBlock] {
        var blocks: [ExportBlock] = [.heading(texts.text(.themesHeading), level: 3)]
        var order: [String] = []
        var spelling: [String: String] = [:]
        var channelsByTheme: [String: [String]] = [:]
        for channel in plan.channels {
            for theme in channel.contentTypes {
                let key = Self.matchKey(theme)
                if spelling[key] == nil {
                    order.append(key)
                    spelling[key] = theme
                }
                if !(channelsByTheme[key] ?? []).contains(channel.name) { channelsByTheme[key, default: []].append(channel.name) }
            }
        }
        if order.isEmpty {
            blocks.append(missingPart())
        } else {
            blocks.append(.list(order.map { key in
                texts.spans(.themeItem, ["theme": [.text(spelling[key] ?? key)], "channels": [.text((channelsByTheme[key] ?? []).joined(separator: ", "))]])
            }, ordered: false))
        }
        blocks.append(.heading(texts.text(.calendarHeading), level: 3))
        if plan.drafts.isEmpty {
            blocks.append(missingPart())
        } else {
            blocks.append(.table(draftTable()))
        }
        return blocks
    }

    private func draftTable() -> ExportTable {
        let rows = plan.drafts.map { draft -> [[ExportInline]] in
            var when = texts.text(.notScheduled)
            if let scheduled = draft.scheduledAt {
                when = dates.dateTime(scheduled)
                if let zone = draft.timeZone, zone != plan.timeZone.identifier { when += " (\(zone))" }
            } else if let raw = draft.scheduledRaw {
                when = raw
            }
            return [
                [.text(when)],
                [.text(draft.title ?? texts.text(.draftUntitled, ["number": draft.number]))],
                cell(draft.allChannels.map { plan.channelName($0, catalogue: catalogue, language: language) }.joined(separator: ", ")),
                cell(languageNames(draft.allLanguages)),
                cell(draft.status.map { texts.value("status", $0) }),
            ]
        }
        return ExportTable(caption: texts.text(.calendarTableCaption),
                           headers: [.tableWhen, .tableTitle, .tableChannels, .tableLanguages, .tableStatus].map { texts.text($0) },
                           rows: rows)
    }

    func hashtagBlocks() -> [ExportBlock] {
        let hashtags = plan.plan.hashtags
        let tags = hashtags?.tags ?? [:]
        let ideas = hashtags?.ideas.nonBlank ?? []
        var blocks: [ExportBlock] = []
        if !tags.isEmpty {
            let roleOrder = ["brand", "campaign", "event", "topic"]
            let keys = tags.keys.sorted { lhs, rhs in
                let left = roleOrder.firstIndex(of: tags[lhs]?.role?.nonBlank ?? "") ?? roleOrder.count
                let right = roleOrder.firstIndex(of: tags[rhs]?.role?.nonBlank ?? "") ?? roleOrder.count
                return (left, lhs) < (right, rhs)
            }
            let rows = keys.compactMap { key -> [[ExportInline]]? in
                guard let entry = tags[key] else { return nil }
                let written = entry.display?.nonBlank ?? entry.tag?.nonBlank ?? key
                return [
                    [.text(Self.hashtag(written))],
                    cell(entry.role?.nonBlank.map { texts.value("role", $0) }),
                    cell(entry.channels.nonBlank.map { plan.channelName($0, catalogue: catalogue, language: language) }.joined(separator: ", ")),
                    cell(entry.note?.nonBlank),
                ]
            }
            blocks.append(.table(ExportTable(caption: texts.text(.hashtagsTableCaption),
                                             headers: [.tableTag, .tableRole, .tableChannels, .tableNote].map { texts.text($0) }, rows: rows)))
        }
        let sets = hashtags?.sets ?? [:]
        let setItems = sets.keys.sorted().compactMap { key -> [ExportInline]? in
            guard let entry = sets[key] else { return nil }
            let tagList = entry.tags.nonBlank.map(Self.hashtag).joined(separator: " ")
            return texts.spans(.hashtagSetItem, ["name": [.text(entry.name?.nonBlank ?? key)], "tags": [.text(tagList)]])
        }
        if !setItems.isEmpty {
            blocks += [.heading(texts.text(.hashtagSetsHeading), level: 3), .list(setItems, ordered: false)]
        }
        if tags.isEmpty, !ideas.isEmpty {
            blocks += [.heading(texts.text(.hashtagIdeasHeading), level: 3), .list(ideas.map { [.text(Self.hashtag($0))] }, ordered: false),
                       .notice([.text(texts.text(.hashtagIdeasNote))])]
        }
        if tags.isEmpty, ideas.isEmpty { blocks.append(missingSection()) }
        let limits = plan.channels.compactMap { channel -> [ExportInline]? in
            if let max = channel.entry?.limit("hashtags.max") {
                return [.text(texts.text(.hashtagLimitMax, ["channel": channel.name, "count": String(max.value)]))]
            }
            if let recommended = channel.entry?.limit("hashtags.recommended") {
                return [.text(texts.text(.hashtagLimitRecommended, ["channel": channel.name, "count": String(recommended.value)]))]
            }
            return nil
        }
        if !limits.isEmpty { blocks += [.heading(texts.text(.hashtagLimitsHeading), level: 3), .list(limits, ordered: false)] }
        return blocks
    }
}
