import Foundation
import Testing
@testable import KuuloCore
import KuuloData

/// Suggestions read in the reader's language, also those the catalogue has since worded otherwise.
@Suite("Suggested texts")
struct SuggestedTextsTests {
    static let texts = SuggestedTexts(data: DataFiles(embedded: EmbeddedFiles.all))
    static let field = "/organisation/audiences"

    @Test("a renamed suggestion still reads in the other language, and the other language reads as the current wording")
    func renamed() {
        let texts = Self.texts
        #expect(texts.shown("somea käyttämättömät jäsenet", field: Self.field, in: .en) == "members who are not on social media")
        #expect(texts.shown("somen ulkopuolella olevat jäsenet", field: Self.field, in: .en) == "members who are not on social media")
        #expect(texts.shown("members who are not on social media", field: Self.field, in: .fi) == "somen ulkopuolella olevat jäsenet")
        #expect(texts.shown("somea käyttämättömät jäsenet", field: Self.field, in: .fi) == "somea käyttämättömät jäsenet",
                "the plan's own wording is kept in its own language")
        #expect(texts.shown("somea käyttäjät", field: Self.field, in: .en) == "somea käyttäjät", "anything else as typed")
    }
}
