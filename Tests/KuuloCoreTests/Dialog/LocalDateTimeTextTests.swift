import Foundation
import KuuloData
import Testing
@testable import KuuloCore

/// Dates and times as trustees type them, read against "now" in Europe/Helsinki, with the instant each
/// means across both daylight-saving changes of 2026 (29 March and 25 October) and the turn of the year.
@Suite("Typed dates and times")
struct LocalDateTimeTextTests {
    struct Row: Sendable {
        let now: LocalDateTime
        let input: String
        let local: String
        let utc: String
        init(_ now: LocalDateTime, _ input: String, _ local: String, _ utc: String) {
            (self.now, self.input, self.local, self.utc) = (now, input, local, utc)
        }
    }

    static func at(_ text: String) -> LocalDateTime {
        LocalDateTime(iso: text) ?? LocalDateTime(secondsAsUTC: 0)
    }

    /// Friday, two days before summer time.
    static let springForward = at("2026-03-27T10:00")
    /// Friday, two days before winter time.
    static let fallBack = at("2026-10-23T10:00")
    /// Wednesday, the year about to end.
    static let yearEnd = at("2026-12-30T15:00")
    static let words = DateWords(data: DataFiles(embedded: EmbeddedFiles.all))

    static let understood: [Row] = [
            Row(springForward, "su klo 12", "2026-03-29T12:00", "2026-03-29T09:00Z"),
            Row(springForward, "huomenna klo 12", "2026-03-28T12:00", "2026-03-28T10:00Z"),
            Row(springForward, "ylihuomenna 18", "2026-03-29T18:00", "2026-03-29T15:00Z"),
            Row(springForward, "tomorrow 6pm", "2026-03-28T18:00", "2026-03-28T16:00Z"),
            Row(springForward, "Sun 18:00", "2026-03-29T18:00", "2026-03-29T15:00Z"),
            Row(springForward, "ma 9.00", "2026-03-30T09:00", "2026-03-30T06:00Z"),
            Row(springForward, "pe 18.00", "2026-03-27T18:00", "2026-03-27T16:00Z"),
            Row(springForward, "pe 9.00", "2026-04-03T09:00", "2026-04-03T06:00Z"),
            Row(springForward, "ensi perjantaina 18", "2026-04-03T18:00", "2026-04-03T15:00Z"),
            Row(springForward, "next friday 6pm", "2026-04-03T18:00", "2026-04-03T15:00Z"),
            Row(springForward, "Fri 18:00", "2026-03-27T18:00", "2026-03-27T16:00Z"),
            Row(springForward, "klo 12", "2026-03-27T12:00", "2026-03-27T10:00Z"),
            Row(springForward, "klo 9", "2026-03-28T09:00", "2026-03-28T07:00Z"),
            Row(springForward, "28.3. klo 23.30", "2026-03-28T23:30", "2026-03-28T21:30Z"),
            Row(springForward, "29.3. klo 2.30", "2026-03-29T02:30", "2026-03-29T00:30Z"),
            Row(springForward, "29.3. klo 4.30", "2026-03-29T04:30", "2026-03-29T01:30Z"),
            Row(springForward, "1.4.", "2026-04-01T12:00", "2026-04-01T09:00Z"),
            Row(springForward, "27.3.", "2026-03-27T12:00", "2026-03-27T10:00Z"),
            Row(springForward, "26.3.", "2027-03-26T12:00", "2027-03-26T10:00Z"),
            Row(springForward, "March 29 at 12", "2026-03-29T12:00", "2026-03-29T09:00Z"),
            Row(springForward, "29 March 2026 12:00", "2026-03-29T12:00", "2026-03-29T09:00Z"),
            Row(springForward, "29th March 6pm", "2026-03-29T18:00", "2026-03-29T15:00Z"),
            Row(springForward, "2026-03-29 12:00", "2026-03-29T12:00", "2026-03-29T09:00Z"),
            Row(springForward, "2026-03-29T12:00", "2026-03-29T12:00", "2026-03-29T09:00Z"),
            Row(springForward, "29.3.2026 12.00", "2026-03-29T12:00", "2026-03-29T09:00Z"),
            Row(springForward, "29.3.2026 klo 12", "2026-03-29T12:00", "2026-03-29T09:00Z"),
            Row(springForward, "29. maaliskuuta klo 12", "2026-03-29T12:00", "2026-03-29T09:00Z"),
            Row(springForward, "sunnuntaina kello 12", "2026-03-29T12:00", "2026-03-29T09:00Z"),
            Row(springForward, "tomorrow at six", "2026-03-28T06:00", "2026-03-28T04:00Z"),
            Row(springForward, "huomenna klo kuusi", "2026-03-28T06:00", "2026-03-28T04:00Z"),
            Row(springForward, "today 8pm", "2026-03-27T20:00", "2026-03-27T18:00Z"),
            Row(springForward, "tänään klo 20", "2026-03-27T20:00", "2026-03-27T18:00Z"),
            Row(springForward, "la 12", "2026-03-28T12:00", "2026-03-28T10:00Z"),
            Row(springForward, "Sat 12pm", "2026-03-28T12:00", "2026-03-28T10:00Z"),
            Row(springForward, "Sat 12am", "2026-03-28T00:00", "2026-03-27T22:00Z"),
            Row(springForward, "on Monday at 9:30am", "2026-03-30T09:30", "2026-03-30T06:30Z"),
            Row(springForward, "ke 8.4. klo 17", "2026-04-08T17:00", "2026-04-08T14:00Z"),
            Row(fallBack, "su klo 12", "2026-10-25T12:00", "2026-10-25T10:00Z"),
            Row(fallBack, "la klo 12", "2026-10-24T12:00", "2026-10-24T09:00Z"),
            Row(fallBack, "huomenna 18.00", "2026-10-24T18:00", "2026-10-24T15:00Z"),
            Row(fallBack, "ylihuomenna klo 18", "2026-10-25T18:00", "2026-10-25T16:00Z"),
            Row(fallBack, "Sunday 6pm", "2026-10-25T18:00", "2026-10-25T16:00Z"),
            Row(fallBack, "next Monday 9am", "2026-10-26T09:00", "2026-10-26T07:00Z"),
            Row(fallBack, "ensi maanantaina klo 9", "2026-10-26T09:00", "2026-10-26T07:00Z"),
            Row(fallBack, "25.10. klo 2.30", "2026-10-25T02:30", "2026-10-24T23:30Z"),
            Row(fallBack, "25.10. klo 5", "2026-10-25T05:00", "2026-10-25T03:00Z"),
            Row(fallBack, "Oct 25 5:00", "2026-10-25T05:00", "2026-10-25T03:00Z"),
            Row(fallBack, "31.10.", "2026-10-31T12:00", "2026-10-31T10:00Z"),
            Row(fallBack, "1.11. klo 12", "2026-11-01T12:00", "2026-11-01T10:00Z"),
            Row(fallBack, "8.12. klo 12", "2026-12-08T12:00", "2026-12-08T10:00Z"),
            Row(fallBack, "8.12.", "2026-12-08T12:00", "2026-12-08T10:00Z"),
            Row(fallBack, "Dec 8", "2026-12-08T12:00", "2026-12-08T10:00Z"),
            Row(fallBack, "8 Dec 12:00", "2026-12-08T12:00", "2026-12-08T10:00Z"),
            Row(fallBack, "December 8th 12pm", "2026-12-08T12:00", "2026-12-08T10:00Z"),
            Row(fallBack, "pe 11.12. klo 18", "2026-12-11T18:00", "2026-12-11T16:00Z"),
            Row(fallBack, "Fri 11 Dec 6pm", "2026-12-11T18:00", "2026-12-11T16:00Z"),
            Row(fallBack, "ensi perjantaina 18", "2026-10-30T18:00", "2026-10-30T16:00Z"),
            Row(fallBack, "pe 18.00", "2026-10-23T18:00", "2026-10-23T15:00Z"),
            Row(fallBack, "tomorrow 6pm", "2026-10-24T18:00", "2026-10-24T15:00Z"),
            Row(fallBack, "8.12 klo 12", "2026-12-08T12:00", "2026-12-08T10:00Z"),
            Row(fallBack, "kello 18.15", "2026-10-23T18:15", "2026-10-23T15:15Z"),
            Row(fallBack, "at 7:45pm", "2026-10-23T19:45", "2026-10-23T16:45Z"),
            Row(yearEnd, "2.1.", "2027-01-02T12:00", "2027-01-02T10:00Z"),
            Row(yearEnd, "ma 9", "2027-01-04T09:00", "2027-01-04T07:00Z"),
            Row(yearEnd, "tomorrow 6pm", "2026-12-31T18:00", "2026-12-31T16:00Z"),
            Row(yearEnd, "31.12. klo 23.59", "2026-12-31T23:59", "2026-12-31T21:59Z"),
            Row(yearEnd, "Jan 2nd 10am", "2027-01-02T10:00", "2027-01-02T08:00Z"),
            Row(yearEnd, "ke 14", "2027-01-06T14:00", "2027-01-06T12:00Z"),
            Row(yearEnd, "ke 16", "2026-12-30T16:00", "2026-12-30T14:00Z"),
            Row(yearEnd, "1.1.27 klo 0.30", "2027-01-01T00:30", "2026-12-31T22:30Z"),
        ]
    static let refused: [(LocalDateTime, String)] = [
            (fallBack, "next blursday"),
            (fallBack, "huomenna klo 25"),
            (fallBack, "31.4."),
            (fallBack, "30.2. klo 12"),
            (fallBack, "tomorrow 13pm"),
            (fallBack, "pe la 18"),
            (fallBack, "klo"),
            (fallBack, "18:75"),
            (fallBack, "huomenna tänään"),
            (fallBack, "kaksi kertaa"),
            (fallBack, "ensi 18"),
            (fallBack, "29.2.2027 9.30"),
            (fallBack, "to 11.12. klo 18"),
            (fallBack, "Thu 11 Dec 18:00"),
            (fallBack, "12.13."),
            (fallBack, "huomenna 6pm 7pm"),
        ]

