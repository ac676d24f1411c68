import Foundation

/// A calendar date without a time zone, with the arithmetic the exports need (weekdays, adding days,
/// the last Sunday of a month). Proleptic Gregorian; no clock, no locale.
struct CivilDate: Comparable, Hashable, Sendable {
    let year: Int
    let month: Int
    let day: Int

    /// A valid date, or `nil`.
    init?(year: Int, month: Int, day: Int) {
        guard (1...12).contains(month), day >= 1, day <= Self.daysIn(year: year, month: month) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Reads `YYYY-MM-DD` at the start of `text`.
    init?(iso text: Substring) {
        let parts = text.prefix(10).split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]) else { return nil }
        self.init(year: year, month: month, day: day)
    }

    /// The date `days` days after 1970-01-01 (negative before).
    init(dayNumber days: Int) {
        // Howard Hinnant's civil_from_days.
        let shifted = days + 719_468
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
    }

    /// Days since 1970-01-01.
    var dayNumber: Int {
        let shiftedYear = month <= 2 ? year - 1 : year
        let era = (shiftedYear >= 0 ? shiftedYear : shiftedYear - 399) / 400
        let yearOfEra = shiftedYear - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// ISO weekday: 1 = Monday … 7 = Sunday.
    var weekday: Int {
        let value = (dayNumber + 3) % 7
        return (value < 0 ? value + 7 : value) + 1
    }

    /// The date `days` later.
    func adding(days: Int) -> CivilDate {
        CivilDate(dayNumber: dayNumber + days)
    }

    /// `20261201`.
    var compact: String {
        String(format: "%04d%02d%02d", year, month, day)
    }

    /// `2026-12-01`.
    var iso: String {
        String(format: "%04d-%02d-%02d", year, month, day)
    }

    /// The number of days in a month.
    static func daysIn(year: Int, month: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// The last Sunday of a month.
    static func lastSunday(year: Int, month: Int) -> CivilDate {
        let last = CivilDate(dayNumber: (CivilDate(year: year, month: month, day: 1)?.dayNumber ?? 0) + daysIn(year: year, month: month) - 1)
        return last.adding(days: -(last.weekday % 7))
    }

    /// The first date on or after this one for which `matches` holds, looking at most `limit` days ahead.
    func first(within limit: Int = 800, where matches: (CivilDate) -> Bool) -> CivilDate? {
        (0...limit).lazy.map { self.adding(days: $0) }.first(where: matches)
    }

    static func < (lhs: CivilDate, rhs: CivilDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }
}
