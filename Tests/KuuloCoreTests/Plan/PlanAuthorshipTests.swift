import Testing
@testable import KuuloCore

@Suite("Plan revisions list only the session's own changes")
struct PlanAuthorshipTests {
    let schema = JSONValue.object([:])

    func role(_ user: String) -> JSONPointer { JSONPointer(tokens: ["trustees", user, "role"]) }

    @Test("changes another session saved but did not record yet are not recorded under this session's name")
    func foreignUnrecordedOnLoad() throws {
        var other = PlanDocument()
        other.content.setValue("chair", at: role("maija"))
        other.recordRevision(author: "Maija", time: "t1", summary: "s")
        other.content.setValue("treasurer", at: role("maija"))
        // Maija's session saved her answer but has not recorded a revision yet.
        var ours = try PlanDocument.decode(other.encodedBytes(), schema: schema)
        #expect(!ours.hasUnrecordedChanges)
        ours.content.setValue("secretary", at: role("pekka"))
        let revision = ours.recordRevision(author: "Pekka", time: "t2", summary: "s")
        #expect(revision?.changes.map(\.path) == [JSONPointer(tokens: ["trustees", "pekka"])])
        // Replaying the history gives Pekka's change without Maija's unrecorded one, which stays in the content.
        #expect(ours.content(atRevision: 2)?.value(at: role("maija")) == "chair")
        #expect(ours.content.value(at: role("maija")) == "treasurer")
    }

    @Test("after a merge, this session's next revision holds its own changes and not the other side's")
    func foreignUnrecordedAfterMerge() {
        var base = PlanDocument()
        base.content.setValue("chair", at: role("maija"))
        base.recordRevision(author: "Maija", time: "t1", summary: "s")
        var theirs = base
        theirs.content.setValue("treasurer", at: role("maija"))
        var ours = base
        ours.content.setValue("secretary", at: role("pekka"))
        var merged = PlanMerge.merge(base: base, ours: ours, theirs: theirs).document
        #expect(merged.unrecordedChanges.map(\.path) == [JSONPointer(tokens: ["trustees", "pekka"])])
        let revision = merged.recordRevision(author: "Pekka", time: "t2", summary: "s")
        #expect(revision?.changes.map(\.path) == [JSONPointer(tokens: ["trustees", "pekka"])])
        #expect(merged.content.value(at: role("maija")) == "treasurer")
    }
}
