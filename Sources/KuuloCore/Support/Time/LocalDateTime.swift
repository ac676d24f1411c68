import Foundation

/// A wall-clock date and time without a zone, as the plan stores `scheduledAt` (`2026-12-01T18:00`).
struct LocalDateTime: Comparable, Hashable, Sendable {
    let date: CivilDate
    let hour: Int
    let minute: Int
    let second: Int

    /// A valid time of day on `date`, or `nil`.
    init?(date: CivilDate, hour: Int, minute: Int, second: Int = 0) {
        guard (0...23).contains(hour), (0...59).contains(minute), (0...59).contains(second) else { return nil }
        self.date = date
        self.hour = hour
        self.minute = minute
        self.second = second
    }

    /// Reads `YYYY-MM-DDTHH:MM[:SS]` (a space instead of `T` is accepted); anything after the seconds
    /// (fractions, a zone) is ignored.
    init?(iso text: String) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard let date = CivilDate(iso: trimmed[...]), trimmed.count >= 16 else { return nil }
        let chars = Array(trimmed)
        guard chars[10] == "T" || chars[10] == "t" || chars[10] == " ", chars[13] == ":",
              let hour = Int(String(chars[11...12])), let minute = Int(String(chars[14...15])) else { return nil }
        var second = 0
        if chars.count >= 19, chars[16] == ":" {
            guard let value = Int(String(chars[17...18])) else { return nil }
            second = value
        }
        self.init(date: date, hour: hour, minute: minute, second: second)
    }

    /// The same wall-clock reading taken as UTC, in seconds since 1970.
    var secondsAsUTC: Int {
        date.dayNumber * 86_400 + hour * 3_600 + minute * 60 + second
    }

    /// The wall-clock reading of `seconds` since 1970 taken as UTC.
    init(secondsAsUTC seconds: Int) {
        let days = Int((Double(seconds) / 86_400).rounded(.down))
        let rest = seconds - days * 86_400
        date = CivilDate(dayNumber: days)
        hour = rest / 3_600
        minute = rest % 3_600 / 60
        second = rest % 60
    }

    /// `20261201T180000`.
    var compact: String {
        date.compact + String(format: "T%02d%02d%02d", hour, minute, second)
    }

    /// `2026-12-01 18:00`.
    var readable: String {
        date.iso + String(format: " %02d:%02d", hour, minute)
    }

    static func < (lhs: LocalDateTime, rhs: LocalDateTime) -> Bool {
        lhs.secondsAsUTC < rhs.secondsAsUTC
    }
}
