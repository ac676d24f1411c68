import Foundation

/// The dates the exports derive from the plan rather than from a clock: when the plan was started and
/// last revised, the day of its yearly review, and the anchor date recurring routines start from.
struct PlanSchedule {
    /// Used as the routines' anchor when the plan has neither a revision nor a scheduled draft.
    static let fallbackAnchor = CivilDate(dayNumber: 20_454)  // 2026-01-01
    /// DTSTAMP when the plan has no revision.
    static let fallbackStamp = UTCInstant(seconds: 0)

    /// The local date of the first revision.
    let firstRevisionDate: CivilDate?
    /// The local date of the latest revision.
    let latestRevisionDate: CivilDate?
    /// The instant of the latest revision.
    let latestRevision: UTCInstant?
    /// Month and day of the yearly review: `review.yearlyOn` ("MM-DD"), else those of the first revision.
    let reviewMonth: Int?
    let reviewDay: Int?
    /// The first date routines may start on.
    let anchor: CivilDate

    init(document: PlanDocument, plan: PlanView) {
        let zone = plan.timeZone
        let first = document.history.first.flatMap { UTCInstant(iso: $0.time) }
        let latest = document.history.last.flatMap { UTCInstant(iso: $0.time) }
        firstRevisionDate = first.map { zone.local($0).date }
        latestRevisionDate = latest.map { zone.local($0).date }
        latestRevision = latest
        var month = firstRevisionDate?.month
        var day = firstRevisionDate?.day
        if let yearly = plan.plan.review?.yearlyOn?.nonBlank {
            let parts = yearly.split(separator: "-").compactMap { Int($0) }
            if parts.count == 2, (1...12).contains(parts[0]), (1...31).contains(parts[1]) {
                month = parts[0]
                day = min(parts[1], parts[0] == 2 ? 28 : CivilDate.daysIn(year: 2001, month: parts[0]))
            }
        }
        if month == 2, day == 29 { day = 28 }
        reviewMonth = month
        reviewDay = day
        let firstDraft = plan.drafts.compactMap(\.scheduledAt).map(\.date).min()
        anchor = firstRevisionDate ?? firstDraft ?? Self.fallbackAnchor
    }

    /// The first review day strictly after `date`.
    func nextReview(after date: CivilDate) -> CivilDate? {
        guard let reviewMonth, let reviewDay else { return nil }
        for year in date.year...(date.year + 1) {
            if let candidate = CivilDate(year: year, month: reviewMonth, day: reviewDay), candidate > date { return candidate }
        }
        return nil
    }
}
