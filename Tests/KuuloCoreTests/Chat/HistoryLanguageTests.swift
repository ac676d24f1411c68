import Foundation
import Testing
@testable import KuuloCore

/// `/history` shows the summaries Kuulo wrote in the reader's language, whatever language they were
/// written in; a summary of the trustee's own stays as written.
@Suite("History in the reader's language")
struct HistoryLanguageTests {
    static func plan() -> PlanDocument {
        var document = PlanDocument()
        for (index, summary) in ["Kanavat", "Kanavat – kesken", "Tili 2", "Kumottu versio 3", "Hallituksen kokous 1/2027"].enumerated() {
            document.content = ["organisation": ["name": "TYY"], "step": .int(index)]
            document.recordRevision(author: "Maija", time: "2026-11-2\(index)T10:00:00Z", summary: summary)
        }
        return document
    }

    @Test("Finnish summaries read in English, and English ones in Finnish")
    func bothWays() {
        var english = ChatHarness(language: .en, user: "Maija", document: Self.plan())
        let listed = english.send("/history")
        for shown in ["Maija: Channels (", "Maija: Channels — unfinished (", "Maija: Account 2 (", "Maija: Undid version 3 (", "Maija: Hallituksen kokous 1/2027 ("] {
            #expect(listed.contains(shown), "\(shown) in \(listed)")
        }
        #expect(!listed.contains("Kanavat"))
        var document = Self.plan()
        document.content = ["organisation": ["name": "TYY"], "step": 9]
        document.recordRevision(author: "Alex", time: "2026-11-29T10:00:00Z", summary: "Channels — unfinished")
        var finnish = ChatHarness(language: .fi, user: "Maija", document: document)
        #expect(finnish.send("/historia").contains("Alex: Kanavat – kesken ("))
    }
}
