import Testing
@testable import KuuloCore

@Suite("Plan redaction")
struct PlanRedactionTests {
    static let code = "131052-308T"

    /// A plan where a henkilötunnus went into a draft, was edited out of it, and is still in another
    /// draft, in an author name and in a summary; plus a public address that must stay.
    func makeDocument() -> PlanDocument {
        var document = PlanDocument()
        document.content.setValue("Testiyhdistys", at: pointer("/organisation/name"))
        document.content.setValue(["info@tyy.fi"], at: pointer("/organisation/publicContacts/emails"))
        document.recordRevision(author: "Maija", time: "2026-12-01T10:00:00Z", summary: "Setup")
        document.content.setValue(.string("Ilmoittautumiset: Maija \(Self.code), maija@example.fi"), at: pointer("/calendar/drafts/ilta/details"))
        document.recordRevision(author: "Maija", time: "2026-12-01T10:05:00Z", summary: "Draft ilta")
        document.content.setValue("Ilmoittautumiset: Maija, info@tyy.fi", at: pointer("/calendar/drafts/ilta/details"))
        document.content.setValue(.string("Tiedustelut \(Self.code.lowercased())"), at: pointer("/calendar/drafts/aamu/details"))
        document.recordRevision(author: "Maija \(Self.code)", time: "2026-12-01T10:09:00Z", summary: "Edited ilta for \(Self.code)")
        return document
    }

    func redact(_ texts: [String], in document: PlanDocument) throws -> (document: PlanDocument, tally: PlanRedaction.Tally)? {
        try PlanRedaction(texts: texts, schema: planSchema).apply(to: document, author: "Pekka", time: "2026-12-06T12:00:00Z",
                                                                     summary: "Removed: personal identity code")
    }

    @Test("the text is gone from the content, every revision's values, authors and summaries, and the file")
    func removesEverywhere() throws {
        let original = makeDocument()
        #expect(original.encoded().contains(Self.code))
        let result = try #require(try redact([Self.code], in: original))
        let text = result.document.encoded()
        #expect(!text.uppercased().contains(Self.code))
        #expect(text.contains("Ilmoittautumiset: Maija [***], maija@example.fi"))
        #expect(text.contains("Tiedustelut [***]"))
        #expect(result.document.content["calendar"]?["drafts"]?["ilta"]?["details"] == "Ilmoittautumiset: Maija, info@tyy.fi")
        #expect(result.document.history[2].author == "Maija [***]")
        #expect(result.tally == PlanRedaction.Tally(content: 1, history: 5, revisions: 2))
        #expect(try PlanDocument.decode(result.document.encodedBytes(), schema: planSchema) == result.document)
    }

    @Test("replaying the redacted history gives the redacted content at every revision")
    func replayConsistent() throws {
        let original = makeDocument()
        let redaction = try PlanRedaction(texts: [Self.code])
        let result = try #require(redaction.apply(to: original, author: "Pekka", time: "t", summary: "s"))
        let document = result.document
        #expect(!document.hasUnrecordedChanges)
        #expect(document.content(atRevision: document.revision) == document.content)
        for number in 0...original.revision {
            let before = try #require(original.content(atRevision: number))
            #expect(document.content(atRevision: number) == redaction.redact(before))
        }
        #expect(document.history.dropLast().map(\.number) == original.history.map(\.number))
        #expect(document.history.dropLast().map(\.time) == original.history.map(\.time))
    }

