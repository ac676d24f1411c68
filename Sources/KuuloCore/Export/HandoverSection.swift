import Foundation

struct HandoverSection: DocumentPart {
    let context: DocumentContext

    /// The latest change of term as the two boards' checklist: who leaves and starts, the admin rights
    /// to change on each account, who runs each channel, each new trustee's onboarding and the
    /// outgoing board's year in numbers.
    func handoverBlocks() -> [ExportBlock] {
        let terms = (plan.plan.terms ?? [:]).values.sorted { FlowArgumentPicker.recordOrder($0.id, $1.id) }
        guard let term = terms.last else { return [missingSection()] }
        var blocks: [ExportBlock] = [.paragraph([.text(texts.text(.handoverIntro))])]
        blocks.append(.fields([field(.fieldTermPeriod, term.period?.nonBlank), field(.fieldLeaving, joined: term.leaving ?? []),
                               field(.fieldStarting, joined: term.starting ?? [])]))
        let accounts = (term.accounts ?? [:]).values.sorted { FlowArgumentPicker.recordOrder($0.id, $1.id) }
        if !accounts.isEmpty {
            let rows = accounts.map { change -> [[ExportInline]] in
                let account = plan.plan.accounts?[change.id]
                let name = [account?.platform.map(platformName), account?.account].compactMap { $0 }.joined(separator: " ")
                return [cell(name.isEmpty ? change.id : name), cell((change.grant ?? []).joined(separator: ", ")),
                        cell((change.revoke ?? []).joined(separator: ", ")), cell(change.twoFactorHolder), cell(change.recovery)]
            }
            blocks.append(.table(ExportTable(caption: texts.text(.handoverAccountsCaption),
                                             headers: [.tableAccount, .tableGrant, .tableRevoke, .tableTwoFactorHolder, .tableRecovery].map { texts.text($0) },
                                             rows: rows)))
        }
        let channels = plan.channels.filter { term.channels?[$0.id] != nil }
        if !channels.isEmpty {
            let rows = channels.map { channel -> [[ExportInline]] in
                let change = term.channels?[channel.id]
                return [cell(channel.name), cell((change?.owners ?? []).joined(separator: ", ")), cell((change?.substitutes ?? []).joined(separator: ", "))]
            }
            blocks.append(.table(ExportTable(caption: texts.text(.handoverChannelsCaption),
                                             headers: [.tableChannel, .tableOwners, .tableSubstitutes].map { texts.text($0) }, rows: rows)))
        }
        var fields: [ExportField] = []
        let starting = term.starting ?? []
        if !starting.isEmpty {
            let states = starting.map { name -> String in
                let trustee = plan.trustees.first { $0.name.map { TermHandover.same($0, name) } ?? false }
                return texts.text(.handoverOnboardingLine, ["name": name, "status": trustee.map(onboardingStatus) ?? texts.text(.onboardingNotStarted)])
            }
            fields.append(field(.fieldOnboarding, items: states))
        }
        if let summary = term.summary {
            let days = [summary.from, summary.to].compactMap { $0.flatMap { CivilDate(iso: Substring($0)) }.map(dates.date) }
            fields.append(field(.fieldYear, days.count == 2 ? days.joined(separator: "–") : nil))
            fields.append(field(.fieldYearPublished, summary.published.map(String.init)))
            fields.append(field(.fieldYearMeasured, summary.measured.map(String.init)))
            fields.append(field(.fieldYearListened, summary.listened.map(String.init)))
        }
        if !fields.isEmpty { blocks.append(.fields(fields)) }
        if term.completedAt == nil { blocks.append(.notice([.text(texts.text(.handoverUnfinished))])) }
        return blocks
    }
}
