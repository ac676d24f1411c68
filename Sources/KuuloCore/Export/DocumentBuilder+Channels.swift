import Foundation

/// Section 4: the channel map.
extension DocumentBuilder {
    func channelBlocks() -> [ExportBlock] {
        var blocks: [ExportBlock] = []
        let channels = plan.channels
        if channels.isEmpty {
            blocks.append(missingSection([command(filling: "/channels")]))
        } else {
            blocks.append(.table(channelTable(channels)))
            let cadences = channels.compactMap(\.cadence)
            if !cadences.isEmpty {
                let total = ChannelCadence(min: cadences.map(\.min).reduce(0, +), max: cadences.map(\.max).reduce(0, +))
                let owners = Set(channels.flatMap(\.owners).map(Self.matchKey)).count
                blocks.append(.paragraph([.text(texts.text(.cadenceTotal, ["cadence": cadenceText(total), "owners": String(owners), "count": String(owners)]))]))
            }
            let offline = channels.filter(\.reachesOffline).map(\.name)
            if offline.isEmpty {
                blocks.append(.notice(texts.spans(.offlineReachMissing, ["command": commandSpans([command(filling: "/channels")].compactMap { $0 })])))
            } else {
                blocks.append(.paragraph([.text(texts.text(.offlineReach, ["channels": offline.joined(separator: ", ")]))]))
            }
            let incomplete = channels.contains { $0.purpose == nil || $0.owners.isEmpty || $0.audiences.isEmpty || $0.cadence == nil }
            if incomplete { blocks.append(missingSome([command(filling: "/channels")])) }
        }
        if !plan.removedChannels.isEmpty {
            blocks.append(.paragraph([.text(texts.text(.channelsRemoved, ["channels": plan.removedChannels.map(\.name).joined(separator: ", ")]))]))
        }
        if !channels.isEmpty {
            blocks.append(.heading(texts.text(.channelDetails), level: 3))
            for channel in channels {
                blocks.append(.heading(channel.name, level: 4))
                var fields: [ExportField] = []
                if let kind = channel.entry?.name.text(language) ?? channel.kind { fields.append(field(.fieldChannelKind, kind)) }
                fields += [
                    field(.fieldTone, channel.tone),
                    field(.fieldChannelLanguages, channel.languages.isEmpty ? nil : languageNames(channel.languages)),
                    field(.fieldChannelMetrics, joined: channel.metrics),
                ]
                blocks.append(.fields(fields))
            }
        }
        return blocks
    }

    private func channelTable(_ channels: [PlanChannel]) -> ExportTable {
        let rows = channels.map { channel -> [[ExportInline]] in
            [
                [.text(channel.name)],
                cell(channel.purpose),
                cell(channel.audiences.joined(separator: ", ")),
                cell(channel.contentTypes.joined(separator: ", ")),
                cell(channel.cadence.map(cadenceText)),
                cell(channel.owners.joined(separator: ", ")),
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
