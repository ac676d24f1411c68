import Foundation
import Testing

/// Random input through the real binary, `kuulo check` and the piped chat: whatever comes in, the
/// process ends by itself with one of its documented exit codes, prints no raw control character, and
/// leaves a plan that reads back. Each run has a generous deadline (`deadline`) only so that a hang
/// fails the test instead of stalling the suite; it is no speed measurement (that is `bench/`).
@Suite("End to end: random input to kuulo check and the chat", .serialized)
struct FuzzEndToEndTests {
    /// How long one run may take before it counts as a hang.
    static let deadline: Double = 120

    /// A small seeded generator (SplitMix64), so a failure can be replayed.
    struct Generator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var value = state
            value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
            value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
            return value ^ (value >> 31)
        }
    }

    /// Pieces random drafts and chat lines are made of: words of both languages, personal data,
    /// entities, escape sequences and other control characters, bidirectional overrides, marks, emoji.
    static let pieces: [String] = [
        "ja", "on", "tervetuloa", "the", "welcome", "TULE", "MUKAAN", "raskaana", "idiootti", "masennus", "postaus", "esim.", "klo",
        "TYY:n", "ä", "Ö", "e\u{0301}", "131052-308T", "040 123 4567", "+358", "info@tyy.fi", "FI21 1234 5600 0007 85", "#vappu",
        "#Vappu2026", "#tampereenylioppilaskunta", "@tyy", "https://tyy.fi/a?b=(c)", "12.5.", "klo 18", "2026", "!", "!!!", "?", ".",
        ",", "-", "–", ":", "'", "’", "(", ")", "\"", " ", " ", " ", "\n", "\n\n", "\t", "\u{00A0}", "\u{1B}[2J", "\u{1B}]0;x\u{07}",
        "\u{9B}31m", "\u{7F}", "\u{08}", "\r", "\u{202E}", "\u{2066}", "\u{200B}", "\u{200D}", "\u{FEFF}", "🎉", "🇫🇮", "🇬🇧",
        "👩‍🎓", "❤️", "漢", "ا", String(repeating: "a", count: 300), String(repeating: "#ab", count: 40),
    ]

    /// Chat lines: commands of both languages (with and without arguments) and free text.
    static let commands: [String] = [
        "/luonnos", "/draft", "/peru", "/cancel", "/takaisin", "/back", "/ohita", "/skip", "/unohda", "/redact", "/tallenna",
        "/save", "/kumoa", "/undo", "/historia", "/history", "/suunnitelma", "/plan", "/help", "/apua", "/kieli en", "/lang fi",
        "/aihetunnisteet", "/hashtags", "/kanavat", "/channels", "/perustiedot", "/setup", "/vie markdown", "/export csv", "/tuntematon",
        "kyllä", "ei", "yes", "no", "1", "2", "0", "99", "",
    ]

    static func text(_ generator: inout Generator, pieces count: ClosedRange<Int>) -> String {
        var text = ""
        for _ in 0..<Int.random(in: count, using: &generator) {
            text += pieces.randomElement(using: &generator) ?? ""
        }
        return text
    }

    /// Runs `kuulo ARGUMENTS` with `input`, killing it at the deadline; `nil` when it had to be killed.
    func run(_ arguments: [String], input: String, folder: String) throws -> BinaryRunner.Result? {
        try BinaryRunner.runBounded(arguments, input: input, folder: folder, seconds: Self.deadline)
    }

    /// Whether `text` holds a C0 or C1 control character other than a line break or tab, or a
    /// bidirectional override: what must never reach a terminal raw.
    static func hasRawControl(_ text: String) -> Bool {
        text.unicodeScalars.contains { scalar in
            switch scalar.value {
            case 0x0A, 0x09: return false
            case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069: return true
            default: return false
            }
        }
    }

    @Test("kuulo check on random drafts: exit 0 or 1, JSON that parses with findings inside the text, safe text output")
    func check() throws {
        let folder = BinaryRunner.makeFolder()
        var generator = Generator(state: 0x4B55_554C_4F11)
        for round in 0..<24 {
            let draft = Self.text(&generator, pieces: 0...60)
            try draft.write(toFile: folder + "/draft.txt", atomically: true, encoding: .utf8)
            var arguments = ["check", "--format", "json"]
            if round % 3 == 1 { arguments += ["--lang", "fi"] }
            if round % 2 == 0 { arguments += ["--channel", "instagram"] }
            let json = try #require(try run(arguments + ["draft.txt"], input: "", folder: folder), "hang on \(draft.debugDescription)")
            #expect(json.code == 0 || json.code == 1, "exit \(json.code) on \(draft.debugDescription): \(json.stderr)")
            let parsed = try? JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
            let findings = parsed?["findings"] as? [[String: Any]]
            #expect(findings != nil, "no JSON for \(draft.debugDescription)")
            let length = draft.unicodeScalars.count
            for finding in findings ?? [] {
                let start = finding["start"] as? Int ?? -1
                let end = finding["end"] as? Int ?? -1
                #expect(0 <= start && start <= end && end <= length, "\(finding) in \(draft.debugDescription)")
            }
            let text = try #require(try run(["check", "draft.txt"], input: "", folder: folder), "hang on \(draft.debugDescription)")
            #expect(text.code == json.code)
            #expect(!Self.hasRawControl(text.stdout + text.stderr), "raw control character for \(draft.debugDescription)")
        }
    }

    @Test("the piped chat on random lines: exit 0, no raw control character, and the plan still reads back")
    func chat() throws {
        let folder = BinaryRunner.makeFolder()
        _ = try BinaryRunner.run(["--lang", "en"], input: PipedInput.firstNameSetup, folder: folder)
        var generator = Generator(state: 0x0C4A_7F11)
        for round in 0..<12 {
            var lines: [String] = []
            for _ in 0..<Int.random(in: 1...25, using: &generator) {
                switch Int.random(in: 0..<3, using: &generator) {
                case 0: lines.append(Self.commands.randomElement(using: &generator) ?? "")
                case 1: lines.append((Self.commands.randomElement(using: &generator) ?? "") + " " + Self.text(&generator, pieces: 1...6))
                default: lines.append(Self.text(&generator, pieces: 0...20))
                }
            }
            // Line breaks inside a piece make more lines; a carriage return stays inside its line.
            let input = lines.joined(separator: "\n") + "\n"
            let language = round % 2 == 0 ? "fi" : "en"
            let result = try #require(try run(["--lang", language, "--user", "Fuzz"], input: input, folder: folder), "hang on \(input.debugDescription)")
            // This test found a trap here once: `/vie markdown .` reached Foundation's path methods (PathName now).
            #expect(result.code == 0, "exit \(result.code) on \(input.debugDescription): \(result.stderr)")
            #expect(!Self.hasRawControl(result.stdout + result.stderr), "raw control character for \(input.debugDescription)")
            let validate = try BinaryRunner.run(["plan", "validate"], folder: folder)
            #expect(validate.code == 0, "after \(input.debugDescription): \(validate.stdout) \(validate.stderr)")
        }
    }
}
