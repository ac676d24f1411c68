import Foundation

/// The rules about when a post goes out, against each channel's cadence in the plan (`cadence.min` and
/// `cadence.max` posts a week) and the other drafts of the content calendar:
///
/// - `schedule.too-frequent` (warning): with this post a channel has more than `cadence.max` posts in
///   the ISO week (Monday–Sunday in local time; `max` 0 means "as needed" and sets no limit), or another
///   post on the same channel is less than `interval.min-hours` (3) elapsed hours away, before or after.
/// - `schedule.gap` (info): for a channel with `cadence.min` ≥ 1, the previous post on it (or the next
///   one) is more than ⌈7 / min⌉ calendar days away: 7 days for once a week, 4 for twice, 3 for three
///   times. A channel's first post in the calendar is no gap.
/// - `schedule.past` (warning): the time is already past when the check runs (`DraftSchedule.checkedAt`).
/// - `schedule.quiet-hours` (warning): the local time is within the quiet hours (22:00–07:00 from
///   `Knowledge/data/schedule-rules.yaml`; the plan's `calendar.quietHours` overrides).
///
/// Every other draft with a readable time counts, whatever its status. The findings concern the post as
/// a whole, not a place in its text: they have `start` and `end` 0.
public enum ScheduleRules {
    /// Rule id: too many posts in a week, or two too close.
    public static let tooFrequentID: RuleID = "schedule.too-frequent"
    /// Rule id: a channel quiet for longer than its cadence allows.
    public static let gapID: RuleID = "schedule.gap"
    /// Rule id: published at night.
    public static let quietHoursID: RuleID = "schedule.quiet-hours"
    /// Rule id: the publishing time is already past.
    public static let pastID: RuleID = "schedule.past"
    /// The findings for `schedule` against `plan` (none when the post has no readable time).
    public static func check(_ schedule: DraftSchedule, plan: JSONValue?) -> [Finding] {
        guard let raw = schedule.scheduledAt, let local = LocalDateTime(iso: raw) else { return [] }
        let zone = schedule.timeZone.flatMap { ExportTimeZone(known: $0) } ?? CalendarPost.planZone(plan)
        let instant = zone.instant(local)
        var findings: [Finding] = []
        if let checkedAt = schedule.checkedAt, instant.seconds < Int(checkedAt.timeIntervalSince1970.rounded(.down)) {
            findings.append(finding(pastID, .warning, "schedule.past", ["when": local.readable, "whenFi": finnish(local)]))
        }
        let quiet = QuietHours(json: plan?["calendar"]?["quietHours"], fallback: schedule.rules.quietHours) ?? schedule.rules.quietHours
        if quiet.contains(hour: local.hour, minute: local.minute) {
            findings.append(finding(quietHoursID, .warning, "schedule.quiet-hours", [
                "time": QuietHours.clock(local.hour * 60 + local.minute), "timeFi": QuietHours.clock(local.hour * 60 + local.minute, finnish: true),
                "start": QuietHours.clock(quiet.start), "end": QuietHours.clock(quiet.end),
                "startFi": QuietHours.clock(quiet.start, finnish: true), "endFi": QuietHours.clock(quiet.end, finnish: true),
            ]))
        }
        let others = CalendarPost.posts(in: plan, excluding: schedule.excludingDraft)
        var seen: Set<String> = []
        for channel in schedule.channels where seen.insert(channel).inserted {
            let posts = others.filter { $0.channels.contains(channel) }
            let json = plan?["channels"]?[channel]
            let name = json?["name"]?.stringValue.map { LocalizedText([.fi: $0, .en: $0]) }
                ?? schedule.channelNames[channel] ?? LocalizedText([.fi: channel, .en: channel])
            findings += interval(name: name, instant: instant, posts: posts, zone: zone, hours: schedule.rules.minHoursBetweenPosts)
            let cadence = json?["cadence"]
            if let max = cadence?["max"]?.intValue, max > 0 {
                findings += week(name: name, local: local, posts: posts, zone: zone, max: max)
            }
            if let min = cadence?["min"]?.intValue, min >= 1 {
                findings += gaps(name: name, instant: instant, local: local, posts: posts, zone: zone, min: min)
            }
        }
        return findings
    }

