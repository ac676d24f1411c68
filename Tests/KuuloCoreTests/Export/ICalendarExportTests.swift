import Foundation
import KuuloData
import Testing
@testable import KuuloCore

@Suite("iCalendar export")
struct ICalendarExportTests {
    let ics = PlanExporter.render(ExportFixtures.rich(), format: .ics, language: .fi, data: DataFiles(embedded: EmbeddedFiles.all))

    /// The logical lines: physical lines unfolded.
    var unfolded: [String] {
        ics.replacingOccurrences(of: "\r\n ", with: "").components(separatedBy: "\r\n").filter { !$0.isEmpty }
    }

    @Test("lines end in CRLF and no physical line is longer than 75 octets")
    func lineShape() {
        #expect(ics.hasSuffix("END:VCALENDAR\r\n"))
        #expect(!ics.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
        #expect(!ics.replacingOccurrences(of: "\r\n", with: "").contains("\r"))
        for line in ics.components(separatedBy: "\r\n") {
            #expect(line.utf8.count <= 75, "\(line)")
        }
        #expect(ics.contains("\r\n "), "the long description should be folded")
    }

    @Test("folding never splits a UTF-8 sequence and unfolds to the original")
    func folding() {
        let line = "DESCRIPTION:" + String(repeating: "ä🎉x", count: 40)
        let folded = ICalendarLines.fold(line)
        for physical in folded.components(separatedBy: "\r\n") {
            #expect(physical.utf8.count <= 75)
        }
        #expect(folded.replacingOccurrences(of: "\r\n ", with: "") == line + "\r\n")
    }

    @Test("TEXT values are escaped")
    func escaping() {
        #expect(ICalendarLines.escapeText("a\\b;c,d\ne\r\nf\u{7}") == "a\\\\b\\;c\\,d\\ne\\nf")
        #expect(unfolded.contains { $0.hasPrefix("SUMMARY:Julkaisu: Edustajistovaalit: äänestä!") })
        #expect(unfolded.contains { $0.contains("Ilmoittaudu 1.12. mennessä\\, linkki biossa.\\n\\n– Maija") })
    }

    @Test("a Europe/Helsinki VTIMEZONE with the EU rule, and local starts with TZID")
    func timeZone() {
        let lines = unfolded
        let zone = lines.drop { $0 != "BEGIN:VTIMEZONE" }.prefix { $0 != "END:VTIMEZONE" }
        #expect(zone.contains("TZID:Europe/Helsinki"))
        #expect(zone.contains("DTSTART:19700329T030000"))
        #expect(zone.contains("RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU"))
        #expect(zone.contains("DTSTART:19701025T040000"))
        #expect(zone.contains("RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU"))
        #expect(lines.contains("DTSTART;TZID=Europe/Helsinki:20261201T180000"))
        // Stockholm is not described by a VTIMEZONE here, so its start is given in UTC (CET = UTC+1).
        #expect(lines.contains("DTSTART:20270110T110000Z"))
    }

    @Test("events have stable, unique UIDs and a DTSTAMP from the latest revision")
    func identities() {
        let uids = unfolded.filter { $0.hasPrefix("UID:") }
        #expect(Set(uids).count == uids.count)
        #expect(uids.contains("UID:draft-1@kyy.kuulo.invalid"))
        #expect(uids.contains("UID:draft-10@kyy.kuulo.invalid"))
        #expect(!uids.contains("UID:draft-3@kyy.kuulo.invalid"), "an unscheduled draft has no event")
        #expect(uids.contains("UID:routine-monitoring@kyy.kuulo.invalid"))
        #expect(uids.contains("UID:routine-metrics-review@kyy.kuulo.invalid"))
        #expect(uids.contains("UID:routine-yearly-review@kyy.kuulo.invalid"))
        let stamps = Set(unfolded.filter { $0.hasPrefix("DTSTAMP:") })
        #expect(stamps == ["DTSTAMP:20261125T121342Z"])
    }

    @Test("routines recur in local time from the first matching day after the first revision")
    func routines() {
        let lines = unfolded
        // First revision 2026-08-20 (Thursday): weekly monitoring on Mondays from 2026-08-24.
        #expect(lines.contains("RRULE:FREQ=WEEKLY;BYDAY=MO"))
        #expect(lines.contains("DTSTART;TZID=Europe/Helsinki:20260824T090000"))
        // Termly reviews: the second Monday of May and December; the first is 2026-12-14.
        #expect(lines.contains("RRULE:FREQ=YEARLY;BYMONTH=5,12;BYDAY=2MO"))
        #expect(lines.contains("DTSTART;TZID=Europe/Helsinki:20261214T160000"))
        // The yearly review on the anniversary of the first revision.
        #expect(lines.contains("RRULE:FREQ=YEARLY;BYMONTH=8;BYMONTHDAY=20"))
        #expect(lines.contains("DTSTART;TZID=Europe/Helsinki:20270820T160000"))
    }

    @Test("monitoring frequencies and review rhythms map to recurrence rules", arguments: [
        ("daily", "RRULE:FREQ=DAILY"), ("twice-a-week", "RRULE:FREQ=WEEKLY;BYDAY=MO,TH"),
        ("fortnightly", "RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=MO"),
    ])
    func frequencies(frequency: String, rule: String) {
        var document = ExportFixtures.rich()
        document.content.setValue(.string(frequency), at: JSONPointer(tokens: ["monitoring", "frequency"]))
        document.content.setValue("monthly", at: JSONPointer(tokens: ["metrics", "reviewRhythm"]))
        let text = PlanExporter.render(document, format: .ics, language: .en, data: DataFiles(embedded: EmbeddedFiles.all))
        #expect(text.contains(rule + "\r\n"))
        #expect(text.contains("RRULE:FREQ=MONTHLY;BYDAY=1MO\r\n"))
        #expect(text.contains("DTSTART;TZID=Europe/Helsinki:20260907T160000\r\n"), "first Monday of September 2026")
    }

    @Test("a yearlyOn date in the plan sets the yearly review")
    func yearlyOn() {
        var document = ExportFixtures.rich()
        document.content.setValue(["yearlyOn": "02-29"], at: JSONPointer(tokens: ["review"]))
        let text = PlanExporter.render(document, format: .ics, language: .en, data: DataFiles(embedded: EmbeddedFiles.all))
        #expect(text.contains("RRULE:FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=28\r\n"))
        #expect(text.contains("DTSTART;TZID=Europe/Helsinki:20270228T160000\r\n"))
    }

    @Test("a plan without routines or drafts is still a valid calendar")
    func nameOnly() {
        let text = PlanExporter.render(ExportFixtures.nameOnly(), format: .ics, language: .fi, data: DataFiles(embedded: EmbeddedFiles.all))
        #expect(text.contains("BEGIN:VTIMEZONE"))
        #expect(!text.contains("BEGIN:VEVENT"))
    }
}
