import Testing
@testable import KuuloCore

/// A slash command there is not (issue 13): a former name, words that name a command, words that may
/// name several, a typo, nonsense — through the chat.
@Suite("Chat: a slash command there is not")
struct UnknownCommandTests {
    func plan() -> PlanDocument {
        ChatCommandTests().setUpPlan()
    }

    @Test("a command's former name opens the command it became, in the chat's language, and says so")
    func formerName() {
        var chat = ChatHarness(language: .fi, user: "Maija", document: plan())
        let reply = chat.send("/vastuuhenkilö")
        #expect(reply.contains("Komentoa /vastuuhenkilö ei ole, joten avaan komennon /luottamustoimija"), "\(reply)")
        #expect(reply.contains("Mikä on luottamustoimijan nimi?"), "the trustee flow starts: \(reply)")
        var english = ChatHarness(language: .en, user: "Maija", document: plan())
        let opened = english.send("/vastuuhenkilö")
        #expect(opened.contains("There is no command /vastuuhenkilö, so here is /trustee"), "\(opened)")
    }

    @Test("words that clearly name a command open it with a line saying which")
    func clearWords() {
        var chat = ChatHarness(language: .fi, user: "Maija", document: plan())
        let help = chat.send("/ohje")
        #expect(help.contains("Komentoa /ohje ei ole, joten avaan komennon /apua"), "\(help)")
        #expect(help.contains("/suunnitelma"), "the command list follows: \(help)")
        var english = ChatHarness(language: .en, user: "Maija", document: plan())
        let listing = english.send("/instructions")
        #expect(listing.contains("There is no command /instructions, so here is /help"), "\(listing)")
        #expect(listing.contains("/plan"), "\(listing)")
    }

    @Test("words that may name several commands get them suggested and open none; typos and nonsense as before")
    func unclearWords() {
        var chat = ChatHarness(language: .en, user: "Maija", document: plan())
        let remove = chat.send("/remove")
        #expect(remove.hasPrefix("There is no command /remove. Did you mean one of these?"), "\(remove)")
        let suggested = remove.split(separator: "\n").dropFirst().filter { $0.hasPrefix("  /") }
        #expect(suggested.count >= 2 && suggested.count <= 3, "\(remove)")
        #expect(suggested.contains { $0.hasPrefix("  /redact — ") }, "\(remove)")
        #expect(!remove.contains("[1/"), "no flow was started: \(remove)")
        #expect(chat.send("/hlep").contains("There is no command /hlep. Did you mean /help?"))
        #expect(chat.send("/xyzzy") == "There is no command /xyzzy. Type /help to list the commands.")
        var finnish = ChatHarness(language: .fi, user: "Maija", document: plan())
        let poista = finnish.send("/poista")
        #expect(poista.hasPrefix("Komentoa /poista ei ole. Tarkoititko jotakin näistä?"), "\(poista)")
        #expect(poista.contains("/unohda"), "\(poista)")
    }
}
