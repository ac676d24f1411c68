import Testing
@testable import KuuloCore

@Suite("text.invisible")
struct InvisibleCharacterRuleTests {
    func findings(_ text: String) -> [Finding] {
        let context = CheckContext(platforms: [], plan: nil, genericTags: [], segmenter: nil)
        return DraftChecker().check(text, context: context).findings.filter { $0.rule == InvisibleCharacterRule.id }
    }

    @Test("every direction control is an error, at its place", arguments: [0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069])
    func directionControls(_ value: UInt32) throws {
        let scalar = try #require(Unicode.Scalar(value))
        let found = findings("Liput: tyy.fi/\(Character(scalar))liput ovelta")
        #expect(found.count == 1)
        #expect(found.first?.severity == .error)
        #expect(found.first?.message == InvisibleCharacterRule.directionMessage)
        #expect(found.first?.start == 14 && found.first?.end == 15)
        #expect(found.first?.arguments["code"] == "U+" + String(value, radix: 16, uppercase: true))
    }

    @Test("every zero-width character is a warning", arguments: [0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF])
    func zeroWidth(_ value: UInt32) throws {
        let scalar = try #require(Unicode.Scalar(value))
        let found = findings("Tule mukaan #Va\(Character(scalar))ppu2026")
        #expect(found.map(\.severity) == [.warning])
        #expect(found.first?.message == InvisibleCharacterRule.zeroWidthMessage)
        #expect(found.first?.start == 15)
    }

    @Test("a run of invisible characters is one finding naming each kind of character once")
    func runs() {
        let text = "Hei" + String(repeating: "\u{200B}\u{2060}", count: 500) + " kaikki \u{202E}\u{202C} ja \u{200B}"
        let found = findings(text)
        #expect(found.count == 3)
        #expect(found.first?.start == 3 && found.first?.end == 1003)
        #expect(found.first?.arguments["code"] == "U+200B, U+2060")
        #expect(found.map(\.severity) == [.warning, .error, .warning])
        #expect(DraftChecker().check(text, context: CheckContext(platforms: [], plan: nil, genericTags: [], segmenter: nil)).hasErrors)
    }

    @Test("joiners inside emoji sequences, a byte-order mark at the start and ordinary text are not flagged")
    func notFlagged() {
        #expect(findings("Koodikerho 👩‍💻 ja 🏳️‍🌈 sekä 👨‍👩‍👧‍👦 ja 🏳️‍⚧️!").isEmpty)
        #expect(findings("\u{FEFF}Tervetuloa vappuun! #Vappu2026").isEmpty)
        #expect(findings("Tervetuloa syysjuhlaan – إلى اللقاء – שלום! Nähdään.").isEmpty)
    }

    @Test("a joiner after an emoji that joins nothing, or between letters, is flagged")
    func strayJoiners() {
        #expect(findings("Kiitos 👍\u{200D} kaikille").map(\.start) == [8])
        #expect(findings("a\u{200D}b").map(\.start) == [1])
    }
}
