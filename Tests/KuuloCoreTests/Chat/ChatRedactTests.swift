import Foundation
import Testing
@testable import KuuloCore

/// `/redact` (`/unohda`) in the chat, as far as the session goes: the checks of `kuulo plan redact`,
/// the effect that asks the front end to redact, and what the session keeps of the old plan. The
/// files (plan, history, line history) are tested end to end in KuuloAppTests.
@Suite("Chat: /redact")
struct ChatRedactTests {
    static let code = "131052-308T"

    func plan() -> PlanDocument {
        var document = PlanDocument()
        document.content = ["organisation": ["name": "Tampereen ylioppilaskunta", "shortName": "TYY", "languages": ["fi"]],
                            "trustees": ["maija": ["name": "Maija"]],
                            "channels": ["facebook-page": ["kind": "facebook-page", "purpose": "Tapahtumakutsut"]]]
        document.recordRevision(author: "Maija", time: "2026-11-25T10:00:00Z", summary: "setup")
        return document
    }

    @Test("the command in both languages asks the front end to redact; the plan and its history lose the text")
    func redacts() throws {
        var document = plan()
        document.content.setValue(.string("Maija \(Self.code)"), at: JSONPointer(tokens: ["organisation", "coreMessage"]))
        document.recordRevision(author: "Maija", time: "2026-11-25T11:00:00Z", summary: "typo")
        document.content.setValue(.string("Maija"), at: JSONPointer(tokens: ["organisation", "coreMessage"]))
        var chat = ChatHarness(language: .fi, user: "Maija", document: document)
        chat.send("/unohda \(Self.code)")
        #expect(chat.redactions == [[Self.code]])
        let history = JSONWriter.compact(chat.session.document.json)
        #expect(!history.contains(Self.code))
        let last = try #require(chat.session.document.history.last)
        #expect(last.summary == "Poistettu suunnitelmasta ja sen historiasta: henkilötunnus")
        #expect(last.changes.isEmpty)
        #expect(!chat.session.document.hasUnrecordedChanges, "the unsaved work was recorded before the redaction")

        var english = ChatHarness(language: .en, user: "Maija", document: plan())
        english.send("/redact 040 123 4567")
        #expect(english.redactions == [["040 123 4567"]])
    }

    @Test("no text, a too short text and a field name are refused with the chat's own words")
    func refused() {
        var chat = ChatHarness(language: .fi, user: "Maija", document: plan())
        #expect(chat.send("/unohda").contains("Kirjoita poistettava teksti komennon perään, esimerkiksi /unohda 010203-123A."))
        #expect(chat.send("/unohda ab").contains("vähintään 3 merkkiä"))
        #expect(chat.send("/unohda purpose").contains("”purpose”"))
        #expect(chat.redactions.isEmpty)
    }

    @Test("a running flow's snapshot loses the text too, so /cancel cannot bring it back")
    func flowSnapshot() {
        var document = plan()
        document.content.setValue(.string("Soita \(Self.code)"), at: JSONPointer(tokens: ["organisation", "coreMessage"]))
        var chat = ChatHarness(language: .fi, user: "Maija", document: document)
        chat.send("/perustiedot")
        #expect(chat.session.flow != nil)
        chat.send("/unohda \(Self.code)")
        chat.send("/peru")
        #expect(chat.content["organisation"]?["coreMessage"] == "Soita [***]")
    }

    @Test("a draft whose check finds an identity code offers /unohda with it")
    func offer() {
        var chat = ChatHarness(language: .fi, user: "Maija", document: plan())
        chat.session.services.checkServices = { LanguageServices.none }
        chat.send("/luonnos")
        let preview = chat.answerFlow(["channels": ["facebook"], "key-message": ["Ilmoittaudu Maijalle, hetu \(Self.code)."]])
        #expect(preview.contains("Poista se kaikkialta komennolla: /unohda \(Self.code)"))
    }

    @Test("two pieces of personal data get one offer with a command for each, not the sentence twice")
    func offerForTwo() {
        var chat = ChatHarness(language: .fi, user: "Maija", document: plan())
        chat.session.services.checkServices = { LanguageServices.none }
        chat.send("/luonnos")
        let preview = chat.answerFlow(["channels": ["facebook"], "key-message": ["Hetu \(Self.code), puhelin 040 123 4567."]])
        #expect(preview.contains("Henkilötiedot jäävät suunnitelman historiaan, vaikka poistaisit ne luonnoksesta. Poista ne kaikkialta komennoilla:\n  /unohda \(Self.code)\n  /unohda 040 123 4567"), "\(preview)")
        #expect(preview.components(separatedBy: "suunnitelman historiaan").count == 2)
    }
}
