import Foundation

/// The sections a board expects besides the communication itself: public contact details, the annual
/// calendar, comment moderation, photo consent and data protection, accounts and access.
struct BoardSections: DocumentPart {
    let context: DocumentContext

    func contactBlocks() -> [ExportBlock] {
        let contacts = plan.organisation.publicContacts
        let specs: [(ExportTextKey, [String])] = [
            (.fieldEmails, contacts?.emails.nonBlank ?? []),
            (.fieldPhones, contacts?.phones.nonBlank ?? []),
            (.fieldBankAccounts, contacts?.accounts.nonBlank ?? []),
        ]
        let given = specs.filter { !$0.1.isEmpty }
        guard !given.isEmpty else { return [missingSection()] }
        return [.fields(given.map { field($0.0, joined: $0.1) }), .paragraph([.text(texts.text(.contactsAllowed))])]
    }

    func annualBlocks() -> [ExportBlock] {
        let events = plan.annualEvents
        guard !events.isEmpty else { return [missingSection()] }
        let rows = events.map { event -> [[ExportInline]] in
            [cell(annualDate(event)), cell(event.name), cell(event.notes)]
        }
        return [.table(ExportTable(caption: texts.text(.annualTableCaption),
                                   headers: [.tableWhen, .tableMoment, .tableNotes].map { texts.text($0) }, rows: rows))]
    }

    /// "1.5." / "1 May" for a fixed day, else the month's name.
    func annualDate(_ event: AnnualEvent) -> String? {
        guard let month = event.month, (1...12).contains(month) else { return nil }
        let monthName = texts.value("month", String(month))
        guard let day = event.day, (1...31).contains(day) else { return monthName }
        return texts.text(.annualDay, ["day": String(day), "month": String(month), "monthName": monthName])
    }

    func moderationBlocks() -> [ExportBlock] {
        let moderation = plan.plan.moderation
        return fieldBlocks([
            field(.fieldHide, items: moderation?.hide.nonBlank ?? []),
            field(.fieldDelete, items: moderation?.delete.nonBlank ?? []),
            field(.fieldBlock, items: moderation?.block.nonBlank ?? []),
            field(.fieldDecides, moderation?.decides?.nonBlank),
            field(.fieldConfidential, moderation?.confidential?.nonBlank),
        ])
    }

    func privacyBlocks() -> [ExportBlock] {
        let protection = plan.plan.dataProtection
        return fieldBlocks([
            field(.fieldPhotoConsent, protection?.photoConsent?.nonBlank),
            field(.fieldPhotoOptOut, protection?.photoOptOut?.nonBlank),
            field(.fieldPlanStorage, protection?.planStorage?.nonBlank),
            field(.fieldPlanAccess, protection?.planAccess?.nonBlank),
            field(.fieldRetention, protection?.retention?.nonBlank),
        ])
    }

    func accountBlocks() -> [ExportBlock] {
        let accounts = plan.accounts
        guard !accounts.isEmpty else { return [missingSection()] }
        let rows = accounts.map { account -> [[ExportInline]] in
            [cell(account.platform.map(platformName)), cell(account.account), cell((account.admins ?? []).joined(separator: ", ")),
             cell(account.twoFactor.map { texts.text($0 ? .yesWord : .noWord) }), cell(account.recovery), cell(account.reviewedAt)]
        }
        return [.table(ExportTable(caption: texts.text(.accountsTableCaption),
                                   headers: [.tablePlatform, .tableAccount, .tableAdmins, .tableTwoFactor, .tableRecovery, .tableReviewed]
                                       .map { texts.text($0) }, rows: rows)),
                .paragraph([.text(texts.text(.accountsNoPasswords))])]
    }
}