    /// Another post on the channel less than `hours` elapsed hours away: the nearest one.
    private static func interval(name: LocalizedText, instant: UTCInstant, posts: [CalendarPost], zone: ExportTimeZone, hours: Int) -> [Finding] {
        guard hours > 0, let nearest = posts.min(by: { abs($0.instant.seconds - instant.seconds) < abs($1.instant.seconds - instant.seconds) }),
              abs(nearest.instant.seconds - instant.seconds) < hours * 3_600 else { return [] }
        let other = zone.local(nearest.instant)
        return [finding(tooFrequentID, .warning, "schedule.too-frequent.interval", [
            "channel": name.text(.en), "channelFi": name.text(.fi), "draft": nearest.draft, "hours": String(hours), "when": other.readable, "whenFi": finnish(other),
        ])]
    }

    /// More posts than `max` in the ISO week of the post, counted by local date.
    private static func week(name: LocalizedText, local: LocalDateTime, posts: [CalendarPost], zone: ExportTimeZone, max: Int) -> [Finding] {
        let monday = local.date.adding(days: 1 - local.date.weekday)
        let sunday = monday.adding(days: 6)
        let count = 1 + posts.filter { (monday...sunday).contains(zone.local($0.instant).date) }.count
        guard count > max else { return [] }
        return [finding(tooFrequentID, .warning, "schedule.too-frequent.week", [
            "channel": name.text(.en), "channelFi": name.text(.fi), "count": String(count), "max": String(max), "maxTimes": times(max), "maxTimesFi": timesFinnish(max),
            "week": String(isoWeek(monday)), "dates": monday.iso + " – " + sunday.iso,
            "datesFi": "\(monday.day).\(monday.month).–\(sunday.day).\(sunday.month).\(sunday.year)",
        ])]
    }

    /// The previous post (and the next) more than ⌈7 / min⌉ calendar days away.
    private static func gaps(name: LocalizedText, instant: UTCInstant, local: LocalDateTime, posts: [CalendarPost], zone: ExportTimeZone, min: Int) -> [Finding] {
        let allowed = (7 + min - 1) / min
        var findings: [Finding] = []
        let neighbours = [("schedule.gap.since", posts.last { $0.instant < instant }), ("schedule.gap.until", posts.first { $0.instant > instant })]
        for (message, neighbour) in neighbours {
            guard let neighbour else { continue }
            let other = zone.local(neighbour.instant)
            let days = abs(local.date.dayNumber - other.date.dayNumber)
            guard days > allowed else { continue }
            findings.append(finding(gapID, .info, message, [
                "channel": name.text(.en), "channelFi": name.text(.fi), "draft": neighbour.draft, "days": String(days), "min": String(min),
                "minTimes": times(min), "minTimesFi": timesFinnish(min), "when": other.date.iso, "whenFi": "\(other.date.day).\(other.date.month).\(other.date.year)",
            ]))
        }
        return findings
    }

    private static func finding(_ rule: RuleID, _ severity: Severity, _ message: String, _ arguments: [String: String]) -> Finding {
        Finding(rule: rule, severity: severity, start: 0, end: 0, message: message, arguments: arguments)
    }

    /// `1.12.2026 klo 16.30`.
    static func finnish(_ time: LocalDateTime) -> String {
        "\(time.date.day).\(time.date.month).\(time.date.year) klo " + QuietHours.clock(time.hour * 60 + time.minute, finnish: true)
    }

    private static func times(_ count: Int) -> String {
        switch count {
        case 1: return "once"
        case 2: return "twice"
        default: return "\(count) times"
        }
    }

    private static func timesFinnish(_ count: Int) -> String {
        count == 1 ? "kerran" : "\(count) kertaa"
    }

    /// The ISO 8601 week number of the week starting on `monday`: the week of its Thursday.
    static func isoWeek(_ monday: CivilDate) -> Int {
        let thursday = monday.adding(days: 3)
        let newYear = CivilDate(year: thursday.year, month: 1, day: 1)?.dayNumber ?? thursday.dayNumber
        return (thursday.dayNumber - newYear) / 7 + 1
    }
}
