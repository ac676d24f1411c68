import Foundation
import KuuloData
import Testing
@testable import KuuloCore

/// The rules of issue 14: a past publishing time, a past date in the text, thin alt text, and a time
/// written with a colon in Finnish.
@Suite("Checks: past times and dates, weak alt text, Finnish time notation")
struct NewDraftRuleTests {
    let data = DataFiles(embedded: EmbeddedFiles.all)
    var catalog: CheckCatalog { CheckCatalog(data: data) }
    var rules: ScheduleRuleData { ScheduleRuleData(data: data) }

    func session() -> CheckSession {
        CheckSession(data: data, services: nil, segmenter: nil)
    }

    func findings(_ text: String, publishAt: String?, language: Language = .fi, rule: RuleID) -> [Finding] {
        session().check(text, plan: nil, request: CheckRequest(language: language, fallbackLanguage: language, content: false, publishAt: publishAt))
            .findings.filter { $0.rule == rule }
    }

    // MARK: schedule.past

    @Test("schedule.past: a time before now is flagged, in both languages; a later one, or no clock, is not")
    func schedulePast() throws {
        let now = Date(timeIntervalSince1970: 1_795_000_000) // 2026-11-18 13.06 in Helsinki
        let past = ScheduleRules.check(DraftSchedule(scheduledAt: "2026-11-18T13:00", checkedAt: now), plan: nil).filter { $0.rule == "schedule.past" }
        let finding = try #require(past.first)
        #expect(finding.severity == .warning)
        #expect(catalog.text(finding, .fi).hasPrefix("Julkaisuaika 18.11.2026 klo 13.00 on jo mennyt."))
        #expect(catalog.text(finding, .en).hasPrefix("The publishing time 2026-11-18 13:00 has already passed."))
        #expect(ScheduleRules.check(DraftSchedule(scheduledAt: "2026-11-18T13:10", checkedAt: now), plan: nil).allSatisfy { $0.rule != "schedule.past" })
        #expect(ScheduleRules.check(DraftSchedule(scheduledAt: "2026-01-01T12:00"), plan: nil).allSatisfy { $0.rule != "schedule.past" })
    }

    // MARK: date.passed

    @Test("date.passed: Finnish and English dates before the publishing day are flagged where they are written")
    func datePassedPositive() throws {
        let text = "Ilmoittaudu viimeistään 8.12. linkistä!"
        let finding = try #require(findings(text, publishAt: "2026-12-10T12:00", rule: "date.passed").first)
        let scalars = Array(text.unicodeScalars)
        #expect(String(String.UnicodeScalarView(scalars[finding.start..<finding.end])) == "8.12.")
        #expect(catalog.text(finding, .fi) == "8.12. on jo mennyt, kun julkaisu lähtee (10.12.2026 klo 12.00). Tarkista päivämäärä tai aikaista julkaisua.")
        #expect(findings("Haku päättyy 1.12.2026.", publishAt: "2026-12-10T12:00", rule: "date.passed").count == 1)
        #expect(findings("Ilmoittautuminen 8. joulukuuta mennessä", publishAt: "2026-12-10T12:00", rule: "date.passed").count == 1)
        #expect(findings("Sign up by 8 December!", publishAt: "2026-12-10T12:00", language: .en, rule: "date.passed").count == 1)
        #expect(findings("Sign up by Dec 8th, 2026.", publishAt: "2026-12-10T12:00", language: .en, rule: "date.passed").count == 1)
        #expect(findings("Deadline: December 9", publishAt: "2026-12-10T12:00", language: .en, rule: "date.passed").count == 1)
        #expect(findings("Muistathan 30.12. jälkeen", publishAt: "2027-01-03T12:00", rule: "date.passed").count == 1, "last year's December from early January")
    }

