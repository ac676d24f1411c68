import Testing
@testable import KuuloCore

@Suite("Trustees always have names")
struct TrusteeNameTests {
    @Test("a trustee known from --user is stored with their name when Enter takes it at the setup's name question")
    func knownUserIsStoredWithName() {
        var chat = ChatHarness(language: .fi, user: "Matti Meikäläinen")
        chat.send("Kuulolan ylioppilaskunta", "KYY", "", "", "", "", "puheenjohtaja")
        #expect(chat.content["trustees"]?["matti-meikalainen"] == ["name": "Matti Meikäläinen", "role": "puheenjohtaja"])
    }

    @Test("correcting one's own name with /back moves the record the setup made instead of leaving a second trustee behind")
    func correctedNameMovesTheRecord() {
        var chat = ChatHarness(language: .fi, user: "Matti Meikäläinen")
        chat.send("Kuulolan ylioppilaskunta")
        for _ in 0..<10 where chat.currentStep.map({ $0.id != "userName" }) ?? false { chat.send("") }
        chat.send("Puheenjohtaja")
        #expect(chat.currentStep?.id == "userRole")
        chat.send("/takaisin", "Matti Meikäläinen", "puheenjohtaja")
        #expect(chat.content["trustees"]?.objectValue?.keys.sorted() == ["matti-meikalainen"])
        #expect(chat.content["trustees"]?["matti-meikalainen"] == ["name": "Matti Meikäläinen", "role": "puheenjohtaja"])
    }

    @Test("a trustee who was in the plan before the flow is never moved by a corrected name")
    func existingTrusteeStays() {
        let content: JSONValue = ["trustees": ["liisa": ["name": "Liisa"]]]
        let moved = TrusteeKey.renamingOwn(from: "Liisa", to: "Matti", in: content, snapshot: content)
        #expect(moved == content)
    }
}
