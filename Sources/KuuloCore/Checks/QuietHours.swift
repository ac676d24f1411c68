import Foundation

/// A stretch of the day, in local wall time, when posts should not go out (by default 22:00–07:00).
///
/// `start` is quiet, `end` is not. When `start` is after `end` the stretch crosses midnight; when they
/// are equal there are no quiet hours.
public struct QuietHours: Equatable, Sendable {
    /// Minutes after midnight at which the quiet hours begin.
    public var start: Int
    /// Minutes after midnight at which they end.
    public var end: Int

    /// The built-in night: 22:00–07:00.
    public static let night = QuietHours(start: 22 * 60, end: 7 * 60)

    /// Quiet hours from minutes after midnight (taken modulo a day).
    public init(start: Int, end: Int) {
        self.start = ((start % 1_440) + 1_440) % 1_440
        self.end = ((end % 1_440) + 1_440) % 1_440
    }

    /// Quiet hours from `{start, end}` clock times ("22:00"); a missing or unreadable part is taken
    /// from `fallback`, and `nil` is returned when there is no object at all.
    public init?(json: JSONValue?, fallback: QuietHours) {
        guard let json, json.objectValue != nil else { return nil }
        self.init(start: json["start"]?.stringValue.flatMap(Self.minutes) ?? fallback.start,
                  end: json["end"]?.stringValue.flatMap(Self.minutes) ?? fallback.end)
    }

    /// Whether a wall-clock time falls in the quiet hours.
    public func contains(hour: Int, minute: Int) -> Bool {
        let time = hour * 60 + minute
        if start == end { return false }
        return start < end ? (start <= time && time < end) : (time >= start || time < end)
    }

    /// Minutes after midnight of a clock time written `22:00`, `7:00` or `22.00`; `nil` otherwise.
    public static func minutes(_ text: String) -> Int? {
        let parts = text.trimmingCharacters(in: .whitespaces).split(omittingEmptySubsequences: false, whereSeparator: { $0 == ":" || $0 == "." })
        guard parts.count == 2, (1...2).contains(parts[0].count), parts[1].count == 2,
              let hour = Int(parts[0]), let minute = Int(parts[1]), (0...23).contains(hour), (0...59).contains(minute) else { return nil }
        return hour * 60 + minute
    }

    /// `22:00`, or `22.00` as Finnish writes it.
    public static func clock(_ minutes: Int, finnish: Bool = false) -> String {
        let hour = minutes / 60
        let minute = minutes % 60
        return finnish ? "\(hour).\(minute < 10 ? "0" : "")\(minute)" : "\(hour < 10 ? "0" : "")\(hour):\(minute < 10 ? "0" : "")\(minute)"
    }
}
