import Foundation

/// Reads a local date and time as people type them, into `YYYY-MM-DDTHH:MM`.
public enum LocalDateTimeText {
    /// `2026-12-01 18:00`, `2026-12-01T18:00`, `1.12.2026 18.00`, `1.12.2026 klo 18`; `nil` when it is
    /// not a real date and time.
    public static func parse(_ text: String) -> String? {
        let cleaned = text.lowercased().replacingOccurrences(of: " klo ", with: " ").replacingOccurrences(of: " at ", with: " ")
            .replacingOccurrences(of: "t", with: " ").trimmingCharacters(in: .whitespaces)
        let parts = cleaned.split(separator: " ", omittingEmptySubsequences: true)
        guard parts.count == 2 else { return nil }
        let date = parts[0]
        var year = 0, month = 0, day = 0
        if date.contains("-") {
            let pieces = date.split(separator: "-").compactMap { Int($0) }
            guard pieces.count == 3 else { return nil }
            (year, month, day) = (pieces[0], pieces[1], pieces[2])
        } else {
            let pieces = date.split(separator: ".").compactMap { Int($0) }
            guard pieces.count == 3 else { return nil }
            (day, month, year) = (pieces[0], pieces[1], pieces[2])
        }
        let time = parts[1].split(whereSeparator: { $0 == ":" || $0 == "." }).compactMap { Int($0) }
        guard (1...2).contains(time.count) else { return nil }
        let hour = time[0]
        let minute = time.count > 1 ? time[1] : 0
        guard (2000...2100).contains(year), (1...12).contains(month), (0...23).contains(hour), (0...59).contains(minute) else { return nil }
        let daysInMonth = [31, (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        guard (1...daysInMonth[month - 1]).contains(day) else { return nil }
        return String(format: "%04d-%02d-%02dT%02d:%02d", year, month, day, hour, minute)
    }
}
