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
}
