import Testing
@testable import KuuloCore

@Suite("Merging copies of one plan (git, synced folders)")
struct PlanCopyMergeTests {
    func base() -> PlanDocument {
        var document = PlanDocument()
        document.content = ["organisation": ["name": "TYY", "shortName": "TYY"], "monitoring": ["owner": "Maija"]]
        document.recordRevision(author: "Maija", time: "2026-12-01T09:00:00+02:00", summary: "setup")
        return document
    }

    func edited(_ document: PlanDocument, _ path: String, _ value: JSONValue, by author: String, at time: String) -> PlanDocument {
        var copy = document
        copy.content.setValue(value, at: pointer(path))
        copy.recordRevision(author: author, time: time, summary: author + "'s change")
        return copy
    }

    @Test("without a base, the base is the last revision the copies share; both sides' work is kept in time order")
    func sharedRevisionsAsBase() throws {
        let plan = edited(base(), "/organisation/name", "Turun ylioppilaskunta", by: "Aino", at: "2026-12-06T11:00:00+02:00")
        let copy = edited(base(), "/monitoring/owner", "Bertta", by: "Bertta", at: "2026-12-06T10:00:00+02:00")
        let outcome = try #require(PlanMerge.mergeCopy(copy, into: plan, origin: "copy.json"))
        #expect(outcome.conflicts.isEmpty)
        #expect(outcome.document.content["organisation"]?["name"] == "Turun ylioppilaskunta")
        #expect(outcome.document.content["monitoring"]?["owner"] == "Bertta")
        #expect(outcome.document.history.map(\.author) == ["Maija", "Bertta", "Aino"], "in the order they were made")
        #expect(outcome.document.history.map(\.number) == [1, 2, 3])
        #expect(outcome.document.content(atRevision: 3) == outcome.document.content, "the history replays to the content")
    }

    @Test("the same two copies give the same plan whichever is merged into which, and merging again adds nothing")
    func convergent() throws {
        let first = edited(base(), "/organisation/name", "Turun ylioppilaskunta", by: "Aino", at: "2026-12-06T11:00:00+02:00")
        let second = edited(base(), "/monitoring/owner", "Bertta", by: "Bertta", at: "2026-12-06T10:00:00+02:00")
        let one = try #require(PlanMerge.mergeCopy(second, into: first, origin: "x")).document
        let other = try #require(PlanMerge.mergeCopy(first, into: second, origin: "x")).document
        #expect(one.content == other.content)
        #expect(one.history == other.history)
        let again = try #require(PlanMerge.mergeCopy(first, into: one, origin: "x"))
        #expect(again.document == one, "a copy whose work is already in the plan adds nothing")
        #expect(again.conflicts.isEmpty)
    }

    @Test("a field both changed keeps the plan's value, and the conflict is recorded in the plan, survives the file, and is removed once settled")
    func recordedConflict() throws {
        let plan = edited(base(), "/organisation/name", "Aino's", by: "Aino", at: "2026-12-06T11:00:00+02:00")
        let copy = edited(base(), "/organisation/name", "Bertta's", by: "Bertta", at: "2026-12-06T10:00:00+02:00")
        let outcome = try #require(PlanMerge.mergeCopy(copy, into: plan, origin: "git"))
        let expected = PlanConflict(path: pointer("/organisation/name"), base: "TYY", ours: "Aino's", theirs: "Bertta's", origin: "git")
        #expect(outcome.conflicts == [expected])
        #expect(outcome.document.content["organisation"]?["name"] == "Aino's")
        #expect(outcome.document.mergeConflicts == [expected])

        let reread = try PlanDocument.decode(outcome.document.encodedBytes(), schema: planSchema)
        #expect(reread.mergeConflicts == [expected])
        #expect(reread == outcome.document)

        let settled = PlanMerge.resolve(PlanMerge.Outcome(document: reread, conflicts: reread.mergeConflicts),
                                        keepingOurs: [pointer("/organisation/name"): false])
        #expect(settled.content["organisation"]?["name"] == "Bertta's")
        #expect(settled.mergeConflicts.isEmpty)
        #expect(settled.json["mergeConflicts"] == nil, "nothing is written once settled")
    }

    @Test("copies of two different plans (no shared revision, no base) are not merged")
    func unrelated() {
        var other = PlanDocument()
        other.content = ["organisation": ["name": "Muu"]]
        other.recordRevision(author: "X", time: "2026-01-01T09:00:00+02:00", summary: "setup")
        #expect(PlanMerge.mergeCopy(other, into: base(), origin: "x") == nil)
    }

    @Test("copies that share no revision are merged with nothing as the base when asked: one-sided fields kept, every differing field a conflict, and the outcome says so")
    func withoutBase() throws {
        var other = PlanDocument()
        other.content = ["organisation": ["name": "TYY", "shortName": "T"], "crisis": ["decider": "Bertta"]]
        other.recordRevision(author: "Bertta", time: "2026-12-01T08:00:00+02:00", summary: "setup")
        let outcome = try #require(PlanMerge.mergeCopy(other, into: base(), origin: "git", unrelated: .merge))
        #expect(outcome.withoutBase)
        #expect(outcome.conflicts.map(\.path) == [pointer("/organisation/shortName")], "the same name is no conflict; the short names differ")
        #expect(outcome.conflicts.first?.base == nil)
        #expect(outcome.document.content["organisation"]?["shortName"] == "TYY", "the plan's value stays until someone decides")
        #expect(outcome.document.content["crisis"]?["decider"] == "Bertta", "what only the copy has is taken")
        #expect(outcome.document.content["monitoring"]?["owner"] == "Maija", "what only the plan has is kept")
        #expect(outcome.document.history.map(\.author) == ["Bertta", "Maija"], "both histories, in the order they were made")
        #expect(outcome.document.mergeConflicts.count == 1)
    }

