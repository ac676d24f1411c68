import Foundation

/// Section 4: the channel map.
struct ChannelSection: DocumentPart {
    let context: DocumentContext

    func channelBlocks() -> [ExportBlock] {
        var blocks: [ExportBlock] = []
        let channels = plan.channels
        if channels.isEmpty {
            blocks.append(missingSection())
        } else {
            blocks.append(.table(channelTable(channels)))
            // Weekly rhythms add up; a monthly newsletter is not counted in posts a week.
            let cadences = channels.compactMap(\.cadence).filter { $0.period == .week }
            if !cadences.isEmpty {
                let total = ChannelCadence(min: cadences.map(\.min).reduce(0, +), max: cadences.map(\.max).reduce(0, +))
                let owners = Set(channels.flatMap(\.owners).map(Self.matchKey)).count
                // No owner yet is said in words, not as "0 people".
                let sentence = owners == 0 ? texts.text(.cadenceTotalNoOwners, ["cadence": cadenceText(total)])
                    : texts.text(.cadenceTotal, ["cadence": cadenceText(total), "owners": String(owners), "count": String(owners)])
                blocks.append(.paragraph([.text(sentence)]))
            }
            let offline = channels.filter(\.reachesOffline).map(\.name)
            if offline.isEmpty {
                blocks.append(.notice([.text(texts.text(.offlineReachMissing))]))
            } else {
                blocks.append(.paragraph([.text(texts.text(.offlineReach, ["channels": offline.joined(separator: ", ")]))]))
            }
            let incomplete = channels.contains { $0.purpose == nil || $0.owners.isEmpty || $0.audiences.isEmpty || $0.cadence == nil }
            if incomplete { blocks.append(missingSome()) }
        }
        if !plan.removedChannels.isEmpty {
            blocks.append(.paragraph([.text(texts.text(.channelsRemoved, ["channels": plan.removedChannels.map(\.name).joined(separator: ", ")]))]))
        }
        // The details asked only for one channel at a time (`/channels instagram`): what was agreed, no
        // row of "not decided yet" for each channel.
        var details: [ExportBlock] = []
        for channel in channels {
            var fields: [ExportField] = []
            // The kind only when it says more than the heading ("Facebook page" under "Facebook page" is noise).
            if let kind = channel.entry?.name.text(language) ?? channel.kind, Self.matchKey(kind) != Self.matchKey(channel.name) {
                fields.append(field(.fieldChannelKind, kind))
            }
            fields += [
                field(.fieldTone, channel.tone),
                field(.fieldChannelLanguages, channel.languages.isEmpty ? nil : languageNames(channel.languages)),
                field(.fieldChannelMetrics, joined: channel.metrics),
            ].filter { !$0.isMissing }
            if !fields.isEmpty { details += [.heading(channel.name, level: 4), .fields(fields)] }
        }
        if !details.isEmpty { blocks += [.heading(texts.text(.channelDetails), level: 3)] + details }
        return blocks
    }

    /// "Maija, Matti (substitute: Liisa)".
    private func ownersText(_ channel: PlanChannel) -> String? {
        let owners = channel.owners.joined(separator: ", ")
        guard !channel.substitutes.isEmpty else { return owners }
        let substitutes = texts.text(.substitutesNote, ["names": channel.substitutes.joined(separator: ", ")])
        return owners.isEmpty ? substitutes : owners + " " + substitutes
    }

    private func channelTable(_ channels: [PlanChannel]) -> ExportTable {
        let rows = channels.map { channel -> [[ExportInline]] in
            [
                [.text(channel.name)],
                cell(channel.purpose),
                cell(channel.audiences.joined(separator: ", ")),
                cell(channel.contentTypes.joined(separator: ", ")),
                cell(channel.cadence.map(cadenceText)),
                cell(ownersText(channel)),
                cell(channel.responseTime.map { texts.value("responseTime", $0) }),
            ]
        }
        return ExportTable(
            caption: texts.text(.channelTableCaption),
            headers: [.tableChannel, .tablePurpose, .tableAudience, .tableContent, .tableCadence, .tableOwners, .tableResponseTime].map { texts.text($0) },
            rows: rows
        )
    }
}
