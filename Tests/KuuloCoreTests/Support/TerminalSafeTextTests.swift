import Testing
@testable import KuuloCore

@Suite("Terminal-safe text")
struct TerminalSafeTextTests {
    /// The characters that must never reach a terminal as they are.
    static let unsafe: [Unicode.Scalar] = (Array(0x00...0x1F).filter { $0 != 0x0A && $0 != 0x09 } + [0x7F] + Array(0x80...0x9F)
        + Array(0x202A...0x202E) + Array(0x2066...0x2069)).compactMap { Unicode.Scalar(UInt32($0)) }

    @Test("every C0 control but newline and tab, and DEL, becomes its control picture")
    func controlPictures() {
        for value in UInt32(0x00)...0x1F where value != 0x0A && value != 0x09 {
            let scalar = Unicode.Scalar(value).map { String(Character($0)) } ?? ""
            let picture = Unicode.Scalar(0x2400 + value).map { String(Character($0)) } ?? "?"
            #expect(TerminalSafeText.make("a" + scalar + "b") == "a" + picture + "b", "U+\(String(value, radix: 16))")
        }
        #expect(TerminalSafeText.make("\u{1B}") == "␛")
        #expect(TerminalSafeText.make("\u{07}") == "␇")
        #expect(TerminalSafeText.make("\u{00}") == "␀")
        #expect(TerminalSafeText.make("x\u{7F}") == "x␡")
    }

    @Test("C1 controls and bidirectional overrides and isolates become <U+XXXX>")
    func codePoints() {
        for value in Array(UInt32(0x80)...0x9F) + Array(UInt32(0x202A)...0x202E) + Array(UInt32(0x2066)...0x2069) {
            let scalar = Unicode.Scalar(value).map { String(Character($0)) } ?? ""
            let hex = String(value, radix: 16, uppercase: true)
            let expected = "<U+" + String(repeating: "0", count: 4 - hex.count) + hex + ">"
            #expect(TerminalSafeText.make("a" + scalar + "b") == "a" + expected + "b")
        }
        #expect(TerminalSafeText.make("\u{9B}31m") == "<U+009B>31m")
        #expect(TerminalSafeText.make("abc\u{202E}fed") == "abc<U+202E>fed")
    }

    @Test("escape sequences are defused by their ESC and the rest is shown as text")
    func sequences() {
        #expect(TerminalSafeText.make("\u{1B}]0;pwned\u{07}") == "␛]0;pwned␇")
        #expect(TerminalSafeText.make("E\u{1B}[2JV") == "E␛[2JV")
        #expect(TerminalSafeText.make("\u{1B}]52;c;aGVsbG8=\u{1B}\\") == "␛]52;c;aGVsbG8=␛\\")
        #expect(TerminalSafeText.make("\u{1B}[8mhidden\u{1B}[0m") == "␛[8mhidden␛[0m")
    }

    @Test("newline, tab and a carriage return that ends a line are kept; a lone carriage return is shown")
    func lineEndings() {
        #expect(TerminalSafeText.make("a\nb\tc") == "a\nb\tc")
        #expect(TerminalSafeText.make("a\r\nb\r\n") == "a\r\nb\r\n")
        #expect(TerminalSafeText.make("paid\rfree") == "paid␍free")
        #expect(TerminalSafeText.make("end\r") == "end␍")
        #expect(TerminalSafeText.make("a\r\r\n") == "a␍\r\n")
    }

    @Test("Finnish, emoji, combining marks and other scripts pass unchanged", arguments: [
        "Hyvää päivää! Älä unohda öisin Åbo — ÄÖÅ äöå",
        "👩‍👩‍👧‍👦 perhe, 🏳️‍🌈 pride, 👍🏽, 🇫🇮, 🏴󠁧󠁢󠁳󠁣󠁴󠁿",
        "e\u{301}te\u{301} and a\u{308}iti",
        "سلام\u{200F} עברית\u{200E}",
        "no\u{00A0}break, soft\u{00AD}hyphen, zero\u{200D}joiner, non\u{200C}joiner",
        "kuulo> #fuksit @kuulo https://example.fi/ä?x=1&y=2",
        "",
    ])
    func validTextUnchanged(text: String) {
        #expect(TerminalSafeText.make(text) == text)
        #expect(!TerminalSafeText.needsChange(text))
    }

    @Test("the result holds no character a terminal acts on, and making it safe again changes nothing")
    func idempotent() {
        let hostile = "Org\u{1B}]0;pwned\u{07} \u{1B}[2J \u{9B}31m \u{202E}gnp.exe\u{2066}x\u{2069}\r\u{7F}\u{00}ä👩‍👩‍👧"
        let safe = TerminalSafeText.make(hostile)
        #expect(!safe.unicodeScalars.contains { Self.unsafe.contains($0) })
        #expect(TerminalSafeText.make(safe) == safe)
        #expect(!TerminalSafeText.needsChange(safe))
        #expect(TerminalSafeText.needsChange(hostile))
        #expect(safe.hasSuffix("␍␡␀ä👩‍👩‍👧"))
    }

    @Test("JSON escapes every character the terminal-safe text would replace, so JSON is printed exact")
    func jsonIsAlreadySafe() throws {
        for scalar in Self.unsafe + ["\n", "\t", "\u{2028}", "\u{2029}", "ä", "\u{A0}", "\u{202F}", "\u{2065}", "\u{206A}"] {
            let original = "a" + String(Character(scalar)) + "b"
            let written = JSONWriter.compact(.object(["text": .string(original)]))
            #expect(TerminalSafeText.make(written) == written, "U+\(String(scalar.value, radix: 16))")
            #expect(try JSONParser.parse(written) == .object(["text": .string(original)]))
        }
        let hostile = "Org\u{1B}]0;pwned\u{07} \u{1B}[2J \u{9B}31m \u{202E}x\u{7F}"
        #expect(JSONWriter.compact(.string(hostile)) == #""Org\u001b]0;pwned\u0007 \u001b[2J \u009b31m \u202ex\u007f""#)
        #expect(try JSONParser.parse(JSONWriter.pretty(.array([.string(hostile)]))) == .array([.string(hostile)]))
    }
}

@Suite("Terminal-safe text: the quick test agrees with the replacement")
struct TerminalSafeTextNeedsChangeTests {
    @Test("needsChange is true exactly when make changes the text, for every character class and its neighbours")
    func agrees() {
        var samples = TerminalSafeTextTests.unsafe.map { "ab" + String(Character($0)) + "cd" }
        samples += ["a\r\nb", "a\r", "a\rb", "\r\r\n", "\u{A0}", "\u{C0}\u{9F}", "\u{2028}\u{2029}\u{202F}\u{2065}\u{206A}", "\u{2080}\u{20AA}",
                    "Hyvää yötä 👩‍👩‍👧‍👦 e\u{301}", "\u{0100}\u{0180}\u{01AA}", "\u{E080}\u{E0A6}"]
        for sample in samples {
            #expect(TerminalSafeText.needsChange(sample) == (TerminalSafeText.make(sample) != sample), "\(sample.unicodeScalars.map { String($0.value, radix: 16) })")
        }
    }
}
