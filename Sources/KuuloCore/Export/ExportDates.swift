import Foundation

/// Dates and times as the document's language writes them, from the `dateFormat` and `dateTimeFormat`
/// texts and the month and weekday lists.
struct ExportDates {
    let texts: ExportTexts

    /// `1.12.2026` / `1 December 2026`.
    func date(_ date: CivilDate) -> String {
        texts.text(.dateFormat, arguments(date))
    }

    /// `ti 1.12.2026 klo 18.00` / `Tue 1 December 2026, 18:00`.
    func dateTime(_ value: LocalDateTime) -> String {
        var values = arguments(value.date)
        values["hour"] = String(value.hour)
        values["hour2"] = String(format: "%02d", value.hour)
        values["minute"] = String(format: "%02d", value.minute)
        let weekdays = texts.list("weekdays")
        values["weekday"] = weekdays.count == 7 ? weekdays[value.date.weekday - 1] : ""
        return texts.text(.dateTimeFormat, values).trimmingCharacters(in: .whitespaces)
    }

    /// `tänään klo 23.30` / `today, 23:30` when `value` falls yesterday, today or tomorrow of `today`;
    /// otherwise the full `dateTime`.
    func dateTime(_ value: LocalDateTime, today: CivilDate?) -> String {
        let words = texts.list("relativeDays")
        guard let today, words.count == 3 else { return dateTime(value) }
        let distance = value.date.dayNumber - today.dayNumber
        guard (-1...1).contains(distance) else { return dateTime(value) }
        return texts.text(.relativeDateTimeFormat, [
            "relative": words[distance + 1], "hour": String(value.hour), "hour2": String(format: "%02d", value.hour),
            "minute": String(format: "%02d", value.minute),
        ]).trimmingCharacters(in: .whitespaces)
    }

    /// The days from `from` to `to` (stored `YYYY-MM-DD…` texts): one date when they are the same day
    /// (`6.12.2026`), else both joined by a dash (`1.12.2026–6.12.2026`); what is known when one is missing.
    func period(from: String?, to: String?) -> String {
        let first = from.flatMap { CivilDate(iso: $0.prefix(10)) }
        let last = to.flatMap { CivilDate(iso: $0.prefix(10)) }
        switch (first, last) {
        case let (first?, last?): return first == last ? date(first) : date(first) + "–" + date(last)
        case let (first?, nil): return date(first)
        case let (nil, last?): return date(last)
        case (nil, nil): return ""
        }
    }

    /// The local date of a stored timestamp (a revision's time) in `zone`; the text's first ten
    /// characters when it cannot be read.
    func date(ofTimestamp timestamp: String, in zone: ExportTimeZone) -> String {
        guard let instant = UTCInstant(iso: timestamp) else { return String(timestamp.prefix(10)) }
        return date(zone.local(instant).date)
    }

    private func arguments(_ date: CivilDate) -> [String: String] {
        let months = texts.list("months")
        let short = texts.list("monthsShort")
        return [
            "monthShort": short.count == 12 ? short[date.month - 1] : String(date.month),
            "day": String(date.day),
            "month": String(date.month),
            "monthName": months.count == 12 ? months[date.month - 1] : String(date.month),
            "year": String(date.year),
        ]
    }
}
