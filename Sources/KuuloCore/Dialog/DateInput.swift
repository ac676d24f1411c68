import Foundation

/// What a typed date is read against: the time now on the plan's wall clock, and the words people
/// use for dates. The edge gives the time; the core never reads a clock.
public struct DateInput: Sendable {
    /// Now, in the plan's time zone.
    let now: LocalDateTime
    /// Weekday, month and relative words, and number words.
    public let words: DateWords

    /// `now` read in `timeZone` (an IANA name; Europe/Helsinki when `nil` or unknown).
    public init(now: Date, timeZone: String?, words: DateWords) {
        let zone = timeZone.flatMap { ExportTimeZone(known: $0) } ?? .helsinki
        let instant = UTCInstant(seconds: Int(now.timeIntervalSince1970.rounded(.down)))
        self.now = zone.local(instant)
        self.words = words
    }

    /// Reading against a wall-clock time directly (tests).
    init(localNow: LocalDateTime, words: DateWords) {
        self.now = localNow
        self.words = words
    }

    /// The input of a plan's flows: its `organisation.timeZone` and the words in `data`.
    static func plan(_ content: JSONValue, now: Date, data: DataFiles) -> DateInput {
        DateInput(now: now, timeZone: content["organisation"]?["timeZone"]?.stringValue, words: DateWords(data: data))
    }
}
