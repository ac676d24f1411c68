import Foundation

/// ISO 8601 timestamps in UTC, formatted without locale-dependent formatters.
public enum Timestamp {
    /// `2026-11-25T12:13:42Z`.
    public static func iso(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        return String(format: "%04d-%02d-%02dT%02d:%02d:%02dZ", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0,
                      parts.hour ?? 0, parts.minute ?? 0, parts.second ?? 0)
    }

    /// The instant of an ISO timestamp with `Z` or an offset (`2026-11-25T12:13:42Z`), or `nil`.
    public static func date(_ iso: String) -> Date? {
        UTCInstant(iso: iso).map { Date(timeIntervalSince1970: TimeInterval($0.seconds)) }
    }

    /// A short human form of an ISO timestamp: `2026-11-25 12:13 UTC`.
    public static func short(_ iso: String) -> String {
        guard iso.count >= 16 else { return iso }
        let date = iso.prefix(10)
        let time = iso.dropFirst(11).prefix(5)
        return "\(date) \(time) UTC"
    }
}
