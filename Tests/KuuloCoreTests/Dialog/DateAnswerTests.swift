import Foundation
import KuuloData
import Testing
@testable import KuuloCore

/// A day asked for on its own (the board's approval): the words people use for it, read against today,
/// stored as an ISO date; a vague answer asked again with an example.
@Suite("Typed days")
struct DateAnswerTests {
    static let words = DateWords(data: DataFiles(embedded: EmbeddedFiles.all))
    /// Wednesday 18 November 2026, the harness's clock.
    static let input = DateInput(localNow: LocalDateTime(iso: "2026-11-18T13:06") ?? LocalDateTime(secondsAsUTC: 0), words: words)

    @Test("a day in the past, in words or digits, in either language", arguments: [
        ("eilen", "2026-11-17"), ("tänään", "2026-11-18"), ("toissapäivänä", "2026-11-16"), ("yesterday", "2026-11-17"),
        ("maanantaina", "2026-11-16"), ("keskiviikkona", "2026-11-18"), ("viime keskiviikkona", "2026-11-11"), ("last Friday", "2026-11-13"),
        ("Friday", "2026-11-13"), ("12.1.2027", "2027-01-12"), ("8.12.", "2025-12-08"), ("16.11.", "2026-11-16"), ("2026-11-02", "2026-11-02"),
        ("Nov 2", "2026-11-02"), ("2 November 2026", "2026-11-02"), ("eilen klo 18", "2026-11-17"),
    ])
    func pastDays(typed: String, day: String) {
        #expect(LocalDateTimeText.parseDate(typed, input: Self.input, past: true) == day)
    }

    @Test("a day ahead reads weekdays and dates without a year forward", arguments: [
        ("perjantaina", "2026-11-20"), ("8.12.", "2026-12-08"), ("huomenna", "2026-11-19"), ("ensi keskiviikkona", "2026-11-25"),
    ])
    func daysAhead(typed: String, day: String) {
        #expect(LocalDateTimeText.parseDate(typed, input: Self.input, past: false) == day)
    }

    @Test("vague or no days are not dates", arguments: ["viime viikolla", "last week", "joskus", "klo 18", "viime huomenna", "31.2.", ""])
    func noDay(typed: String) {
        #expect(LocalDateTimeText.parseDate(typed, input: Self.input, past: true) == nil)
    }

    @Test("a date and time still refuses a day in the past named by a 'last' word")
    func dateTimeKeepsItsWords() {
        #expect(LocalDateTimeText.parse("viime perjantaina 18", input: Self.input) == nil)
        #expect(LocalDateTimeText.parse("perjantaina 18", input: Self.input) == "2026-11-20T18:00")
    }

    @Test("/hyväksyntä: 'viime viikolla' is asked again with an example; 'eilen' is stored as a date and said back")
    func approvalInFinnish() {
        var chat = ChatHarness(language: .fi)
        chat.send("Tampereen ylioppilaskunta", "TYY", "", "", "", "Maija Meikäläinen", "viestintävastaava")
        chat.send("/hyväksyntä", "2027")
        let refused = chat.send("viime viikolla")
        #expect(refused.contains("En saanut tästä päivämäärää selville. Kirjoita päivä, esimerkiksi ”11.11.2026”"), "\(refused)")
        #expect(chat.content["approval"]?["date"] == nil)
        let taken = chat.send("eilen")
        #expect(taken.contains("Päivä: 17.11.2026."), "\(taken)")
        chat.send("")
        #expect(chat.content["approval"]?["date"] == "2026-11-17")
        let document = PlanExporter.render(chat.session.document, format: .markdown, language: .fi, data: chat.session.resources.data)
        #expect(document.contains("17.11.2026"))
        #expect(!document.contains("eilen"))
    }

    @Test("/approval in English: 'last week' asked again with an English example; 'last Monday' stored")
    func approvalInEnglish() {
        var chat = ChatHarness(language: .en)
        chat.send("Only A Name", "OAN", "", "", "", "Alex", "chair")
        chat.send("/approval", "1.0")
        let refused = chat.send("last week")
        #expect(refused.contains("I could not read a date from that. Type the day, for example “11 November 2026”"), "\(refused)")
        chat.send("last Monday", "")
        #expect(chat.content["approval"]?["date"] == "2026-11-16")
    }

    @Test("an approval date a plan kept as typed before dates were read is shown as typed")
    func olderPlanKeepsItsText() {
        var document = PlanDocument()
        document.content = ["organisation": ["name": "TYY"], "approval": ["label": "2027", "date": "eilen"]]
        let data = DataFiles(embedded: EmbeddedFiles.all)
        #expect(PlanExporter.render(document, format: .markdown, language: .fi, data: data).contains("eilen"))
    }
}