    @Test("a copy with no shared revision is merged from a synced folder only when it names the same organisation")
    func withoutBaseSameOrganisation() throws {
        var same = PlanDocument()
        same.content = ["organisation": ["name": "tyy"]]
        same.recordRevision(author: "Bertta", time: "2026-12-01T08:00:00+02:00", summary: "setup")
        #expect(PlanMerge.mergeCopy(same, into: base(), origin: "x", unrelated: .sameOrganisation)?.withoutBase == true)
        var other = PlanDocument()
        other.content = ["organisation": ["name": "Muu"]]
        other.recordRevision(author: "X", time: "2026-01-01T09:00:00+02:00", summary: "setup")
        #expect(PlanMerge.mergeCopy(other, into: base(), origin: "x", unrelated: .sameOrganisation) == nil)
        #expect(PlanMerge.mergeCopy(base(), into: base(), origin: "x")?.withoutBase == false, "copies with a shared history have a base")
    }

    @Test("the same new record made on both machines (draft 3 twice) is one conflict on the record: not mixed, renumbered or dropped")
    func sameRecordOnBoth() throws {
        let draft = { (topic: String, channel: String) -> JSONValue in ["topic": .string(topic), "channels": [.string(channel)], "status": "draft"] }
        let plan = edited(base(), "/calendar/drafts/3", draft("Vappu", "instagram"), by: "Aino", at: "2026-12-06T11:00:00+02:00")
        let copy = edited(base(), "/calendar/drafts/3", draft("Sitsit", "instagram"), by: "Bertta", at: "2026-12-06T10:00:00+02:00")
        let outcome = try #require(PlanMerge.mergeCopy(copy, into: plan, origin: "git"))
        #expect(outcome.conflicts.map(\.path) == [pointer("/calendar/drafts/3")], "one conflict on the whole record, not on its topic")
        #expect(outcome.document.content["calendar"]?["drafts"]?["3"] == draft("Vappu", "instagram"))
        #expect(outcome.document.content["calendar"]?["drafts"]?.objectValue?.count == 1, "nothing renumbered")
        let settled = PlanMerge.resolve(outcome, keepingOurs: [pointer("/calendar/drafts/3"): false])
        #expect(settled.content["calendar"]?["drafts"]?["3"] == draft("Sitsit", "instagram"), "the other draft whole, not mixed")
        #expect(PlanFieldNames.value(draft("Sitsit", "instagram")) == "instagram; draft; Sitsit", "a record shown as its words")
        // Records only one side made, and fields of a record both had before, still merge field by field.
        let onlyOurs = edited(base(), "/calendar/drafts/4", draft("Vappu", "tiktok"), by: "Aino", at: "2026-12-06T11:00:00+02:00")
        #expect(try #require(PlanMerge.mergeCopy(copy, into: onlyOurs, origin: "git")).conflicts.isEmpty)
    }

    @Test("a revision that already reached the other side through an earlier merge is not added twice")
    func noDuplicateRevisions() {
        let common = base()
        let ours = edited(common, "/organisation/name", "A", by: "Aino", at: "t2")
        // Theirs already merged ours once (ours' revision is in it, renumbered), then added its own.
        var theirs = common
        theirs.replaceHistory(common.history + [Revision(number: 2, time: "t2", author: "Aino", summary: "Aino's change", changes: ours.history[1].changes)])
        theirs.content = ours.content
        theirs = edited(theirs, "/monitoring/owner", "B", by: "Bertta", at: "t3")
        let outcome = PlanMerge.merge(base: common, ours: ours, theirs: theirs)
        #expect(outcome.document.history.map(\.author) == ["Maija", "Aino", "Bertta"])
    }
}

@Suite("Conflict copies of synced folders")
struct SyncConflictCopyTests {
    @Test("each tool's naming is recognised", arguments: [
        ("kuulo-plan.sync-conflict-20261206-153000-ABCDEFG.json", SyncConflictCopy.Tool.syncthing),
        ("kuulo-plan (Maija's conflicted copy 2026-12-06).json", .conflictedCopy),
        ("kuulo-plan (conflicted copy 2026-12-06 153000).json", .conflictedCopy),
        ("kuulo-plan-DESKTOP-AB12CD.json", .oneDrive),
        ("kuulo-plan-MaijanLäppäri.json", .oneDrive),
    ])
    func recognised(name: String, tool: SyncConflictCopy.Tool) {
        #expect(SyncConflictCopy.find(of: "kuulo-plan.json", among: [name, "kuulo-plan.json"]) == [SyncConflictCopy(name: name, tool: tool)])
    }

    @Test("the plan itself, Kuulo's own files and other names are not conflict copies", arguments: [
        "kuulo-plan.json", ".kuulo-plan.json.lock", ".kuulo-plan.json.kuulo-tmp-abcdefghijkl", "kuulo-plan.json.unsaved-20261206-101010-abcd.json",
        "kuulo-plan.sync-conflict-20261206-153000-ABCDEFG.json.merged", "kuulo-plan (1).json", "other-plan.json", "kuulo-plan.txt",
        "kuulo-plan-.json", "kuulo-plan-two words.json", "kuulo-plan.sync-conflict-x.json",
    ])
    func notRecognised(name: String) {
        #expect(SyncConflictCopy.find(of: "kuulo-plan.json", among: [name]).isEmpty)
    }

    @Test("only the OneDrive naming is uncertain")
    func certainty() {
        #expect(SyncConflictCopy(name: "a", tool: .syncthing).certain)
        #expect(SyncConflictCopy(name: "a", tool: .conflictedCopy).certain)
        #expect(!SyncConflictCopy(name: "a", tool: .oneDrive).certain)
    }
}
