import Foundation
import Testing
@testable import KuuloCore

/// Issue 11, "no silent overwrites" in the chat: lists added to unless replacing is confirmed, tag
/// roles kept, numbers checked against each other, and `/save NAME` labelling the plan as it is.
@Suite("No silent overwrites in the chat")
struct NoSilentOverwriteTests {
    func plan(_ extra: [String: JSONValue] = [:]) -> PlanDocument {
        var document = PlanDocument()
        var content: JSONValue = ["organisation": ["name": "Tampereen ylioppilaskunta", "shortName": "TYY", "kind": "student-union",
                                                   "languages": ["fi"], "audiences": ["jäsenet"]],
                                  "trustees": ["maija": ["name": "Maija"]]]
        for (key, value) in extra { content.setValue(value, at: JSONPointer(tokens: [key])) }
        document.content = content
        document.recordRevision(author: "Maija", time: "2026-11-25T10:00:00Z", summary: "setup")
        return document
    }

    @Test("the flow's summary says whether a list was added to (lisätty) or replaced (korvattu)")
    func summaryWords() {
        var chat = ChatHarness(language: .fi, user: "Maija", document: plan())
        chat.send("/kanavat")
        #expect(chat.answer("audiences", "alumnit").contains("Lisätty listaan: alumnit. Kohtia on nyt 2."))
        chat.answer("choose", "instagram")
        let first = chat.answerFlow(["purpose": ["Arki"]])
        #expect(first.contains("• Kohderyhmät: jäsenet, alumnit (lisätty)"))
        chat.send("/kanavat")
        #expect(chat.answer("audiences", "=opiskelijat").contains("Tämä korvaa nykyisen listan (jäsenet, alumnit) näillä: opiskelijat. Korvataanko? (k/e)"))
        #expect(chat.content["organisation"]?["audiences"] == ["jäsenet", "alumnit"])
        chat.send("k")
        #expect(chat.content["organisation"]?["audiences"] == ["opiskelijat"])
        let second = chat.answerFlow([:])
        #expect(second.contains("• Kohderyhmät: opiskelijat (korvattu)"))
    }

    @Test("a channel's most posts a week below its fewest is refused, also when kept, in both languages")
    func cadence() {
        var chat = ChatHarness(language: .fi, user: "Maija", document: plan())
        chat.send("/kanavat")
        chat.answer("audiences", "")
        chat.answer("choose", "instagram")
        chat.answerFlow(["purpose": ["Arki"]], until: "cadenceMin")
        chat.answer("cadenceMin", "5")
        let refused = chat.answer("cadenceMax", "3")
        #expect(refused.contains("Anna vähintään 5: kohtaan ”Julkaisuja vähintään” vastasit 5."))
        #expect(chat.currentStep?.id == "cadenceMax")
        chat.answer("cadenceMax", "5")
        #expect(chat.content["channels"]?["instagram-feed"]?["cadence"]?["min"] == 5)
        #expect(chat.content["channels"]?["instagram-feed"]?["cadence"]?["max"] == 5)
        chat.answerFlow([:])

        var english = ChatHarness(language: .en, user: "Maija", document: chat.session.document)
        english.send("/channels instagram")
        english.answerFlow([:], until: "cadenceMin")
        english.answer("cadenceMin", "7")
        let kept = english.answer("cadenceMax", "")
        #expect(kept.contains("Please give at least 7: you answered 7 to “Posts at least”."))
        english.answer("cadenceMax", "8")
        #expect(english.content["channels"]?["instagram-feed"]?["cadence"]?["min"] == 7)
        #expect(english.content["channels"]?["instagram-feed"]?["cadence"]?["max"] == 8)
    }

    @Test("accepting a later suggestion keeps a tag's role; typing it moves it")
    func tagRoleKept() throws {
        let hashtags: JSONValue = ["ideas": ["#Hervanta"], "tags": ["hervanta": ["tag": "Hervanta", "display": "Hervanta", "role": "campaign"]]]
        var chat = ChatHarness(language: .fi, user: "Maija", document: plan(["hashtags": hashtags]))
        chat.send("/aihetunnisteet")
        chat.answer("brand", "")
        chat.answer("campaign", "")
        #expect(chat.all.contains("[#Hervanta]"), "the idea is offered as a topic tag")
        chat.answer("topic", "")
        #expect(chat.content["hashtags"]?["tags"]?["hervanta"]?["role"] == "campaign")
        chat.send("/peru")
        chat.send("/aihetunnisteet")
        chat.answer("brand", "")
        chat.answer("campaign", "")
        chat.answer("topic", "#Hervanta")
        #expect(chat.content["hashtags"]?["tags"]?["hervanta"]?["role"] == "topic")
    }

    @Test("/save NAME with nothing new labels the latest revision (/tallenna too); /undo steps over the label")
    func saveLabels() throws {
        var chat = ChatHarness(language: .en, user: "Maija", document: plan())
        chat.send("/setup")
        chat.answerFlow(["name": ["TYY ry"]])
        let revision = chat.session.document.revision
        #expect(chat.send("/save").contains("Nothing new to save: the plan is at version \(revision)."))
        let labelled = chat.send("/save the version the board approved")
        #expect(labelled.contains("Version \(revision) is now labelled “the version the board approved”."))
        let entry = try #require(chat.session.document.history.last)
        #expect(entry.number == revision + 1)
        #expect(entry.changes.isEmpty)
        #expect(entry.summary == "Labelled version \(revision): the version the board approved")
        #expect(entry.author == "Maija")
        #expect(chat.send("/tallenna hallituksen hyväksymä").contains("Version \(revision + 1) is now labelled"))
        #expect(chat.send("/undo").contains("Undid version \(revision) ("))
        #expect(chat.content["organisation"]?["name"] == "Tampereen ylioppilaskunta")
    }
}
