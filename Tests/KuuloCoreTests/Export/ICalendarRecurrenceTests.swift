import KuuloData
import Testing
@testable import KuuloCore

@Suite("Routine recurrence")
struct ICalendarRecurrenceTests {
    @Test("the start day is read from the rule: weekdays, the n-th weekday of a month, months and month days")
    func matches() throws {
        let twice = try #require(ICalendarRecurrence("FREQ=WEEKLY;BYDAY=MO,TH"))
        let monday = try #require(CivilDate(year: 2026, month: 11, day: 30))
        #expect(twice.matches(monday))
        #expect(twice.matches(monday.adding(days: 3)))
        #expect(!twice.matches(monday.adding(days: 1)))
        let termly = try #require(ICalendarRecurrence("FREQ=YEARLY;BYMONTH=5,12;BYDAY=2MO"))
        #expect(termly.matches(try #require(CivilDate(year: 2026, month: 12, day: 14))))
        #expect(!termly.matches(try #require(CivilDate(year: 2026, month: 12, day: 7))))
        #expect(!termly.matches(try #require(CivilDate(year: 2026, month: 11, day: 9))))
        let yearly = try #require(ICalendarRecurrence("FREQ=YEARLY;BYMONTH=8;BYMONTHDAY=20"))
        #expect(yearly.matches(try #require(CivilDate(year: 2027, month: 8, day: 20))))
        #expect(ICalendarRecurrence("FREQ=WEEKLY;BYDAY=XX") == nil)
    }

    @Test("every routine is keyed by an option value the onboarding flow offers for that field")
    func rulesFollowTheFlowsOptions() throws {
        let data = DataFiles(embedded: EmbeddedFiles.all)
        let tree = try #require(data.tree("Prompts/flows/onboarding.yaml"))
        let flow = try Flow(json: tree, path: "onboarding.yaml")
        func options(_ field: String) -> Set<String> {
            Set(flow.steps.first { $0.field == field }?.options.map(\.value) ?? [])
        }
        #expect(Set(ICalendarRoutines.monitoringRules.keys).isSubset(of: options("/monitoring/frequency")))
        #expect(Set(ICalendarRoutines.reviewRules.keys).isSubset(of: options("/metrics/reviewRhythm")))
        #expect(!ICalendarRoutines.monitoringRules.isEmpty)
        for rule in Array(ICalendarRoutines.monitoringRules.values) + Array(ICalendarRoutines.reviewRules.values) {
            #expect(ICalendarRecurrence(rule) != nil, "\(rule) cannot be read")
        }
    }
}
