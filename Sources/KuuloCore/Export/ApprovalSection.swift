import Foundation

/// The version the board sees: the label and date it gave when it approved the plan (never Kuulo's own
/// revision numbers), the changes since in words, and what to check before approving.
struct ApprovalSection: DocumentPart {
    let context: DocumentContext

    /// How many changes the document lists.
    static let historyShown = 5

    /// The revision that recorded the board's approval, if any.
    var approvalRevision: Revision? {
        document.history.last { revision in revision.changes.contains { $0.path.tokens.first == "approval" } }
    }

    /// Whether the plan has changed since the board approved it.
    var changedSinceApproval: Bool {
        guard let approved = approvalRevision else { return false }
        if document.hasUnrecordedChanges { return true }
        return document.history.contains { $0.number > approved.number && !$0.changes.allSatisfy { $0.path.tokens.first == "approval" } }
    }

    /// The day the board approved the plan in the document's words (`12.1.2027`); a date a plan written
    /// before dates were read is kept as it was typed.
    var approvalDate: String? {
        guard let stored = plan.plan.approval?.date?.nonBlank else { return nil }
        return (stored.count == 10 ? CivilDate(iso: stored[...]) : nil).map(dates.date) ?? stored
    }

    /// Under the title: the approved version and its date, else "draft" with the latest change's date.
    var meta: [[ExportInline]] {
        let approval = plan.plan.approval
        if let label = approval?.label?.nonBlank {
            var lines: [[ExportInline]] = [[.text(texts.text(.documentApproved, ["label": label, "date": approvalDate ?? texts.text(.emptyCell)]))]]
            if changedSinceApproval { lines.append([.text(texts.text(.documentChangedAfterApproval, ["label": label]))]) }
            return lines
        }
        guard let latest = document.history.last else { return [[.text(texts.text(.documentNoRevision))]] }
        return [[.text(texts.text(.documentDraft, ["date": dates.date(ofTimestamp: latest.time, in: plan.timeZone)]))]]
    }

    func revisionBlocks() -> [ExportBlock] {
        var blocks: [ExportBlock] = []
        let approval = plan.plan.approval
        if let latest = document.history.last {
            var fields = [field(.fieldRevision, approval?.label?.nonBlank ?? texts.text(.draftVersion))]
            if approval?.label?.nonBlank != nil {
                fields += [field(.fieldApprovedAt, approvalDate), field(.fieldApprovedIn, approval?.meeting?.nonBlank)].filter { !$0.isMissing }
            }
            fields.append(field(.fieldRevisionDate, dates.date(ofTimestamp: latest.time, in: plan.timeZone)))
            blocks.append(.fields(fields))
            if changedSinceApproval, let label = approval?.label?.nonBlank {
                blocks.append(.paragraph([.text(texts.text(.documentChangedAfterApproval, ["label": label]))]))
            }
            // Replies to comments are the day-to-day work of the channels, not changes to the plan.
            let changes = document.history.filter { revision in
                !revision.changes.isEmpty && !revision.changes.allSatisfy { $0.path.tokens.first == "interaction" }
            }
            let recent = changes.suffix(Self.historyShown).reversed().map { revision -> [ExportInline] in
                [.text(texts.text(.revisionHistoryItem, [
                    "date": dates.date(ofTimestamp: revision.time, in: plan.timeZone), "author": revision.author, "summary": revision.summary,
                ]))]
            }
            if !recent.isEmpty { blocks += [.heading(texts.text(.revisionHistoryHeading), level: 3), .list(recent, ordered: false)] }
            if document.hasUnrecordedChanges { blocks.append(.paragraph([.text(texts.text(.documentUnrecorded))])) }
        } else {
            blocks.append(.notice([.text(texts.text(.revisionNone))]))
        }
        blocks += consistencyBlocks()
        if approval?.label?.nonBlank == nil { blocks.append(.paragraph([.text(texts.text(.approvalLine))])) }
        return blocks
    }

    /// The consistency findings as a list to settle before approval; nothing when there are none.
    func consistencyBlocks() -> [ExportBlock] {
        let messages = consistency
        guard !messages.isEmpty else { return [] }
        return [.heading(texts.text(.consistencyHeading), level: 3), .paragraph([.text(texts.text(.consistencyIntro))]),
                .list(messages.map { [.text($0)] }, ordered: false)]
    }
}
