import Foundation

/// Reads the publish times of Meta's exports: US `12/06/2026 14:30` (and `2:30 PM`), Finnish
/// `6.12.2026 14.30` (also with `klo`), and ISO `2026-12-06 14:30` or `2026-12-06T14:30:00+0200`.
/// A time without a zone is wall-clock time in the plan's zone.
enum InsightsTimeText {
    /// The wall-clock reading in `zone` of `text`, or `nil` when it is not a date and time.
    static func parse(_ text: String, zone: ExportTimeZone) -> LocalDateTime? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if trimmed.count >= 16, trimmed.dropFirst(4).first == "-" {
            guard let local = LocalDateTime(iso: trimmed) else { return nil }
            let rest = trimmed.dropFirst(16).drop { $0 == ":" || $0.isNumber || $0 == "." }
            guard !rest.isEmpty else { return local }
            guard let instant = UTCInstant(iso: trimmed) else { return nil }
            return zone.local(instant)
        }
        let words = trimmed.replacingOccurrences(of: ",", with: " ").split(separator: " ").map(String.init).filter { $0.lowercased() != "klo" }
        guard words.count >= 2 else { return nil }
        let date: CivilDate?
        if words[0].contains("/") {
            let parts = words[0].split(separator: "/").compactMap { Int($0) }
            date = parts.count == 3 ? CivilDate(year: parts[2], month: parts[0], day: parts[1]) : nil
        } else {
            let parts = words[0].split(separator: ".").compactMap { Int($0) }
            date = parts.count == 3 ? CivilDate(year: parts[2], month: parts[1], day: parts[0]) : nil
        }
        let clock = words[1].split(whereSeparator: { $0 == ":" || $0 == "." }).compactMap { Int($0) }
        guard let date, (1...3).contains(clock.count) else { return nil }
        var hour = clock[0]
        if words.count > 2 {
            switch words[2].uppercased() {
            case "AM": guard (1...12).contains(hour) else { return nil }; hour %= 12
            case "PM": guard (1...12).contains(hour) else { return nil }; hour = hour % 12 + 12
            default: return nil
            }
        }
        return LocalDateTime(date: date, hour: hour, minute: clock.count > 1 ? clock[1] : 0)
    }
}
