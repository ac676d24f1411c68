import Testing
@testable import KuuloCore

/// What the chat does with another trustee's saved work that a save or a refresh brings in.
@Suite("Chat: taking in another trustee's saved work")
struct ChatMergeTests {
    /// A plan with a core message and two goals, as both trustees loaded it.
    func plan() -> PlanDocument {
        var document = setUpPlan(language: .en)
        document.content.setValue("B core message", at: pointer("/organisation/coreMessage"))
        document.content.setValue(["More members at events", "A calmer exam season"], at: pointer("/organisation/goals"))
        document.recordRevision(author: "Sanni", time: "2026-11-26T10:00:00Z", summary: "goals")
        return document
    }

    /// Sanni's version on disk: a new core message and one goal deleted.
    func sanni(_ common: PlanDocument) -> PlanDocument {
        var theirs = common
        theirs.content.setValue("B second message", at: pointer("/organisation/coreMessage"))
        theirs.content.setValue(["More members at events"], at: pointer("/organisation/goals"))
        theirs.recordRevision(author: "Sanni", time: "2026-11-27T10:00:00Z", summary: "Sanni's goals")
        return theirs
    }

    /// Alex answers the core message in `/goals`, his save meets Sanni's, and he keeps `side`.
    func conflicted(keeping side: String) -> ChatHarness {
        let common = plan()
        var chat = ChatHarness(language: .en, user: "Alex", document: common)
        chat.send("/goals")
        chat.answer("coreMessage", "A message")
        let outcome = PlanMerge.merge(base: common, ours: chat.session.document, theirs: sanni(common))
        #expect(outcome.conflicts.map(\.path) == [pointer("/organisation/coreMessage")])
        chat.absorb(chat.session.beginConflictResolution(outcome))
        chat.send(side)
        return chat
    }

    @Test("theirs kept, then /cancel: the other trustee's message and deleted goal stay as she saved them")
    func cancelAfterTheirs() {
        var chat = conflicted(keeping: "t")
        #expect(chat.content["organisation"]?["coreMessage"] == "B second message")
        chat.send("/cancel")
        #expect(chat.content["organisation"]?["coreMessage"] == "B second message")
        #expect(chat.content["organisation"]?["goals"] == ["More members at events"])
    }

    @Test("mine kept, then /cancel: only this flow's answer goes, back to what the other trustee saved")
    func cancelAfterMine() {
        var chat = conflicted(keeping: "m")
        #expect(chat.content["organisation"]?["coreMessage"] == "A message")
        chat.send("/cancel")
        #expect(chat.content["organisation"]?["coreMessage"] == "B second message")
        #expect(chat.content["organisation"]?["goals"] == ["More members at events"])
    }

    @Test("a merge without conflicts moves the flow's snapshot too")
    func cancelAfterMerge() {
        let common = plan()
        var chat = ChatHarness(language: .en, user: "Alex", document: common)
        chat.send("/goals")
        chat.answer("coreMessage", "A message")
        var theirs = common
        theirs.content.setValue(["More members at events"], at: pointer("/organisation/goals"))
        let outcome = PlanMerge.merge(base: common, ours: chat.session.document, theirs: theirs)
        #expect(outcome.conflicts.isEmpty)
        chat.absorb(chat.session.adopt(outcome))
        chat.send("/cancel")
        #expect(chat.content["organisation"]?["coreMessage"] == "B core message")
        #expect(chat.content["organisation"]?["goals"] == ["More members at events"])
    }

    @Test("after a merge the goodbye and /save name the versions as they are now")
    func numbersAfterMerge() {
        let common = plan()
        var chat = ChatHarness(language: .en, user: "Alex", document: common)
        let saved = chat.send("/save")
        #expect(saved.contains("Nothing new"))
        let outcome = PlanMerge.merge(base: common, ours: chat.session.document, theirs: sanni(common))
        chat.absorb(chat.session.adopt(outcome))
        #expect(chat.send("/save Board approved").contains("Version 3 is now labelled “Board approved”"))
        #expect(chat.session.document.history.last?.summary == "Labelled version 3: Board approved")
        chat.absorb(chat.session.endOfInput())
        #expect(chat.all.contains("version 4)"))
    }
}

@Suite("Plan merge: new records under one number")
struct RecordRenumberingTests {
    let drafts = pointer("/calendar/drafts")

    func common() -> PlanDocument {
        var document = PlanDocument()
        document.content = ["calendar": ["drafts": ["1": ["keyMessage": "Old post"]]]]
        document.recordRevision(author: "Alex", time: "t1", summary: "draft 1")
        return document
    }

    @Test("two new drafts 2, even alike, become drafts 2 and 3: theirs keeps its number, ours moves, and says so")
    func renumbered() {
        let base = common()
        var ours = base
        ours.content.setValue(["channels": ["telegram"]], at: pointer("/calendar/drafts/2"))
        var theirs = base
        theirs.content.setValue(["channels": ["telegram"]], at: pointer("/calendar/drafts/2"))
        theirs.recordRevision(author: "Sanni", time: "t2", summary: "Sanni's draft")
        let outcome = PlanMerge.merge(base: base, ours: ours, theirs: theirs, recordCollections: [drafts])
        #expect(outcome.conflicts.isEmpty)
        #expect(outcome.renumbered == [RecordRenumbering(collection: drafts, from: "2", to: "3")])
        #expect(outcome.document.content["calendar"]?["drafts"]?["2"] == ["channels": ["telegram"]])
        #expect(outcome.document.content["calendar"]?["drafts"]?["3"] == ["channels": ["telegram"]])
        // Ours is still ours to record: the next revision names draft 3 only.
        #expect(outcome.document.unrecordedChanges.map(\.path) == [pointer("/calendar/drafts/3")])
        // Without the collections (a copy from git or a synced folder) the old rule holds: alike is one.
        #expect(PlanMerge.merge(base: base, ours: ours, theirs: theirs).document.content["calendar"]?["drafts"]?["3"] == nil)
    }

    @Test("an unsaved revision of ours about the moved record names its new number; different drafts never mix")
    func revisionsMove() {
        let base = common()
        var ours = base
        ours.content.setValue(["keyMessage": "Alex's post", "details": "Alex's details"], at: pointer("/calendar/drafts/2"))
        ours.recordRevision(author: "Alex", time: "t2", summary: "Alex's draft")
        var theirs = base
        theirs.content.setValue(["keyMessage": "Sanni's post"], at: pointer("/calendar/drafts/2"))
        theirs.content.setValue(["keyMessage": "Sanni's other post"], at: pointer("/calendar/drafts/3"))
        theirs.recordRevision(author: "Sanni", time: "t2", summary: "Sanni's drafts")
        let outcome = PlanMerge.merge(base: base, ours: ours, theirs: theirs, recordCollections: [drafts])
        #expect(outcome.conflicts.isEmpty)
        #expect(outcome.renumbered == [RecordRenumbering(collection: drafts, from: "2", to: "4")])
        #expect(outcome.document.content["calendar"]?["drafts"]?["2"] == ["keyMessage": "Sanni's post"])
        #expect(outcome.document.content["calendar"]?["drafts"]?["4"] == ["keyMessage": "Alex's post", "details": "Alex's details"])
        let alex = outcome.document.history.last
        #expect(alex?.author == "Alex")
        #expect(alex?.changes.map(\.path) == [pointer("/calendar/drafts/4")])
        #expect(!outcome.document.hasUnrecordedChanges)
    }
}
