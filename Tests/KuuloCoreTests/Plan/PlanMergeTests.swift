import Testing
@testable import KuuloCore

@Suite("Plan merge")
struct PlanMergeTests {
    func base() -> PlanDocument {
        var document = PlanDocument()
        document.content = ["organisation": ["name": "TYY", "values": ["kuuntelu"]], "monitoring": ["owner": "Maija"]]
        document.recordRevision(author: "Maija", time: "t1", summary: "setup")
        return document
    }

    @Test("changes to different fields merge, and both sides' revisions are kept and renumbered")
    func disjoint() {
        let common = base()
        var ours = common
        ours.content.setValue("Tampereen ylioppilaskunta", at: pointer("/organisation/shortName"))
        ours.recordRevision(author: "Maija", time: "t2", summary: "ours")
        var theirs = common
        theirs.content.setValue("weekly", at: pointer("/monitoring/frequency"))
        theirs.content.setValue(["kuuntelu", "vuorovaikutus"], at: pointer("/organisation/values"))
        theirs.recordRevision(author: "Pekka", time: "t2", summary: "theirs")
        let outcome = PlanMerge.merge(base: common, ours: ours, theirs: theirs)
        #expect(outcome.conflicts.isEmpty)
        let merged = outcome.document.content
        #expect(merged["organisation"]?["shortName"] == "Tampereen ylioppilaskunta")
        #expect(merged["monitoring"]?["frequency"] == "weekly")
        #expect(merged["organisation"]?["values"] == ["kuuntelu", "vuorovaikutus"])
        #expect(outcome.document.history.map(\.summary) == ["setup", "theirs", "ours"])
        #expect(outcome.document.history.map(\.number) == [1, 2, 3])
        #expect(!outcome.document.hasUnrecordedChanges)
    }

    @Test("the same field changed differently is a conflict that keeps theirs until someone decides")
    func conflict() {
        let common = base()
        var ours = common
        ours.content.setValue("Maija ja Pekka", at: pointer("/monitoring/owner"))
        var theirs = common
        theirs.content.setValue("Liisa", at: pointer("/monitoring/owner"))
        let outcome = PlanMerge.merge(base: common, ours: ours, theirs: theirs)
        #expect(outcome.conflicts == [PlanConflict(path: pointer("/monitoring/owner"), base: "Maija", ours: "Maija ja Pekka", theirs: "Liisa")])
        #expect(outcome.document.content["monitoring"]?["owner"] == "Liisa")
        let keptOurs = PlanMerge.resolve(outcome, keepingOurs: [pointer("/monitoring/owner"): true])
        #expect(keptOurs.content["monitoring"]?["owner"] == "Maija ja Pekka")
        let keptTheirs = PlanMerge.resolve(outcome, keepingOurs: [pointer("/monitoring/owner"): false])
        #expect(keptTheirs.content["monitoring"]?["owner"] == "Liisa")
    }

    @Test("the same change on both sides is no conflict; a removal against an edit is")
    func sameAndRemoval() {
        let common = base()
        var ours = common
        var theirs = common
        ours.content.setValue("daily", at: pointer("/monitoring/frequency"))
        theirs.content.setValue("daily", at: pointer("/monitoring/frequency"))
        #expect(PlanMerge.merge(base: common, ours: ours, theirs: theirs).conflicts.isEmpty)
        ours.content.setValue(nil, at: pointer("/organisation/values"))
        theirs.content.setValue(["avoimuus"], at: pointer("/organisation/values"))
        let outcome = PlanMerge.merge(base: common, ours: ours, theirs: theirs)
        #expect(outcome.conflicts.map(\.path) == [pointer("/organisation/values")])
        #expect(outcome.conflicts.first?.ours == nil)
    }

    @Test("a history the other side rewrote (a redaction) stays rewritten: our earlier copies of its revisions are not added back")
    func afterRedaction() throws {
        var common = base()
        common.content.setValue("Soita 040 123 4567", at: pointer("/monitoring/owner"))
        common.recordRevision(author: "Maija", time: "t2", summary: "phone")
        var ours = common
        ours.content.setValue("weekly", at: pointer("/monitoring/frequency"))
        ours.recordRevision(author: "Maija", time: "t4", summary: "ours")
        let redaction = try PlanRedaction(texts: ["040 123 4567"])
        let theirs = try #require(redaction.apply(to: common, author: "Pekka", time: "t3", summary: "redacted")).document
        let outcome = PlanMerge.merge(base: common, ours: ours, theirs: theirs)
        #expect(outcome.conflicts.isEmpty)
        #expect(!JSONWriter.compact(outcome.document.json).contains("4567"))
        #expect(outcome.document.content["monitoring"]?["frequency"] == "weekly")
        #expect(outcome.document.history.map(\.summary) == ["setup", "phone", "redacted", "ours"])
        #expect(outcome.document.history.map(\.number) == [1, 2, 3, 4])
    }
}
