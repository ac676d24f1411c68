import Foundation

/// A scheduled draft of the plan's content calendar as the schedule rules see it: its key, its
/// channels and the instant it goes out.
struct CalendarPost: Equatable, Sendable {
    /// The draft's key in `calendar.drafts` ("3").
    let draft: String
    /// Its channel keys.
    let channels: [String]
    /// When it goes out.
    let instant: UTCInstant

    /// The plan's zone: `organisation.timeZone` when known, else Europe/Helsinki.
    static func planZone(_ plan: JSONValue?) -> ExportTimeZone {
        plan.flatMap { Plan(json: $0).organisation?.timeZone }.flatMap { ExportTimeZone(known: $0) } ?? .helsinki
    }

    /// Every draft of the calendar with a readable `scheduledAt`, except `excluded`, whatever its status
    /// (a published post went out, a draft is meant to). Each time is read in the draft's own zone,
    /// else the plan's.
    static func posts(in plan: JSONValue?, excluding excluded: String?) -> [CalendarPost] {
        let zone = planZone(plan)
        var posts: [CalendarPost] = []
        for (key, draft) in Plan(json: plan ?? .object([:])).drafts where key != excluded {
            guard let local = draft.scheduledTime else { continue }
            let own = draft.timeZone.flatMap { ExportTimeZone(known: $0) } ?? zone
            posts.append(CalendarPost(draft: key, channels: draft.allChannels, instant: own.instant(local)))
        }
        return posts.sorted { ($0.instant, $0.draft) < ($1.instant, $1.draft) }
    }
}