    @Test("the redaction's own revision changes nothing and never holds the text")
    func recordedRevision() throws {
        let result = try #require(try redact([Self.code], in: makeDocument()))
        let last = try #require(result.document.history.last)
        #expect(last.number == 4)
        #expect(last.changes.isEmpty)
        #expect(last.author == "Pekka")
        #expect(last.summary == "Removed: personal identity code")
        let sneaky = try #require(try PlanRedaction(texts: [Self.code]).apply(to: makeDocument(), author: Self.code, time: "t",
                                                                              summary: "Removed \(Self.code)"))
        #expect(sneaky.document.history.last?.summary == "Removed [***]")
        #expect(sneaky.document.history.last?.author == "[***]")
    }

    @Test("object keys and change paths are redacted alike, so replay still matches")
    func keysAndPaths() throws {
        var document = PlanDocument()
        document.content.setValue("chair", at: pointer("/trustees/maija@example.fi/role"))
        document.recordRevision(author: "a", time: "t", summary: "s")
        let redaction = try PlanRedaction(texts: ["maija@example.fi"], schema: planSchema)
        let result = try #require(redaction.apply(to: document, author: "a", time: "t", summary: "s"))
        #expect(result.document.content["trustees"]?["[***]"]?["role"] == "chair")
        #expect(!result.document.encoded().contains("maija@example.fi"))
        #expect(!result.document.hasUnrecordedChanges)
    }

    @Test("several texts at once: the longest wins where they overlap, and markers are not matched again")
    func severalTexts() throws {
        let redaction = try PlanRedaction(texts: ["131052", Self.code, "***"])
        #expect(redaction.redact("a 131052-308T b 131052 c") == "a [***] b [***] c")
        #expect(redaction.redact("x *** y") == "x [***] y")
        #expect(redaction.redact("no match here") == "no match here")
        #expect(redaction.redact(.array(["131052-308t", 7, .null])) == .array(["[***]", 7, .null]))
    }

    @Test("a phone or account number is removed however it is written, and the line history loses it too")
    func numberVariants() throws {
        let redaction = try PlanRedaction(texts: ["040-1234567", "FI2112345600000785"])
        #expect(redaction.redact("soita +358 40 123 4567 tai 040 123 4567, tili FI21 1234 5600 0007 85.")
            == "soita [***] tai [***], tili [***].")
        #expect(redaction.redact("040 123 4568 ja 09 1234 5678") == "040 123 4568 ja 09 1234 5678")
        #expect(redaction.scrub(lines: ["p. 0401234567", "/quit"]).lines == ["/quit"])
    }

    @Test("nothing to do is nil; blank, short and structural texts are refused")
    func refusals() throws {
        #expect(try redact(["999999-999X"], in: makeDocument()) == nil)
        #expect(throws: RedactionError.noText) { try PlanRedaction(texts: ["  ", ""]) }
        #expect(throws: RedactionError.tooShort) { try PlanRedaction(texts: [Self.code, "ab"]) }
        #expect(throws: RedactionError.structural(fieldName: "details")) { try PlanRedaction(texts: ["detail"], schema: planSchema) }
    }

    @Test("the texts are classified with the privacy detectors, never by their content in the summary")
    func kinds() throws {
        let redaction = try PlanRedaction(texts: ["maija@example.fi", Self.code, "040 123 4567", "FI21 1234 5600 0007 85", "Maija Meikäläinen"])
        #expect(redaction.kinds == [.personalIdentityCode, .phoneNumber, .email, .iban, .other])
        #expect(try PlanRedaction(texts: ["Maija Meikäläinen"]).kinds == [.other])
    }

    @Test("the line history loses every line that holds a text, whatever its case")
    func scrubLines() throws {
        let redaction = try PlanRedaction(texts: [Self.code])
        let result = redaction.scrub(lines: ["/muokkaa", "Maija 131052-308t", "/quit", "\(Self.code)"])
        #expect(result.lines == ["/muokkaa", "/quit"])
        #expect(result.removed == 2)
    }
}

@Suite("Personal data scan")
struct PersonalDataScanTests {
    @Test("finds codes, numbers, addresses and accounts in the content and the history, public contacts excepted")
    func findsAndExcepts() {
        let scan = PersonalDataScan(document: PlanRedactionTests().makeDocument())
        let listed = scan.findings.map { "\($0.kind.rawValue) \($0.path) \($0.value.rawValue) \($0.revision.map(String.init) ?? "-") \($0.masked)" }
        #expect(listed == [
            "personal-identity-code /calendar/drafts/aamu/details current - 131052-****",
            "personal-identity-code /calendar/drafts/ilta/details after 2 131052-****",
            "email /calendar/drafts/ilta/details after 2 m***@example.fi",
            "personal-identity-code /calendar/drafts/aamu/details after 3 131052-****",
            "personal-identity-code /calendar/drafts/ilta/details before 3 131052-****",
            "email /calendar/drafts/ilta/details before 3 m***@example.fi",
            "personal-identity-code  summary 3 131052-****",
            "personal-identity-code  author 3 131052-****",
        ])
        #expect(scan.findings.last?.author == "Maija 131052-****")
        #expect(!JSONWriter.pretty(scan.json).contains("308T"))
    }

    @Test("a redacted plan scans clean")
    func cleanAfterRedaction() throws {
        let redaction = try PlanRedaction(texts: [PlanRedactionTests.code, "maija@example.fi"])
        let result = try #require(redaction.apply(to: PlanRedactionTests().makeDocument(), author: "a", time: "t", summary: "s"))
        #expect(PersonalDataScan(document: result.document).isClean)
    }

    @Test("masks keep only what identifies nobody on a shared screen")
    func masks() {
        #expect(PersonalDataKind.personalIdentityCode.masked("131052-308T") == "131052-****")
        #expect(PersonalDataKind.phoneNumber.masked("040 123 4567") == "040 *** ****")
        #expect(PersonalDataKind.phoneNumber.masked("+358 40 123 4567") == "+358 ** *** ****")
        #expect(PersonalDataKind.iban.masked("FI21 1234 5600 0007 85") == "FI21 **** **** **** **")
        #expect(PersonalDataKind.email.masked("maija@example.fi") == "m***@example.fi")
        #expect(PersonalDataKind.maskingAll(in: "trustee maija@example.fi, 040 123 4567") == "trustee m***@example.fi, 040 *** ****")
    }
}
