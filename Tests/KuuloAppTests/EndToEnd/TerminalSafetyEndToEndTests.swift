import Foundation
import Testing

/// Hostile text — an OSC set-title ending in BEL, a clear-screen, a one-byte C1 CSI and a right-to-left
/// override — typed into the chat, fed to `kuulo check` and stored in the shared plan file: every text
/// output must show it, never pass it to the terminal; JSON must keep it exact.
@Suite("End to end: hostile text never reaches the terminal raw")
struct TerminalSafetyEndToEndTests {
    /// What an attacker puts in: OSC 0 (title) with BEL, ED (clear screen), C1 CSI, RIGHT-TO-LEFT OVERRIDE.
    static let hostile = "\u{1B}]0;pwned\u{07}\u{1B}[2J\u{9B}31m\u{202E}"
    /// How Kuulo shows it.
    static let shown = "␛]0;pwned␇␛[2J<U+009B>31m<U+202E>"

    /// The characters a terminal acts on, defined here independently of the code under test: C0
    /// controls but newline, tab and the carriage return of a CRLF line end, DEL, C1, bidi overrides
    /// and isolates.
    static func actedOn(_ text: String) -> [String] {
        let scalars = Array(text.unicodeScalars)
        return scalars.indices.compactMap { index -> String? in
            let value = scalars[index].value
            if value == 0x0A || value == 0x09 { return nil }
            if value == 0x0D, index + 1 < scalars.count, scalars[index + 1] == "\n" { return nil }
            let bad = value < 0x20 || (0x7F...0x9F).contains(value) || (0x202A...0x202E).contains(value) || (0x2066...0x2069).contains(value)
            return bad ? "U+" + String(value, radix: 16) + " at \(index)" : nil
        }
    }

    /// Expects neither standard output nor standard error to hold a character a terminal acts on.
    func expectClean(_ result: BinaryRunner.Result, _ label: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(Self.actedOn(result.stdout).isEmpty, "\(label): stdout \(Self.actedOn(result.stdout).prefix(5))", sourceLocation: sourceLocation)
        #expect(Self.actedOn(result.stderr).isEmpty, "\(label): stderr \(Self.actedOn(result.stderr).prefix(5))", sourceLocation: sourceLocation)
    }

