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

    private func addMonitoring(to lines: inout ICalendarLines) {
        let monitoring = plan.part("monitoring")
        guard let frequency = monitoring.exportString("frequency") else { return }
        let rule: String
        let matches: (CivilDate) -> Bool
        switch frequency {
        case "daily": (rule, matches) = ("FREQ=DAILY", { _ in true })
        case "twice-a-week": (rule, matches) = ("FREQ=WEEKLY;BYDAY=MO,TH", { $0.weekday == 1 || $0.weekday == 4 })
        case "weekly": (rule, matches) = ("FREQ=WEEKLY;BYDAY=MO", { $0.weekday == 1 })
        case "fortnightly": (rule, matches) = ("FREQ=WEEKLY;INTERVAL=2;BYDAY=MO", { $0.weekday == 1 })
        default: return
        }
        var details: [String] = []
        func item(_ label: ExportTextKey, _ values: [String]) {
            if !values.isEmpty { details.append(texts.text(.routineItem, ["label": texts.text(label), "value": values.joined(separator: ", ")])) }
        }
        item(.fieldKeywords, monitoring.exportStrings("keywords"))
        item(.fieldMonitoredHashtags, monitoring.exportStrings("hashtags").map(DocumentBuilder.hashtag))
        item(.fieldMonitoredAccounts, monitoring.exportStrings("accounts"))
        item(.fieldMonitoringOwner, monitoring.exportStrings("owner"))
        item(.fieldMonitoringFrequency, [texts.value("frequency", frequency)])
        addRoutine("monitoring", summary: texts.text(.routineMonitoring), description: details.joined(separator: "\n"),
                   rule: rule, time: Self.monitoringTime, matches: matches, to: &lines)
    }

    private func addMetricsReview(to lines: inout ICalendarLines) {
        let metrics = plan.part("metrics")
        guard let rhythm = metrics.exportString("reviewRhythm") else { return }
        let rule: String
        let matches: (CivilDate) -> Bool
        switch rhythm {
        case "monthly": (rule, matches) = ("FREQ=MONTHLY;BYDAY=1MO", { $0.weekday == 1 && $0.day <= 7 })
        case "termly": (rule, matches) = ("FREQ=YEARLY;BYMONTH=5,12;BYDAY=2MO", { [5, 12].contains($0.month) && $0.weekday == 1 && (8...14).contains($0.day) })
        default: return
        }
        var details: [String] = []
        let measures = metrics.exportStrings("measures")
        if !measures.isEmpty {
            details.append(texts.text(.routineItem, ["label": texts.text(.fieldMeasures), "value": ""]).trimmingCharacters(in: .whitespaces))
            details += measures.map { "– " + $0 }
        }
        details.append(texts.text(.routineItem, ["label": texts.text(.fieldReviewRhythm), "value": texts.value("reviewRhythm", rhythm)]))
        addRoutine("metrics-review", summary: texts.text(.routineMetrics), description: details.joined(separator: "\n"),
                   rule: rule, time: Self.reviewTime, matches: matches, to: &lines)
    }

    private func addYearlyReview(to lines: inout ICalendarLines) {
        let schedule = writer.schedule
        guard let month = schedule.reviewMonth, let day = schedule.reviewDay,
              let first = schedule.nextReview(after: schedule.anchor) else { return }
        addRoutine("yearly-review", summary: texts.text(.routineReview), description: texts.text(.routineReviewDescription),
                   rule: "FREQ=YEARLY;BYMONTH=\(month);BYMONTHDAY=\(day)", time: Self.reviewTime,
                   matches: { $0 == first }, to: &lines)
    }

    private func addRoutine(_ id: String, summary: String, description: String, rule: String,
                            time: (hour: Int, minute: Int, duration: String), matches: (CivilDate) -> Bool,
                            to lines: inout ICalendarLines) {
        guard let day = writer.schedule.anchor.first(where: matches),
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
