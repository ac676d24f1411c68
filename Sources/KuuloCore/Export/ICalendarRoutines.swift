import Foundation

/// The plan's routines as recurring iCalendar events in Europe/Helsinki local time: listening at the
/// plan's monitoring frequency, results reviews at its review rhythm, and the yearly plan review. Each
/// starts on the first matching day on or after the plan's anchor date (its first revision).
struct ICalendarRoutines {
    let writer: ICalendarWriter

    /// Monitoring: a 15-minute check at 09:00.
    static let monitoringTime = (hour: 9, minute: 0, duration: "PT15M")
    /// Results reviews and the yearly review: an hour at 16:00.
    static let reviewTime = (hour: 16, minute: 0, duration: "PT1H")

    func add(to lines: inout ICalendarLines) {
        addMonitoring(to: &lines)
        addMetricsReview(to: &lines)
        addYearlyReview(to: &lines)
    }

    private var texts: ExportTexts { writer.texts }
    private var plan: PlanView { writer.plan }

    /// The RRULE of each monitoring frequency, by the onboarding flow's option value (`/monitoring/frequency`).
    static let monitoringRules = [
        "daily": "FREQ=DAILY",
        "twice-a-week": "FREQ=WEEKLY;BYDAY=MO,TH",
        "weekly": "FREQ=WEEKLY;BYDAY=MO",
        "fortnightly": "FREQ=WEEKLY;INTERVAL=2;BYDAY=MO",
    ]

    /// The RRULE of each results-review rhythm, by the onboarding flow's option value (`/metrics/reviewRhythm`);
    /// a rhythm without a fixed day (`after-campaigns`) has none.
    static let reviewRules = [
        "monthly": "FREQ=MONTHLY;BYDAY=1MO",
        "termly": "FREQ=YEARLY;BYMONTH=5,12;BYDAY=2MO",
    ]

    private func addMonitoring(to lines: inout ICalendarLines) {
        let monitoring = plan.plan.monitoring
        guard let frequency = monitoring?.frequency?.nonBlank, let rule = Self.monitoringRules[frequency] else { return }
        var details: [String] = []
        func item(_ label: ExportTextKey, _ values: [String]) {
            if !values.isEmpty { details.append(texts.text(.routineItem, ["label": texts.text(label), "value": values.joined(separator: ", ")])) }
        }
        item(.fieldKeywords, monitoring?.keywords.nonBlank ?? [])
        item(.fieldMonitoredHashtags, (monitoring?.hashtags.nonBlank ?? []).map(DocumentBuilder.hashtag))
        item(.fieldMonitoredAccounts, monitoring?.accounts.nonBlank ?? [])
        item(.fieldMonitoringOwner, [monitoring?.owner?.nonBlank].compactMap { $0 })
        item(.fieldMonitoringFrequency, [texts.value("frequency", frequency)])
        addRoutine("monitoring", summary: texts.text(.routineMonitoring), description: details.joined(separator: "\n"),
                   rule: rule, time: Self.monitoringTime, to: &lines)
    }

    private func addMetricsReview(to lines: inout ICalendarLines) {
        let metrics = plan.plan.metrics
        guard let rhythm = metrics?.reviewRhythm?.nonBlank, let rule = Self.reviewRules[rhythm] else { return }
        var details: [String] = []
        let measures = metrics?.measures.nonBlank ?? []
        if !measures.isEmpty {
            details.append(texts.text(.routineItem, ["label": texts.text(.fieldMeasures), "value": ""]).trimmingCharacters(in: .whitespaces))
            details += measures.map { "– " + $0 }
        }
        details.append(texts.text(.routineItem, ["label": texts.text(.fieldReviewRhythm), "value": texts.value("reviewRhythm", rhythm)]))
        addRoutine("metrics-review", summary: texts.text(.routineMetrics), description: details.joined(separator: "\n"),
                   rule: rule, time: Self.reviewTime, to: &lines)
    }

    private func addYearlyReview(to lines: inout ICalendarLines) {
        let schedule = writer.schedule
        guard let month = schedule.reviewMonth, let day = schedule.reviewDay else { return }
        // The first review is the next one strictly after the anchor (the plan's first day).
        addRoutine("yearly-review", summary: texts.text(.routineReview), description: texts.text(.routineReviewDescription),
                   rule: "FREQ=YEARLY;BYMONTH=\(month);BYMONTHDAY=\(day)", time: Self.reviewTime,
                   from: schedule.anchor.adding(days: 1), to: &lines)
    }

    /// One routine, starting on the first day its rule falls on from `from` (the plan's anchor date).
    private func addRoutine(_ id: String, summary: String, description: String, rule: String,
                            time: (hour: Int, minute: Int, duration: String), from: CivilDate? = nil,
                            to lines: inout ICalendarLines) {
        guard let recurrence = ICalendarRecurrence(rule), let day = (from ?? writer.schedule.anchor).first(where: recurrence.matches),
              let start = LocalDateTime(date: day, hour: time.hour, minute: time.minute) else { return }
        lines.add("BEGIN", "VEVENT")
        lines.add("UID", "routine-\(id)@\(writer.uidDomain)")
        lines.add("DTSTAMP", writer.stamp)
        writer.addStart(start, zone: .helsinki, to: &lines)
        lines.add("DURATION", time.duration)
        lines.add("RRULE", rule)
        lines.text("SUMMARY", summary)
        lines.text("DESCRIPTION", description)
        lines.add("TRANSP", "TRANSPARENT")
        lines.add("END", "VEVENT")
    }
}