    /// A rich plan whose organisation name and short name, a draft's text, and the latest revision's
    /// author and summary carry the hostile text — as a plan edited in the shared repository would.
    func hostilePlan() throws -> String {
        let folder = BinaryRunner.makeFolder()
        let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("KuuloCoreTests/Export/Golden/rich-plan.json")
        var root = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: fixture)) as? [String: Any])
        var plan = try #require(root["plan"] as? [String: Any])
        var organisation = try #require(plan["organisation"] as? [String: Any])
        organisation["name"] = "Evil" + Self.hostile + "Org"
        organisation["shortName"] = "K" + Self.hostile + "Y"
        plan["organisation"] = organisation
        var calendar = try #require(plan["calendar"] as? [String: Any])
        var drafts = try #require(calendar["drafts"] as? [String: Any])
        var draft = try #require(drafts["1"] as? [String: Any])
        draft["texts"] = ["instagram": ["fi": "Tervetuloa " + Self.hostile + " juhliin! Soita 040 1234567 #KYY"]]
        drafts["1"] = draft
        calendar["drafts"] = drafts
        plan["calendar"] = calendar
        root["plan"] = plan
        var history = try #require(root["history"] as? [[String: Any]])
        history[history.count - 1]["summary"] = "Muutos " + Self.hostile
        history[history.count - 1]["author"] = "Mal" + Self.hostile
        root["history"] = history
        try JSONSerialization.data(withJSONObject: root).write(to: URL(fileURLWithPath: folder + "/kuulo-plan.json"))
        return folder
    }

    @Test("plan validate, log, show and diff as text show the hostile text; as JSON they keep it exact")
    func planCommands() throws {
        let folder = try hostilePlan()
        let validate = try BinaryRunner.run(["plan", "validate", "--lang", "en"], folder: folder)
        #expect(validate.code == 0, "\(validate.stderr)")

        let log = try BinaryRunner.run(["plan", "log", "--lang", "en"], folder: folder)
        expectClean(log, "plan log")
        #expect(log.stdout.contains("Mal" + Self.shown + ": Muutos " + Self.shown))

        let show = try BinaryRunner.run(["plan", "show", "--format", "text", "--lang", "en"], folder: folder)
        expectClean(show, "plan show --format text")
        #expect(show.stdout.contains("K" + Self.shown + "Y"))

        let diff = try BinaryRunner.run(["plan", "diff", "3", "--lang", "en"], folder: folder)
        expectClean(diff, "plan diff")
        #expect(diff.stdout.contains("organisation.name"))

        let logJSON = try BinaryRunner.run(["plan", "log", "--format", "json"], folder: folder)
        let revisions = try #require(try JSONSerialization.jsonObject(with: Data(logJSON.stdout.utf8)) as? [String: Any])["revisions"] as? [[String: Any]]
        #expect(revisions?.first?["summary"] as? String == "Muutos " + Self.hostile)
        #expect(revisions?.first?["author"] as? String == "Mal" + Self.hostile)
        expectClean(logJSON, "plan log --format json")

        let showJSON = try BinaryRunner.run(["plan", "show"], folder: folder)
        let content = try #require(try JSONSerialization.jsonObject(with: Data(showJSON.stdout.utf8)) as? [String: Any])
        #expect(content.at("organisation", "name") as? String == "Evil" + Self.hostile + "Org")
        #expect(content.at("calendar", "drafts", "1", "texts", "instagram", "fi") as? String == "Tervetuloa " + Self.hostile + " juhliin! Soita 040 1234567 #KYY")
        expectClean(showJSON, "plan show")

        let diffJSON = try BinaryRunner.run(["plan", "diff", "3", "--format", "json"], folder: folder)
        let changes = try #require(try JSONSerialization.jsonObject(with: Data(diffJSON.stdout.utf8)) as? [String: Any])["changes"] as? [[String: Any]]
        #expect(changes?.first { $0["path"] as? String == "/organisation/name" }?["after"] as? String == "Evil" + Self.hostile + "Org")
        expectClean(diffJSON, "plan diff --format json")
    }

    @Test("the chat's greeting, its echo of unknown commands, tips and answers show the hostile text; the plan keeps it exact")
    func chat() throws {
        let folder = try hostilePlan()
        let greeting = try BinaryRunner.run(["--lang", "en", "--user", "Ville Virtanen"], input: "/nosuch\u{1B}[31mcmd\n/tips 9\u{1B}[5m\n/quit\n", folder: folder)
        expectClean(greeting, "chat greeting")
        #expect(greeting.stdout.contains("Open plan: K" + Self.shown + "Y"))
        #expect(greeting.stdout.contains("There is no command /nosuch␛[31mcmd."))
        #expect(greeting.stdout.contains("There is no tip “9␛[5m”"))

        let fresh = BinaryRunner.makeFolder()
        var answers = PipedInput(language: .en)
        answers.answer(["name": ["Evil" + Self.hostile + "Org"], "shortName": ["E\u{1B}[2JV"], "userName": ["Mal\u{1B}[8mlory"], "userRole": ["chair"]])
        answers.send("/quit")
        let setup = try BinaryRunner.run(["--lang", "en"], input: answers.text, folder: fresh)
        expectClean(setup, "chat answers")
        #expect(setup.stdout.contains("E␛[2JV’s basic details are now in the plan."))
        let plan = BinaryRunner.json(fresh + "/kuulo-plan.json")
        #expect(plan.at("plan", "organisation", "name") as? String == "Evil" + Self.hostile + "Org")
        #expect(plan.at("plan", "organisation", "shortName") as? String == "E\u{1B}[2JV")
    }

    @Test("with colour on, Kuulo's own styling stays and is the only escape sequence in the output")
    func colourKept() throws {
        let folder = try hostilePlan()
        let run = try BinaryRunner.run(["--lang", "en", "--user", "Ville Virtanen", "--color", "always"], input: "/nosuch\u{1B}[31mcmd\n/quit\n", folder: folder)
        #expect(run.stdout.contains("\u{1B}[0m"), "Kuulo's own colours are still written")
        var rest = run.stdout
        for code in ["\u{1B}[1m", "\u{1B}[1;36m", "\u{1B}[2m", "\u{1B}[31m", "\u{1B}[32m", "\u{1B}[0m"] {
            rest = rest.replacingOccurrences(of: code, with: "")
        }
        #expect(Self.actedOn(rest).isEmpty, "\(Self.actedOn(rest).prefix(5))")
        #expect(rest.contains("Open plan: K" + Self.shown + "Y"))
        #expect(rest.contains("/nosuch␛[31mcmd"))
    }

    @Test("kuulo check as text shows the hostile line under its findings, with the carets in place; as JSON it is exact")
    func check() throws {
        let folder = BinaryRunner.makeFolder()
        let post = "YOU\u{1B}]0;PWNED\u{07}ARE IDIOTS!!! \u{1B}[2J \u{9B}31m \u{202E} https://evil.example/a\u{202E}gpj.exe\n"
        let text = try BinaryRunner.run(["check", "--lang", "en", "-"], input: post, folder: folder)
        expectClean(text, "check")
        #expect(text.stdout.contains("  YOU␛]0;PWNED␇ARE IDIOTS!!! ␛[2J <U+009B>31m <U+202E> https://evil.example/a<U+202E>gpj.exe\n"
                                     + "                   ^^^^^^\n"), "\(text.stdout)")

        let json = try BinaryRunner.run(["check", "--lang", "en", "--format", "json", "-"], input: post, folder: folder)
        expectClean(json, "check --format json")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(report["urls"] as? [String] == ["https://evil.example/a\u{202E}gpj.exe"])

        let planFolder = try hostilePlan()
        let draft = try BinaryRunner.run(["check", "--draft", "1", "--lang", "en"], folder: planFolder)
        expectClean(draft, "check --draft")
        #expect(draft.stdout.contains("  Tervetuloa " + Self.shown + " juhliin!"))
    }

    @Test("export to standard output is shown safely; a file written with -o keeps the exact text")
    func export() throws {
        let folder = try hostilePlan()
        for format in ["markdown", "html", "ics", "csv"] {
            let run = try BinaryRunner.run(["plan", "export", "--format", format, "--lang", "en"], folder: folder)
            #expect(run.code == 0)
            expectClean(run, "export \(format)")
        }
        let text = try BinaryRunner.run(["plan", "export", "--draft", "1", "--channel", "instagram", "--lang", "fi"], folder: folder)
        expectClean(text, "export --draft")
        #expect(text.stdout.contains("Tervetuloa " + Self.shown + " juhliin!"))
        let written = try BinaryRunner.run(["plan", "export", "--draft", "1", "--channel", "instagram", "--lang", "fi", "-o", "draft.txt"], folder: folder)
        expectClean(written, "export --draft -o")
        #expect(BinaryRunner.read(folder + "/draft.txt").contains("Tervetuloa " + Self.hostile + " juhliin!"))
    }

    @Test("the listening log — import, list and digest as text, and the chat's /kuuntelu loki — shows a member's hostile message safely; JSON keeps it exact")
    func listeningLog() throws {
        let folder = BinaryRunner.makeFolder()
        try ListenEndToEndTests.plan.write(toFile: folder + "/kuulo-plan.json", atomically: true, encoding: .utf8)
        try "text,time,source\n\"Milloin sitsit \(Self.hostile) alkaa?\",2.12.2026 12.00,message\n"
            .write(toFile: folder + "/survey.csv", atomically: true, encoding: .utf8)
        let imported = try BinaryRunner.run(["listen", "import", "survey.csv", "--lang", "en"], folder: folder, environment: ["KUULO_USER": "Maija"])
        #expect(imported.code == 0, "\(imported.stderr)")
        expectClean(imported, "listen import")
        let list = try BinaryRunner.run(["listen", "list", "--lang", "en"], folder: folder)
        expectClean(list, "listen list")
        #expect(list.stdout.contains("␛]0;pwned␇"), "\(list.stdout)")
        let json = try BinaryRunner.run(["listen", "list", "--format", "json"], folder: folder)
        let entries = (try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])?["entries"] as? [[String: Any]]
        #expect(entries?.first?["text"] as? String == "Milloin sitsit \(Self.hostile) alkaa?")
        expectClean(try BinaryRunner.run(["listen", "digest", "--lang", "fi"], folder: folder), "listen digest")
        expectClean(try BinaryRunner.run(["--lang", "fi", "--user", "Maija"], input: "/kuuntelu loki\n/lopeta\n", folder: folder), "/kuuntelu loki")
    }

    @Test("errors and warnings on standard error show what was typed or read, safely")
    func standardError() throws {
        let folder = try hostilePlan()
        let missing = try BinaryRunner.run(["check", "--lang", "en", "nofile" + Self.hostile + ".txt"], folder: folder)
        expectClean(missing, "missing file")
        #expect(missing.stderr.contains("nofile" + Self.shown + ".txt"))

        let draft = try BinaryRunner.run(["plan", "export", "--draft", "9" + Self.hostile, "--lang", "en"], folder: folder)
        expectClean(draft, "missing draft")
        #expect(draft.stderr.contains("9" + Self.shown))

        let argument = try BinaryRunner.run(["plan", "diff", Self.hostile], folder: folder)
        #expect(argument.code == 64)
        expectClean(argument, "argument error")
        #expect(argument.stderr.contains(Self.shown))

        try FileManager.default.createDirectory(atPath: folder + "/custom/Prompts", withIntermediateDirectories: true)
        try "helpHeader: [broken\u{1B}]0;pwned\u{07}\n".write(toFile: folder + "/custom/Prompts/messages.en.yaml", atomically: true, encoding: .utf8)
        let warning = try BinaryRunner.run(["--lang", "en", "--user", "Ville Virtanen", "--data-dir", "custom"], input: "/help\n/quit\n", folder: folder)
        expectClean(warning, "data warning")
        #expect(warning.stderr.contains("[broken␛]0;pwned␇"))
    }
}
