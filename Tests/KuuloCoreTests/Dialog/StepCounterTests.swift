import Foundation
import Testing
@testable import KuuloCore

/// The step counter counts the steps the run asks (`FlowStepFilter`), so it goes up by one at a time.
@Suite("Step counter")
struct StepCounterTests {
    /// The counters shown, in order (`[3/9]` → (3, 9)).
    static func counters(_ text: String) -> [(Int, Int)] {
        text.split(separator: "\n").compactMap { line in
            guard line.hasPrefix("["), let close = line.firstIndex(of: "]") else { return nil }
            let parts = line[line.index(after: line.startIndex)..<close].split(separator: "/").compactMap { Int($0) }
            return parts.count == 2 ? (parts[0], parts[1]) : nil
        }
    }

    @Test("/handover on a plan without accounts counts 1, 2, 3, 4 … instead of jumping over the accounts' questions (a user trial saw [3/21] → [8/21])")
    func handoverWithoutAccounts() {
        var document = PlanDocument()
        document.content = ["organisation": ["name": "Test Union", "shortName": "TU"],
                            "trustees": ["maija": ["name": "Maija"]],
                            "channels": ["instagram-feed": ["kind": "instagram-feed"], "website": ["kind": "website"]]]
        document.recordRevision(author: "Maija", time: "2026-11-25T10:00:00Z", summary: "setup")
        var chat = ChatHarness(language: .en, user: "Maija", document: document)
        let said = chat.send("/handover", "2027", "1", "Matti", "", "", "", "", "", "")
        let shown = Self.counters(said)
        #expect(shown.map(\.0) == Array(1...shown.count), "\(shown)")
        #expect(shown.allSatisfy { $0.1 == 9 }, "\(shown)")
        #expect(shown.count == 9, "\(said)")
    }

    @Test("a draft without other language versions goes on by one past them; the total then drops by the place they had")
    func draftWithoutOtherLanguages() {
        var document = PlanDocument()
        document.content = ["organisation": ["name": "Test Union", "shortName": "TU", "languages": ["en", "fi"]],
                            "trustees": ["maija": ["name": "Maija"]], "channels": ["instagram-feed": ["kind": "instagram-feed", "purpose": "Events"]]]
        document.recordRevision(author: "Maija", time: "2026-11-25T10:00:00Z", summary: "setup")
        var chat = ChatHarness(language: .en, user: "Maija", document: document)
        let said = chat.send("/draft", "1", "", "Party on Friday", "", "", "", "", "", "", "", "")
        let shown = Self.counters(said)
        #expect(shown.map(\.0) == Array(1...shown.count), "\(shown)")
        #expect(shown.count >= 9, "\(said)")
    }
}
