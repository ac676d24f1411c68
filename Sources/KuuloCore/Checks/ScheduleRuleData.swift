import Foundation

/// The thresholds of the whole-post rules: the schedule rules' from `Knowledge/data/schedule-rules.yaml`,
/// `alt-text.weak`'s from `Knowledge/data/alt-text.yaml` (an organisation's own copy first). The weekly
/// limits come from each channel's cadence in the plan, not from here.
public struct ScheduleRuleData: Equatable, Sendable {
    /// Where the schedule thresholds are.
    public static let path = "Knowledge/data/schedule-rules.yaml"
    /// Where the alt-text thresholds are.
    public static let altTextPath = "Knowledge/data/alt-text.yaml"

    /// Two posts on one channel closer than this, in elapsed hours, are too close (`schedule.too-frequent`).
    public var minHoursBetweenPosts: Int
    /// When posts should not go out (`schedule.quiet-hours`); a plan's `calendar.quietHours` overrides it.
    public var quietHours: QuietHours
    /// Alt text with fewer words than this is weak (`alt-text.weak`).
    public var altTextMinimumWords: Int
    /// Words that only say there is a picture (`kuva`, `image`), lower case.
    public var altTextPlaceholders: Set<String>

    /// Creates thresholds; by default 3 hours and 22:00–07:00, and no alt text is weak.
    public init(minHoursBetweenPosts: Int = 3, quietHours: QuietHours = .night, altTextMinimumWords: Int = 0, altTextPlaceholders: Set<String> = []) {
        self.minHoursBetweenPosts = minHoursBetweenPosts
        self.quietHours = quietHours
        self.altTextMinimumWords = altTextMinimumWords
        self.altTextPlaceholders = altTextPlaceholders
    }

    /// Reads the `rules` list (`{key, value, source, verifiedOn}`); a missing or unreadable value keeps
    /// its default.
    public init(json: JSONValue?) {
        var values: [String: JSONValue] = [:]
        for rule in json?["rules"]?.arrayValue ?? [] {
            if let key = rule["key"]?.stringValue, let value = rule["value"] { values[key] = value }
        }
        let defaults = Self.defaults
        let hours = values["interval.min-hours"]?.intValue.flatMap { $0 >= 0 ? $0 : nil }
        self.init(minHoursBetweenPosts: hours ?? defaults.minHoursBetweenPosts,
                  quietHours: QuietHours(start: values["quiet-hours.start"]?.stringValue.flatMap(QuietHours.minutes) ?? defaults.quietHours.start,
                                         end: values["quiet-hours.end"]?.stringValue.flatMap(QuietHours.minutes) ?? defaults.quietHours.end))
    }

    /// Reads the data files; a missing or broken file gives the defaults (and `data.warnings` says why).
    public init(data: DataFiles) {
        self.init(json: data.tree(Self.path))
        let altText = data.tree(Self.altTextPath)
        altTextMinimumWords = altText?["minimumWords"]?.intValue ?? 0
        altTextPlaceholders = Set((altText?["placeholders"]?.stringArray ?? []).map { $0.lowercased() })
    }

    /// The built-in thresholds.
    public static let defaults = ScheduleRuleData()
}
