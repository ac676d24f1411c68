import Foundation

/// Tip 5's "how often": when the plan's results review falls due. The review rhythm
/// (`metrics.reviewRhythm`) says how long the latest imported figures (`insights.importedAt`) stay fresh;
/// a rhythm without a fixed length (after each campaign) never falls due by itself.
struct ResultsReview {
    /// How many months each review rhythm lasts, by the onboarding flow's option value.
    static let months = ["monthly": 1, "termly": 6]

    /// The rhythm, as the plan stores it.
    let rhythm: String
    /// The day of the latest import.
    let importedOn: CivilDate
    /// The plan's time zone (where "today" is).
    let timeZone: String?

    /// The review of `content`'s plan, when it has both a rhythm of fixed length and an import.
    init?(content: JSONValue) {
        guard let rhythm = content["metrics"]?["reviewRhythm"]?.stringValue, Self.months[rhythm] != nil,
              let imported = content["insights"]?["importedAt"]?.stringValue, let day = CivilDate(iso: imported.prefix(10)) else { return nil }
        self.rhythm = rhythm
        importedOn = day
        timeZone = content["organisation"]?["timeZone"]?.stringValue
    }

    /// The day the next review is due: the import day that many months later (the month's last day
    /// when it is shorter).
    var dueOn: CivilDate {
        let total = importedOn.year * 12 + importedOn.month - 1 + (Self.months[rhythm] ?? 0)
        let (year, month) = (total / 12, total % 12 + 1)
        var day = importedOn.day
        while day > 28, CivilDate(year: year, month: month, day: day) == nil { day -= 1 }
        return CivilDate(year: year, month: month, day: day) ?? importedOn
    }

    /// Whether the review is due on `today`.
    func isDue(on today: CivilDate) -> Bool {
        today >= dueOn
    }

    /// Whether the review is due at `now`, on the plan's calendar.
    func isDue(at now: Date) -> Bool {
        CivilDate(iso: ListeningRecorder.now(now, timeZone: timeZone).prefix(10)).map(isDue(on:)) ?? false
    }
}
