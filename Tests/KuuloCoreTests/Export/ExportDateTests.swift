import Foundation
import Testing
@testable import KuuloCore

@Suite("Export dates")
struct ExportDateTests {
    @Test("civil dates: day numbers, weekdays and the last Sunday of a month")
    func civil() throws {
        let date = try #require(CivilDate(year: 2026, month: 12, day: 1))
        #expect(date.weekday == 2)
        #expect(CivilDate(dayNumber: date.dayNumber) == date)
        #expect(CivilDate(dayNumber: 0).iso == "1970-01-01")
        #expect(PlanSchedule.fallbackAnchor.iso == "2026-01-01")
        #expect(CivilDate.lastSunday(year: 2026, month: 3).iso == "2026-03-29")
        #expect(CivilDate.lastSunday(year: 2026, month: 10).iso == "2026-10-25")
        #expect(CivilDate.lastSunday(year: 1970, month: 3).iso == "1970-03-29")
        #expect(CivilDate.lastSunday(year: 1970, month: 10).iso == "1970-10-25")
        #expect(CivilDate(year: 2027, month: 2, day: 29) == nil)
        #expect(CivilDate(iso: "2028-02-29") != nil)
    }

    @Test("Helsinki offsets switch at 01:00 UTC on the last Sundays of March and October")
    func helsinki() throws {
        let zone = ExportTimeZone.helsinki
        let before = try #require(UTCInstant(iso: "2026-03-29T00:59:59Z"))
        let after = try #require(UTCInstant(iso: "2026-03-29T01:00:00Z"))
        #expect(zone.offset(at: before) == 7_200)
        #expect(zone.offset(at: after) == 10_800)
        #expect(zone.offset(at: try #require(UTCInstant(iso: "2026-10-25T00:59:59Z"))) == 10_800)
        #expect(zone.offset(at: try #require(UTCInstant(iso: "2026-10-25T01:00:00Z"))) == 7_200)
        #expect(zone.local(try #require(UTCInstant(iso: "2026-11-25T23:30:00Z"))).date.iso == "2026-11-26")
        #expect(UTCInstant(iso: "2026-11-26T01:30:00+02:00")?.compact == "20261125T233000Z")
    }

    @Test("the system zone database agrees with the built-in Helsinki rule")
    func agreesWithSystem() throws {
        let system = try #require(ExportTimeZone(known: "Europe/Berlin"))
        #expect(system.offset(at: try #require(UTCInstant(iso: "2026-07-01T12:00:00Z"))) == 7_200)
        guard let database = TimeZone(identifier: "Europe/Helsinki") else { return }
        for day in stride(from: 20_454, to: 21_550, by: 5) {
            let instant = UTCInstant(seconds: day * 86_400 + 3_600)
            #expect(ExportTimeZone.helsinki.offset(at: instant) == database.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(instant.seconds))))
        }
    }

    @Test("local readings parse with or without seconds and reject nonsense")
    func localParsing() {
        #expect(LocalDateTime(iso: "2026-12-01T18:00")?.compact == "20261201T180000")
        #expect(LocalDateTime(iso: "2026-12-01 18:00:30")?.compact == "20261201T180030")
        #expect(LocalDateTime(iso: "2026-12-01T25:00") == nil)
        #expect(LocalDateTime(iso: "huomenna") == nil)
    }
}
