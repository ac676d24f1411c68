import Foundation
import KuuloData
import Testing
@testable import KuuloCore

@Suite("Results review")
struct ResultsReviewTests {
    static func content(rhythm: String?, importedAt: String?) -> JSONValue {
        var content: JSONValue = ["organisation": ["name": "KYY", "timeZone": "Europe/Helsinki"]]
        if let rhythm { content.setValue(.string(rhythm), at: JSONPointer(tokens: ["metrics", "reviewRhythm"])) }
        if let importedAt { content.setValue(.string(importedAt), at: JSONPointer(tokens: ["insights", "importedAt"])) }
        return content
    }

    @Test("due a rhythm's length after the latest import; none without a fixed rhythm or an import")
    func due() throws {
        let monthly = try #require(ResultsReview(content: Self.content(rhythm: "monthly", importedAt: "2026-01-31T10:00")))
        #expect(monthly.dueOn == CivilDate(year: 2026, month: 2, day: 28), "a shorter month ends the period on its last day")
        #expect(!monthly.isDue(on: try #require(CivilDate(year: 2026, month: 2, day: 27))))
        #expect(monthly.isDue(on: try #require(CivilDate(year: 2026, month: 2, day: 28))))
        let termly = try #require(ResultsReview(content: Self.content(rhythm: "termly", importedAt: "2026-09-15T10:00")))
        #expect(termly.dueOn == CivilDate(year: 2027, month: 3, day: 15))
        #expect(ResultsReview(content: Self.content(rhythm: "after-campaigns", importedAt: "2026-01-01T10:00")) == nil)
        #expect(ResultsReview(content: Self.content(rhythm: "monthly", importedAt: nil)) == nil)
        #expect(ResultsReview(content: Self.content(rhythm: nil, importedAt: "2026-01-01T10:00")) == nil)
    }

    @Test("an import keeps its time as the latest import")
    func importKeepsTime() {
        let post = InsightPost(id: "1", platform: "instagram", publishedAt: "2026-11-01T10:00", permalink: nil, postType: nil, description: nil, counts: [.reach: 5])
        let outcome = InsightsImport(content: [:]).apply([post], to: [:], at: "2026-11-18T13:06")
        #expect(outcome.content["insights"]?["importedAt"] == "2026-11-18T13:06")
        #expect(InsightsLog(content: outcome.content).posts.count == 1)
    }

    @Test("the greeting says once when the results review is due, with the command, in both languages")
    func greeting() {
        // The harness's clock reads 18 November 2026.
        for (language, expected, command) in [(Language.fi, "Tulosten läpikäynnin aika: uusimmat luvut on tuotu 1.10.2026", "/tulokset tuo"),
                                              (.en, "A results review is due: the latest figures were imported on 1 October 2026", "/results import")] {
            var document = PlanDocument()
            document.content = Self.content(rhythm: "monthly", importedAt: "2026-10-01T09:00")
            let due = ChatHarness(language: language, user: "Maija", document: document)
            let said = due.transcript.joined(separator: "\n")
            #expect(said.contains(expected), "\(said)")
            #expect(said.contains(command))
            #expect(said.components(separatedBy: expected).count == 2, "said once")
            document.content = Self.content(rhythm: "monthly", importedAt: "2026-11-01T09:00")
            let fresh = ChatHarness(language: language, user: "Maija", document: document)
            #expect(!fresh.transcript.joined().contains(command + " "), "not due yet: \(fresh.transcript)")
        }
    }
}
