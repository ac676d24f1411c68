import Testing
@testable import KuuloCore

@Suite("Chat commands")
struct ChatCommandTests {
    func setUpPlan() -> PlanDocument {
        var document = PlanDocument()
        document.content = ["organisation": ["name": "Tampereen ylioppilaskunta", "shortName": "TYY", "languages": ["fi"]]]
        document.recordRevision(author: "Maija", time: "2026-11-25T10:00:00Z", summary: "Perustiedot: TYY")
        return document
    }

    @Test("unknown commands get a did-you-mean in either language's names")
    func didYouMean() {
        var chat = ChatHarness(language: .en, user: "Maija", document: setUpPlan())
        #expect(chat.send("/hlep").contains("Did you mean /help?"))
        #expect(chat.send("/lopeat").contains("Did you mean /lopeta?"))
        #expect(chat.send("/xyzzy").contains("There is no command /xyzzy."))
    }

    @Test("help lists the commands in the chat's language")
    func help() {
        var chat = ChatHarness(language: .fi, user: "Maija", document: setUpPlan())
        let reply = chat.send("/apua")
        #expect(reply.contains("/suunnitelma"))
        #expect(reply.contains("/kieli fi|en"))
        #expect(!chat.send("/help lang").contains("/lang"), "only the chat's own language's commands")
    }

    @Test("/lang switches the language of everything that follows")
    func language() {
        var chat = ChatHarness(language: .fi, user: "Maija", document: setUpPlan())
        #expect(chat.send("/lang en").contains("I'll speak English"))
        #expect(chat.send("/plan").contains("TYY’s plan — "))
        #expect(chat.send("/kieli ranska").contains("I don't know the language “ranska”"))
    }

    @Test("/plan shows what is there and what is missing with the command that fills it")
    func planSummary() {
        var chat = ChatHarness(language: .fi, user: "Maija", document: setUpPlan())
        let reply = chat.send("/suunnitelma")
        #expect(reply.contains("TYY:n suunnitelma – kuulo-plan.json, versio 1"))
        #expect(reply.contains("✓ Järjestö ja arvot"))
        #expect(reply.contains("– Kohderyhmät"))
    }

    @Test("a draft left unfinished is recorded under its number, with no placeholder left in the summary")
    func unfinishedDraftSummary() {
        var chat = ChatHarness(language: .en, user: "Maija", document: setUpPlan())
        chat.send("/draft", "1", "")
        chat.answer("key-message", "Autumn party on Friday!")
        chat.send("/quit")
        let summary = chat.session.document.history.last?.summary ?? ""
        #expect(summary.hasPrefix("Draft 1 — unfinished"), "\(summary)")
        #expect(!summary.contains("{"), "\(summary)")
    }

    @Test("/save records a revision only when there are changes; /history lists it")
    func saveAndHistory() {
        var chat = ChatHarness(language: .en, user: "Maija", document: setUpPlan())
        #expect(chat.send("/save").contains("Nothing new to save: the plan is at version 1."))
        chat.send("/setup", "Tampereen ylioppilaskunta TYY", "/cancel")
        chat.send("/setup", "New name", "/quit")
        #expect(chat.exitCode == 0)
        #expect(chat.session.document.revision == 2)
        #expect(chat.session.document.history.last?.summary == "Setup: TYY — unfinished")
        let history = chat.send("/history")
        #expect(history.contains("#2"))
        #expect(history.contains("#1"))
    }

    @Test("/undo goes back one revision at a time, each as a new revision")
    func undo() {
        var document = setUpPlan()
        document.content.setValue("weekly", at: pointer("/monitoring/frequency"))
        document.recordRevision(author: "Maija", time: "2026-11-25T11:00:00Z", summary: "two")
        var chat = ChatHarness(language: .en, user: "Maija", document: document)
        #expect(chat.send("/undo").contains("Undid version 2 (Maija: two). The plan is now at version 3;"), "says whose change, and what, was undone")
        #expect(chat.content["monitoring"] == nil || chat.content["monitoring"]?["frequency"] == nil)
        #expect(chat.send("/undo").contains("Undid version 1"))
        #expect(chat.content["organisation"] == nil)
        #expect(chat.session.document.revision == 4)
        #expect(chat.send("/undo").contains("nothing to undo"))
    }

    @Test("end of input saves unrecorded answers as a revision and exits 0")
    func endOfInput() {
        var chat = ChatHarness(language: .en)
        chat.send("Half Done Org")
        chat.absorb(chat.session.endOfInput())
        #expect(chat.exitCode == 0)
        #expect(chat.session.document.revision == 1)
        #expect(chat.session.document.history[0].summary.contains("unfinished"))
    }

    @Test("free text outside a flow gets a pointer to /help, and an empty line does nothing")
    func freeText() {
        var chat = ChatHarness(language: .en, user: "Maija", document: setUpPlan())
        #expect(chat.send("hello there").contains("/help"))
        #expect(chat.send("").isEmpty)
    }

    @Test("flow-only commands outside a flow say so")
    func flowOnly() {
        var chat = ChatHarness(language: .fi, user: "Maija", document: setUpPlan())
        #expect(chat.send("/ohita").contains("toimii vain kysymysten aikana"))
    }

    @Test("Tab completion: command names by prefix in both languages, then arguments")
    func completion() {
        let chat = ChatHarness(language: .en, user: "Maija", document: setUpPlan())
        #expect(chat.session.completions(for: "/he") == ["/help"])
        #expect(chat.session.completions(for: "/ki") == ["/kieli"])
        #expect(chat.session.completions(for: "/lang ") == ["fi", "en"])
        #expect(chat.session.completions(for: "/lang e") == ["en"])
        #expect(chat.session.completions(for: "hello").isEmpty)
        #expect(chat.session.completions(for: "/muokkaa yd") == ["ydinviesti"])
        #expect(chat.session.completions(for: "/edit key") == ["key-message"])
        #expect(chat.session.completions(for: "/draft 3 app") == ["approve"])
        #expect(chat.session.completions(for: "/luonnos 3 hy") == ["hyväksy"])
    }

    @Test("conflicting saves are settled field by field")
    func conflictResolution() {
        let document = setUpPlan()
        var chat = ChatHarness(language: .en, user: "Maija", document: document)
        var ours = document
        ours.content.setValue("Mine", at: pointer("/organisation/coreMessage"))
        var theirs = document
        theirs.content.setValue("Theirs", at: pointer("/organisation/coreMessage"))
        let outcome = PlanMerge.merge(base: document, ours: ours, theirs: theirs)
        chat.absorb(chat.session.beginConflictResolution(outcome))
        #expect(chat.all.contains("Core message") && !chat.all.contains("/organisation/coreMessage"), "the field in words")
        #expect(chat.send("maybe").contains("Answer m (keep mine) or t (keep theirs)."))
        chat.send("m")
        #expect(chat.content["organisation"]?["coreMessage"] == "Mine")
        #expect(chat.all.contains("Conflicts settled"))
    }
}
