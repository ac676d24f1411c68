import Testing
@testable import KuuloCore

@Suite("Answers that look like passwords (refuse: password)")
struct PasswordShapeTests {
    @Test("secrets and password-shaped tokens are refused", arguments: [
        "salasana: kissa", "Password is hunter2", "Kyy2026!", "some@kyy.fi Kyy2026!x", "lösenord 1234", "KYYhallitus2027",
    ])
    func refused(answer: String) {
        #expect(PasswordShape.looksLikePassword(answer))
    }

    @Test("addresses, handles, links, phone numbers and names pass", arguments: [
        "some@kyy.fi", "@kyy_ry", "facebook.com/kyy", "https://www.instagram.com/kyy_ry/", "+358 40 123 4567", "Cecilia Carlsson",
        "hallitus@kuulolan-yo.fi", "KYY ry", "tiedottaja", "www.kyy.fi",
    ])
    func passes(answer: String) {
        #expect(!PasswordShape.looksLikePassword(answer))
    }

    @Test("the handover's and the accounts' recovery steps refuse them; other text steps do not")
    func stepsRefuse() throws {
        var step = try FlowStep(json: ["id": "recovery", "kind": "text", "field": "/x", "question": "?", "refuse": "password"], path: "t", position: 0)
        #expect(step.refusesPasswords)
        if case .success = AnswerParser.parse("Kyy2026!", for: step, language: .fi) { Issue.record("a password was accepted") }
        #expect(AnswerParser.parse("some@kyy.fi", for: step, language: .fi) == .success("some@kyy.fi"))
        step.refusesPasswords = false
        #expect(AnswerParser.parse("Kyy2026!", for: step, language: .fi) == .success("Kyy2026!"))
        #expect(throws: DataFileError.self) {
            try FlowStep(json: ["id": "x", "kind": "text", "field": "/x", "question": "?", "refuse": "everything"], path: "t", position: 0)
        }
    }
}