    @Test("date.passed: the day itself, later dates, the next year's, times, versions and no publishing time are not flagged")
    func datePassedNegative() {
        #expect(findings("Ilmoittaudu viimeistään 10.12.", publishAt: "2026-12-10T12:00", rule: "date.passed").isEmpty)
        #expect(findings("Juhlat 12.12. klo 18.30", publishAt: "2026-12-10T12:00", rule: "date.passed").isEmpty)
        #expect(findings("Haku alkaa 2.1.", publishAt: "2026-12-30T12:00", rule: "date.passed").isEmpty, "early January seen from late December is next year")
        #expect(findings("Sign up by December 20", publishAt: "2026-12-10T12:00", language: .en, rule: "date.passed").isEmpty)
        #expect(findings("Versio 1.2.3 ja klo 8.12 alkaen", publishAt: "2026-12-10T12:00", rule: "date.passed").isEmpty)
        #expect(findings("Ilmoittaudu viimeistään 8.12.", publishAt: nil, rule: "date.passed").isEmpty)
    }

    // MARK: alt-text.weak

    @Test("alt-text.weak: one or two words, or only 'kuva'/'image', with media")
    func altTextWeakPositive() throws {
        let placeholder = try #require(AltTextWeakRule.check(media: "image", altText: "Kuva", rules: rules).first)
        #expect(placeholder.message == "alt-text.weak.placeholder")
        #expect(catalog.text(placeholder, .fi).hasPrefix("Vaihtoehtoinen teksti ”Kuva” kertoo vain"))
        #expect(AltTextWeakRule.check(media: "image", altText: "photo", rules: rules).first?.message == "alt-text.weak.placeholder")
        #expect(AltTextWeakRule.check(media: "video", altText: "kuva kuva kuva kuva", rules: rules).first?.message == "alt-text.weak.placeholder")
        let short = try #require(AltTextWeakRule.check(media: "image", altText: "Hallituksen kuva.", rules: rules).first)
        #expect(short.message == "alt-text.weak.short")
        #expect(catalog.text(short, .en).hasPrefix("The alt text “Hallituksen kuva.” is very short."))
    }

    @Test("alt-text.weak: a real description, no media, or missing alt text (alt-text.missing says that) are not flagged")
    func altTextWeakNegative() {
        #expect(AltTextWeakRule.check(media: "image", altText: "Hallitus seisoo rivissä ylioppilastalon portailla.", rules: rules).isEmpty)
        #expect(AltTextWeakRule.check(media: "none", altText: "kuva", rules: rules).isEmpty)
        #expect(AltTextWeakRule.check(media: "image", altText: nil, rules: rules).isEmpty)
        #expect(AltTextWeakRule.check(media: "image", altText: "kuva", rules: .defaults).isEmpty, "without the data file nothing is weak")
    }

    // MARK: time.notation

    @Test("time.notation: 23:30 in Finnish text suggests klo 23.30 (or 23.30 after klo)")
    func timeNotationPositive() throws {
        let finding = try #require(findings("Bileet alkavat 23:30 ylioppilastalolla.", publishAt: nil, rule: "time.notation").first)
        #expect(finding.severity == .info)
        #expect(catalog.text(finding, .fi) == "Suomeksi kellonaika kirjoitetaan pisteellä: ”klo 23.30” eikä ”23:30”.")
        let afterKlo = try #require(findings("Tervetuloa klo 9:05 aamiaiselle!", publishAt: nil, rule: "time.notation").first)
        #expect(afterKlo.arguments["suggestion"] == "9.05")
    }

    @Test("time.notation: English text, dotted times, links, ratios and clock readings with seconds are left alone")
    func timeNotationNegative() {
        #expect(findings("The party starts at 23:30 in the student house.", publishAt: nil, language: .en, rule: "time.notation").isEmpty)
        #expect(findings("Bileet alkavat klo 23.30 ylioppilastalolla.", publishAt: nil, rule: "time.notation").isEmpty)
        #expect(findings("Katso https://example.com:8080/ohjeet nyt", publishAt: nil, rule: "time.notation").isEmpty)
        #expect(findings("Kello on 12:30:15 tai tulos 125:3", publishAt: nil, rule: "time.notation").isEmpty)
    }
}