    @Test("what people type is read as the local time and the instant it means", arguments: understood)
    func readsAsMeant(_ row: Row) throws {
        let value = LocalDateTimeText.parse(row.input, input: DateInput(localNow: row.now, words: Self.words))
        #expect(value == row.local, "\(row.input)")
        let local = try #require(LocalDateTime(iso: row.local))
        #expect(ExportTimeZone.helsinki.instant(local) == UTCInstant(iso: row.utc), "\(row.input)")
    }

    @Test("unknown words, impossible dates and times, and a weekday that is not the date's are refused", arguments: refused)
    func refusesNonsense(_ now: LocalDateTime, _ input: String) {
        #expect(LocalDateTimeText.parse(input, input: DateInput(localNow: now, words: Self.words)) == nil, "\(input)")
    }

    @Test("the table has at least 60 readings, in both languages, on both sides of both changes")
    func tableCoverage() {
        #expect(Self.understood.count >= 60)
        #expect(Self.understood.contains { $0.utc.hasPrefix("2026-03-29") } && Self.understood.contains { $0.utc.hasPrefix("2026-10-25") })
    }

    @Test("the absolute form needs its year and reads klo and at as well as digits")
    func absolute() {
        #expect(LocalDateTimeText.parse("2026-12-01 18:00") == "2026-12-01T18:00")
        #expect(LocalDateTimeText.parse("1.12.2026 klo 18", words: Self.words) == "2026-12-01T18:00")
        #expect(LocalDateTimeText.parse("29.2.2028 9.30") == "2028-02-29T09:30")
        #expect(LocalDateTimeText.parse("29.2.2027 9.30") == nil)
        #expect(LocalDateTimeText.parse("8.12. klo 12", words: Self.words) == nil, "no year, no now to place it")
    }

    @Test("a time now on the plan's clock is read in the plan's zone")
    func nowInZone() {
        // 2026-03-28T22:30Z is 00:30 on Sunday in Helsinki: "tänään" is Sunday there.
        let input = DateInput(now: Date(timeIntervalSince1970: 1_774_737_000), timeZone: "Europe/Helsinki", words: Self.words)
        #expect(LocalDateTimeText.parse("tänään klo 12", input: input) == "2026-03-29T12:00")
    }
}
