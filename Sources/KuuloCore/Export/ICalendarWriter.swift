import Foundation

/// Writes the plan's calendar as RFC 5545 iCalendar: every scheduled draft as an event, and the
/// routines (listening, results reviews, the yearly plan review) as recurring events in
/// Europe/Helsinki local time with the zone's VTIMEZONE, so they stay at the same hour across
/// daylight-saving changes. UIDs come from plan ids and DTSTAMP from the latest revision, so the same
/// plan always gives the same bytes and a subscribed calendar updates events instead of duplicating them.
struct ICalendarWriter {
    let document: PlanDocument
    let plan: PlanView
    let texts: ExportTexts
    let catalogue: ChannelCatalogue
    let schedule: PlanSchedule

    init(document: PlanDocument, texts: ExportTexts, catalogue: ChannelCatalogue) {
        self.document = document
        self.texts = texts
        self.catalogue = catalogue
        plan = PlanView(content: document.content, catalogue: catalogue, language: texts.language)
        schedule = PlanSchedule(document: document, plan: plan)
    }

    /// The domain part of every UID: the organisation's short name (or name) as a slug.
    var uidDomain: String {
        let name = plan.organisation.shortName?.nonBlank ?? plan.organisationName
        return (name.map(Slug.make) ?? "plan") + ".kuulo.invalid"
    }

    /// The DTSTAMP of every event: the latest revision's time in UTC.
    var stamp: String {
        (schedule.latestRevision ?? PlanSchedule.fallbackStamp).compact
    }

    /// The calendar file.
    func write() -> String {
        var lines = ICalendarLines()
        lines.add("BEGIN", "VCALENDAR")
        lines.add("VERSION", "2.0")
        lines.add("PRODID", "-//Kuulo//Social media plan//\(texts.language.rawValue.uppercased())")
        lines.add("CALSCALE", "GREGORIAN")
        lines.add("METHOD", "PUBLISH")
        let title = plan.organisationName.map { texts.text(.documentTitle, ["organisation": $0]) } ?? texts.text(.documentTitleUnnamed)
        lines.text("NAME", title)
        lines.text("X-WR-CALNAME", title)
        lines.add("X-WR-TIMEZONE", ExportTimeZone.helsinkiID)
        Self.addHelsinkiZone(to: &lines)
        for draft in plan.drafts { addDraft(draft, to: &lines) }
        ICalendarRoutines(writer: self).add(to: &lines)
        ICalendarAnnual(writer: self).add(to: &lines)
        lines.add("END", "VCALENDAR")
        return lines.output
    }

    /// Europe/Helsinki as RFC 5545 states the EU rule: EEST from the last Sunday of March at 03:00
    /// local standard time, EET from the last Sunday of October at 04:00 local summer time.
    static func addHelsinkiZone(to lines: inout ICalendarLines) {
        lines.add("BEGIN", "VTIMEZONE")
        lines.add("TZID", ExportTimeZone.helsinkiID)
        lines.add("BEGIN", "DAYLIGHT")
        lines.add("TZOFFSETFROM", "+0200")
        lines.add("TZOFFSETTO", "+0300")
        lines.add("TZNAME", "EEST")
        lines.add("DTSTART", "19700329T030000")
        lines.add("RRULE", "FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU")
        lines.add("END", "DAYLIGHT")
        lines.add("BEGIN", "STANDARD")
        lines.add("TZOFFSETFROM", "+0300")
        lines.add("TZOFFSETTO", "+0200")
        lines.add("TZNAME", "EET")
        lines.add("DTSTART", "19701025T040000")
        lines.add("RRULE", "FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU")
        lines.add("END", "STANDARD")
        lines.add("END", "VTIMEZONE")
    }

    /// Adds the start of a timed event: in Helsinki time with TZID, or in UTC for another known zone.
    func addStart(_ local: LocalDateTime, zone: ExportTimeZone, to lines: inout ICalendarLines) {
        if zone.isHelsinki {
            lines.add("DTSTART", local.compact, parameters: "TZID=" + ExportTimeZone.helsinkiID)
        } else {
            lines.add("DTSTART", UTCInstant(seconds: zone.instant(local).seconds).compact)
        }
    }

    private func addDraft(_ draft: PlanDraft, to lines: inout ICalendarLines) {
        guard let start = draft.scheduledAt else { return }
        let zone = draft.timeZone.flatMap(ExportTimeZone.init(known:)) ?? plan.timeZone
        let title = draft.title ?? texts.text(.draftUntitled, ["number": draft.number])
        lines.add("BEGIN", "VEVENT")
        lines.add("UID", "draft-\(Slug.make(draft.number))@\(uidDomain)")
        lines.add("DTSTAMP", stamp)
        addStart(start, zone: zone, to: &lines)
        lines.add("DURATION", "PT15M")
        lines.text("SUMMARY", texts.text(.icsDraftSummary, ["title": title]))
        lines.text("DESCRIPTION", description(of: draft))
        lines.add("STATUS", ["approved", "published"].contains(draft.status ?? "") ? "CONFIRMED" : "TENTATIVE")
        lines.add("TRANSP", "TRANSPARENT")
        lines.add("END", "VEVENT")
    }

    private func description(of draft: PlanDraft) -> String {
        let language = texts.language
        var parts: [String] = []
        let channels = draft.allChannels.map { plan.channelName($0, catalogue: catalogue, language: language) }
        if !channels.isEmpty { parts.append(texts.text(.icsChannels, ["channels": channels.joined(separator: ", ")])) }
        if let status = draft.status { parts.append(texts.text(.icsStatus, ["status": texts.value("status", status)])) }
        let languages = draft.allLanguages
        if !languages.isEmpty {
            parts.append(texts.text(.icsLanguages, ["languages": languages.map { texts.value("language", $0) }.joined(separator: ", ")]))
        }
        if let message = draft.keyMessage { parts.append(texts.text(.icsKeyMessage, ["text": message])) }
        if let link = draft.link { parts.append(texts.text(.icsLink, ["link": link])) }
        var body = parts.joined(separator: "\n")
        for text in draft.texts {
            let heading = texts.text(.icsTextHeading, [
                "channel": plan.channelName(text.channel, catalogue: catalogue, language: language),
                "language": texts.value("language", text.language),
            ])
            body += (body.isEmpty ? "" : "\n\n") + heading + "\n" + text.text
        }
        return body
    }
}
