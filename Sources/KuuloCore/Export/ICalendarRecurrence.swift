import Foundation

/// An iCalendar recurrence rule (`FREQ=WEEKLY;BYDAY=MO,TH`) as written into a routine, and the days it
/// falls on, read from the rule itself so the text and the start day cannot say different things.
/// Understands the parts the routines use: `BYMONTH`, `BYMONTHDAY` and `BYDAY` with an optional
/// ordinal within the month (`2MO`, the second Monday); `FREQ` and `INTERVAL` only space the repeats.
struct ICalendarRecurrence: Equatable, Sendable {
    /// The rule as written into `RRULE`.
    let rule: String
    private let months: [Int]
    private let monthDays: [Int]
    private let days: [(ordinal: Int?, weekday: Int)]

    private static let weekdays = ["MO": 1, "TU": 2, "WE": 3, "TH": 4, "FR": 5, "SA": 6, "SU": 7]

    /// Reads `rule`; `nil` when a part it uses cannot be read.
    init?(_ rule: String) {
        self.rule = rule
        var months: [Int] = []
        var monthDays: [Int] = []
        var days: [(ordinal: Int?, weekday: Int)] = []
        for part in rule.split(separator: ";") {
            let pair = part.split(separator: "=", maxSplits: 1).map(String.init)
            guard pair.count == 2 else { return nil }
            let values = pair[1].split(separator: ",").map(String.init)
            switch pair[0] {
            case "BYMONTH":
                months = values.compactMap { Int($0) }
                guard months.count == values.count else { return nil }
            case "BYMONTHDAY":
                monthDays = values.compactMap { Int($0) }
                guard monthDays.count == values.count else { return nil }
            case "BYDAY":
                for value in values {
                    guard let weekday = Self.weekdays[String(value.suffix(2))] else { return nil }
                    let ordinal = value.dropLast(2)
                    if ordinal.isEmpty {
                        days.append((nil, weekday))
                    } else {
                        guard let number = Int(ordinal), number > 0 else { return nil }
                        days.append((number, weekday))
                    }
                }
            default:
                continue
            }
        }
        self.months = months
        self.monthDays = monthDays
        self.days = days
    }

    /// Whether the rule falls on `date`.
    func matches(_ date: CivilDate) -> Bool {
        if !months.isEmpty, !months.contains(date.month) { return false }
        if !monthDays.isEmpty, !monthDays.contains(date.day) { return false }
        if !days.isEmpty {
            return days.contains { day in
                day.weekday == date.weekday && (day.ordinal.map { (date.day - 1) / 7 + 1 == $0 } ?? true)
            }
        }
        return true
    }

    static func == (lhs: ICalendarRecurrence, rhs: ICalendarRecurrence) -> Bool {
        lhs.rule == rhs.rule
    }
}
