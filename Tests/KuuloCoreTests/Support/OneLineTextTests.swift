import Testing
@testable import KuuloCore

@Suite("One-line names")
struct OneLineTextTests {
    @Test("line breaks, tabs and line separators become one space; other controls (shown visibly on output) and text are unchanged", arguments: [
        ("Maija Meikäläinen", "Maija Meikäläinen"),
        ("Maija\nVAROITUS", "Maija VAROITUS"),
        ("  TYY\r\n\t ry  ", "TYY ry"),
        ("a\u{1B}[2Jb", "a\u{1B}[2Jb"),
        ("a\u{85}b\u{2028}c\u{7F}d\u{0C}e", "a b c\u{7F}d e"),
        ("Åbo Akademi 😀", "Åbo Akademi 😀"),
    ])
    func oneLine(input: String, expected: String) {
        #expect(OneLineText.make(input) == expected)
        #expect(OneLineText.make(OneLineText.make(input)) == expected)
    }

    @Test("a name typed at a one-line step in a \"\"\" block is kept on one line")
    func typedName() {
        var chat = ChatHarness(language: .en)
        chat.send("\"\"\"", "Tampere", "University Union", "\"\"\"")
        #expect(chat.content["organisation"]?["name"] == "Tampere University Union")
    }
}
