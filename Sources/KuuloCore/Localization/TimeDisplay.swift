import Foundation

/// Times as a trustee reads them, in the chat as in the written plan: the plan's time zone
/// (Europe/Helsinki unless the plan names another), the language's own format ("ma 7.12.2026 klo
/// 23.30", "Mon 7 December 2026, 23:30"), and "tänään"/"huomenna"/"eilen" for times close to now.
/// It formats through `ExportDates`, the export's formatter, so there is one way to write a time.
public struct TimeDisplay {
    let dates: ExportDates
    let zone: ExportTimeZone
    /// Today in the plan's zone, when the time now is known.
    let today: CivilDate?

    /// The formatter for a plan (its `organisation.timeZone`) in `language`; `now` comes from the edge.
    public init(data: DataFiles, language: Language, content: JSONValue, now: Date?) {
        self.dates = ExportDates(texts: ExportTexts(data: data, language: language))
        let named = content["organisation"]?["timeZone"]?.stringValue?.nonBlank
        let zone = named.flatMap(ExportTimeZone.init(known:)) ?? .helsinki
        self.zone = zone
        self.today = now.map { zone.local(UTCInstant(seconds: Int($0.timeIntervalSince1970))).date }
    }

    /// A stored UTC timestamp (`2026-12-06T11:50:17Z`, a revision's or an approval's time) as local time.
    public func timestamp(_ iso: String) -> String {
        guard let instant = UTCInstant(iso: iso) else { return iso }
        return dates.dateTime(zone.local(instant), today: today)
    }

    /// A stored local time (`2026-12-08T12:00`, a draft's schedule) as the language writes it.
    public func local(_ text: String) -> String {
        guard let value = LocalDateTime(iso: text) else { return text }
        return dates.dateTime(value, today: today)
    }

    /// A stored date or timestamp shown as a date (`6.12.2026`).
    public func date(ofTimestamp iso: String) -> String {
        dates.date(ofTimestamp: iso, in: zone)
    }
}
