import Foundation

/// Where and when a post goes out, and what it shows: what the schedule rules and `alt-text.missing`
/// check, against the plan's channels and the other drafts of its content calendar.
///
/// Set it on `CheckContext.schedule` to run those rules. It holds no clock: the time is the post's own
/// `scheduledAt`, a local wall time, and `checkedAt` is the time now as the edge gave it.
public struct DraftSchedule: Equatable, Sendable {
    /// The plan's channel keys the post goes to (`instagram-feed`).
    public var channels: [String]
    /// The publishing time as local wall time, `2026-12-01T18:00`; `nil` when not scheduled.
    public var scheduledAt: String?
    /// The IANA zone of `scheduledAt`; `nil` for the plan's (`organisation.timeZone`, else Europe/Helsinki).
    public var timeZone: String?
    /// `none`, `image` or `video`; `nil` for none.
    public var media: String?
    /// The description of the image or video.
    public var altText: String?
    /// The calendar key of the draft being checked, so it is not counted against itself.
    public var excludingDraft: String?
    /// The thresholds (`ScheduleRuleData(data:)`).
    public var rules: ScheduleRuleData
    /// Names to show for channel keys, per language (from the channel catalogue); a channel without one
    /// is shown by the plan's `name`, else its key.
    public var channelNames: [String: LocalizedText]
    /// When the check runs, for `schedule.past`; `nil` skips that rule (a published post, or no clock).
    public var checkedAt: Date?

    /// Creates a schedule.
    public init(channels: [String] = [], scheduledAt: String? = nil, timeZone: String? = nil, media: String? = nil,
                altText: String? = nil, excludingDraft: String? = nil, rules: ScheduleRuleData = .defaults,
                channelNames: [String: LocalizedText] = [:], checkedAt: Date? = nil) {
        self.channels = channels
        self.scheduledAt = scheduledAt
        self.timeZone = timeZone
        self.media = media
        self.altText = altText
        self.excludingDraft = excludingDraft
        self.rules = rules
        self.channelNames = channelNames
        self.checkedAt = checkedAt
    }

    /// The schedule of draft `number` of the plan's calendar (`calendar.drafts.<number>`), as `Draft` reads it.
    public init(draft: JSONValue, number: String, rules: ScheduleRuleData = .defaults, channelNames: [String: LocalizedText] = [:]) {
        self.init(draft: Draft(number: number, json: draft), rules: rules, channelNames: channelNames)
    }

    /// The schedule of a draft: the channels it goes to (`Draft.allChannels`), its time and zone, and its
    /// media. Of several images or videos the first without alt text is the one reported.
    public init(draft: Draft, rules: ScheduleRuleData = .defaults, channelNames: [String: LocalizedText] = [:]) {
        let shown = draft.shownMedia
        let missing = shown.first { $0.altText == nil }
        var media: String?
        var altText: String?
        if let item = missing ?? shown.first {
            media = item.kind
            altText = missing == nil ? item.altText : nil
        } else if case .word(let word)? = draft.media {
            media = word
            altText = draft.altText
        }
        self.init(channels: draft.allChannels, scheduledAt: draft.scheduledAt, timeZone: draft.timeZone,
                  media: media, altText: altText, excludingDraft: draft.number, rules: rules, channelNames: channelNames)
    }

    /// The plan's channel keys that `name` refers to: the channel with that key; else every channel whose
    /// `kind` is `name`; else every channel whose platform (`platformOf` its kind or key) is `name`.
    /// Removed channels are skipped.
    public static func planChannels(matching name: String, in plan: JSONValue?, platformOf: (String) -> String?) -> [String] {
        let wanted = name.lowercased()
        let channels = (plan?["channels"]?.objectValue ?? [:]).filter { $0.value["removed"]?.boolValue != true }
        if channels.keys.contains(where: { $0.lowercased() == wanted }) {
            return channels.keys.filter { $0.lowercased() == wanted }.sorted()
        }
        let byKind = channels.filter { $0.value["kind"]?.stringValue?.lowercased() == wanted }.keys.sorted()
        if !byKind.isEmpty { return byKind }
        return channels.filter { key, value in platformOf(value["kind"]?.stringValue ?? key)?.lowercased() == wanted }.keys.sorted()
    }
}
