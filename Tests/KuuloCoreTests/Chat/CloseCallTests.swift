import Testing
@testable import KuuloCore

/// When two or three articles answer a question about equally well, the chat asks which one was
/// meant and the trustee picks by number.
@Suite("Chat: asking back on a close call")
struct CloseCallTests {
    let choices = [
        KnowledgeAnswer(id: "tip-4", language: .fi, title: "Vinkki 4: aihetunnisteet", heading: "", score: 9.1, excerpt: "Valitkaa omat tunnisteet."),
        KnowledgeAnswer(id: "hashtag-guide", language: .fi, title: "Näin kirjoitat aihetunnisteen", heading: "", score: 8.7, excerpt: "Isot alkukirjaimet auttavat."),
    ]

    func plan() -> PlanDocument {
        var document = PlanDocument()
        document.content = ["organisation": ["name": "Tampereen ylioppilaskunta", "shortName": "TYY", "languages": ["fi"]]]
        document.recordRevision(author: "Maija", time: "2026-11-25T10:00:00Z", summary: "setup")
        return document
    }

    @Test("the options are listed with numbers, and a number shows that article")
    func pickByNumber() {
        var chat = ChatHarness(language: .fi, user: "Maija", document: plan())
        chat.absorb(chat.session.askWhichArticle(choices))
        #expect(isChoosing(chat.session.mode))
        #expect(chat.all.contains("Mitä niistä tarkoitit? Kirjoita numero:\n  1) Vinkki 4: aihetunnisteet\n  2) Näin kirjoitat aihetunnisteen"))
        let picked = chat.send("2")
        #expect(picked.contains("Näin kirjoitat aihetunnisteen"))
        #expect(picked.contains("Isot alkukirjaimet auttavat."))
        #expect(!picked.contains("Valitkaa omat tunnisteet."))
        #expect(!isChoosing(chat.session.mode))
    }

    @Test("a command instead of a number drops the question, and a later number is not taken as a choice")
    func commandDropsChoices() {
        var chat = ChatHarness(language: .en, user: "Maija", document: plan())
        chat.absorb(chat.session.askWhichArticle(choices))
        #expect(chat.send("/help").contains("Commands:"))
        #expect(!isChoosing(chat.session.mode))
        #expect(!chat.send("1").contains("Vinkki 4"))
    }
}

/// Whether the chat is waiting for a number picking one of the offered answers.
private func isChoosing(_ mode: ChatMode) -> Bool {
    if case .choosingBetweenAnswers = mode { return true }
    return false
}
