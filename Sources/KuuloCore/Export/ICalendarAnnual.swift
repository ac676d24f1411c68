import Foundation

/// The annual calendar's big moments as yearly all-day events: on their day when it is the same every
/// year, else on the first of their month with the month in the title. Each starts in the first year it
/// falls on or after the plan's anchor date.
struct ICalendarAnnual {
    let writer: ICalendarWriter

    func add(to lines: inout ICalendarLines) {
        let texts = writer.texts
        let anchor = writer.schedule.anchor
        for event in writer.plan.annualEvents {
            guard let name = event.name?.nonBlank, let month = event.month, (1...12).contains(month) else { continue }
            let fixedDay = event.day.flatMap { day in CivilDate(year: anchor.year, month: month, day: day) != nil ? day : nil }
            let day = fixedDay ?? 1
            guard let thisYear = CivilDate(year: anchor.year, month: month, day: day) else { continue }
            let start = thisYear < anchor ? (CivilDate(year: anchor.year + 1, month: month, day: day) ?? thisYear) : thisYear
            let summary = fixedDay == nil ? texts.text(.annualEventInMonth, ["name": name, "month": texts.value("month", String(month))]) : name
            lines.add("BEGIN", "VEVENT")
            lines.add("UID", "annual-\(event.id)@\(writer.uidDomain)")
            lines.add("DTSTAMP", writer.stamp)
            lines.add("DTSTART", start.compact, parameters: "VALUE=DATE")
            lines.add("DURATION", "P1D")
            lines.add("RRULE", fixedDay == nil ? "FREQ=YEARLY;BYMONTH=\(month);BYMONTHDAY=1" : "FREQ=YEARLY;BYMONTH=\(month);BYMONTHDAY=\(day)")
            lines.text("SUMMARY", summary)
            if let notes = event.notes?.nonBlank { lines.text("DESCRIPTION", notes) }
            lines.add("TRANSP", "TRANSPARENT")
            lines.add("END", "VEVENT")
        }
    }
}
