import Foundation
import Testing

/// The chat in a real terminal, driven keystroke by keystroke.
@Suite("Terminal: libedit in a pseudo-terminal", .serialized)
struct TerminalTests {
    /// A folder with a finished setup, so the chat opens straight at the prompt.
    func preparedFolder() throws -> String {
        let folder = BinaryRunner.makeFolder()
        _ = try BinaryRunner.run(["--lang", "en"], input: PipedInput.answering(["name": ["Terminal Org"], "shortName": ["TO"], "userName": ["Terry"], "userRole": ["chair"]], language: .en), folder: folder)
        return folder
    }

    func start(_ folder: String, _ arguments: [String] = ["--lang", "en"]) throws -> PseudoTerminal {
        let terminal = try PseudoTerminal(arguments: arguments, folder: folder, environment: BinaryRunner.environment(folder: folder))
        #expect(terminal.waitFor("kuulo> "), "no prompt; the terminal showed: \(terminal.output)")
        return terminal
    }

    @Test("Tab completes /he to /help")
    func tabCompletion() throws {
        let terminal = try start(preparedFolder())
        let mark = terminal.mark
        // The terminal only echoes what Tab inserts ("lp "), so judge by what Enter then runs.
        terminal.type("/he\t")
        #expect(terminal.waitFor("lp", after: mark))
        terminal.type("\r")
        #expect(terminal.waitFor("Commands:", after: mark), "after Tab and Enter: \(terminal.output[mark...])")
        terminal.type("/quit\r")
        #expect(terminal.waitForExit() == 0)
    }

    @Test("Tab completes a command's argument")
    func argumentCompletion() throws {
        let terminal = try start(preparedFolder())
        let mark = terminal.mark
        terminal.type("/lang f\t\r")
        #expect(terminal.waitFor("puhun tästä lähtien suomea", after: mark), "\(terminal.output[mark...])")
        terminal.type("/quit\r")
        #expect(terminal.waitForExit() == 0)
    }

    @Test("Tab completes the part of a draft to edit")
    func editPartCompletion() throws {
        let terminal = try start(preparedFolder())
        let mark = terminal.mark
        terminal.type("/edit key-m\t")
        #expect(terminal.waitFor("essage", after: mark), "\(terminal.output[mark...])")
        terminal.type("\r")
        #expect(terminal.waitFor("No draft is open", after: mark))
        terminal.type("/quit\r")
        #expect(terminal.waitForExit() == 0)
    }

    @Test("Up recalls the previous line after a restart, and the history file is private")
    func historySurvivesRestart() throws {
        let folder = try preparedFolder()
        let first = try start(folder)
        first.type("/history\r")
        #expect(first.waitFor("One version:"))
        first.type("/quit\r")
        #expect(first.waitForExit() == 0)
        let historyPath = folder + "/state/kuulo/history"
        #expect(BinaryRunner.read(historyPath) == "/history\n/quit\n")
        #expect(BinaryRunner.mode(historyPath) == 0o600)

        let second = try start(folder)
        let mark = second.mark
        second.type("\u{1B}[A\u{1B}[A\r")
        #expect(second.waitFor("One version:", after: mark), "Up Up Enter showed: \(second.output[mark...])")
        second.type("/quit\r")
        #expect(second.waitForExit() == 0)
    }

    @Test("/redact removes the text from the line editor's memory as well as the history file: Up no longer brings it back")
    func redactForgetsInMemoryHistory() throws {
        let folder = try preparedFolder()
        let terminal = try start(folder)
        terminal.type("/history\r")
        #expect(terminal.waitFor("One version:"))
        let secret = "131052-308T"
        var mark = terminal.mark
        terminal.type("Maija's code is \(secret)\r")
        #expect(terminal.waitFor("kuulo> ", after: mark))
        mark = terminal.mark
        terminal.type("/redact \(secret)\r")
        #expect(terminal.waitFor("Removed the lines", after: mark), "\(terminal.output[mark...])")
        #expect(terminal.waitFor("kuulo> ", after: mark))
        #expect(terminal.waitForLineEditor())
        // Before the redaction, Up would bring back "/redact …" and then the line with the code; now
        // the only line left is "/history", however far Up goes.
        mark = terminal.mark
        terminal.type("\u{1B}[A\u{1B}[A\u{1B}[A\r")
        #expect(terminal.waitFor("version", after: mark), "Up Up Up Enter showed: \(terminal.output[mark...])")
        #expect(!terminal.output[mark...].contains("308T"), "Up brought the text back: \(terminal.output[mark...])")
        terminal.type("/quit\r")
        #expect(terminal.waitForExit() == 0)
        #expect(BinaryRunner.read(folder + "/state/kuulo/history") == "/history\n/quit\n")
    }

    @Test("two chats on one line history: a line one removes with /redact is not written back by the other, and neither loses the other's lines")
    func redactWithAnotherChatOpen() throws {
        let folder = try preparedFolder()
        let historyPath = folder + "/state/kuulo/history"
        try FileManager.default.createDirectory(atPath: folder + "/state/kuulo", withIntermediateDirectories: true)
        try "/history\nMaija's code is 131052-308T\n".write(toFile: historyPath, atomically: true, encoding: .utf8)
        let first = try start(folder)
        let second = try start(folder)
        var mark = first.mark
        first.type("/redact 131052-308T\r")
        #expect(first.waitFor("Removed the lines", after: mark), "\(first.output[mark...])")
        #expect(first.waitFor("kuulo> ", after: mark))
        #expect(!BinaryRunner.read(historyPath).contains("308T"))
        // The second chat read the line at its start; its next line must not write it back.
        mark = second.mark
        second.type("/plan\r")
        #expect(second.waitFor("TO’s plan —", after: mark))
        #expect(second.waitFor("kuulo> ", after: mark))
        mark = first.mark
        first.type("/help\r")
        #expect(first.waitFor("Commands:", after: mark))
        #expect(first.waitFor("kuulo> ", after: mark))
        first.type("/quit\r")
        #expect(first.waitForExit() == 0)
        second.type("/quit\r")
        #expect(second.waitForExit() == 0)
        #expect(BinaryRunner.read(historyPath) == "/history\n/plan\n/help\n/quit\n")
    }

    @Test("Ctrl-C discards a half-typed line and the chat goes on")
    func controlC() throws {
        let terminal = try start(preparedFolder())
        terminal.type("/quit-this-should-vanish")
        #expect(terminal.waitFor("vanish"))
        let mark = terminal.mark
        terminal.type("\u{03}")
        #expect(terminal.waitFor("kuulo> ", after: mark))
        terminal.type("/plan\r")
        #expect(terminal.waitFor("TO’s plan —", after: mark))
        #expect(!terminal.output[mark...].contains("There is no command"))
        terminal.type("/quit\r")
        #expect(terminal.waitForExit() == 0)
    }

    @Test("after Ctrl-C the terminal is given back echoing and line by line, however the chat then ends, and the first Ctrl-C says how to stop",
          arguments: ["/quit\r", "\u{04}"])
    func controlCLeavesTerminalUsable(ending: String) throws {
        let terminal = try start(preparedFolder())
        #expect(terminal.waitForLineEditor())
        terminal.type("half a line")
        #expect(terminal.waitFor("half a line"))
        let mark = terminal.mark
        terminal.type("\u{03}")
        #expect(terminal.waitFor("To stop, type /quit or press Ctrl-D", after: mark))
        #expect(terminal.waitFor("kuulo> ", after: mark))
        #expect(terminal.waitForLineEditor())
        let second = terminal.mark
        terminal.type("x\u{03}")
        #expect(terminal.waitFor("kuulo> ", after: second))
        #expect(terminal.waitForLineEditor())
        #expect(!terminal.output[second...].contains("To stop"))
        terminal.type(ending)
        #expect(terminal.waitForExit() == 0)
        let settings = try #require(terminal.settingsAtExit)
        #expect(settings.c_lflag & tcflag_t(ECHO) != 0)
        #expect(settings.c_lflag & tcflag_t(ICANON) != 0)
    }

    @Test("a member's comment of two lines pasted at /listen is one answer, not the answer to the next question too")
    func pastedComment() throws {
        let folder = try preparedFolder()
        let terminal = try start(folder)
        terminal.type("/listen\r")
        #expect(terminal.waitFor("What did the member say?"))
        #expect(terminal.waitForLineEditor())
        let mark = terminal.mark
        // A paste arrives as one write, lines ended by carriage returns as a terminal sends them.
        terminal.type("The party was great.\rBut the queue at the door took an hour.\r")
        #expect(terminal.waitFor("Where was it said?", after: mark), "\(terminal.output[mark...])")
        terminal.pump(milliseconds: 300)
        #expect(!terminal.output[mark...].contains("Who wrote it"), "the second line did not answer the next question: \(terminal.output[mark...])")
        terminal.type("\r")
        #expect(terminal.waitForLineEditor())
        let ended = terminal.mark
        terminal.type("\r")
        // Typed only once the chat's prompt is back: on a loaded machine an Enter and "/quit" sent at once
        // arrive in one read, which is a paste of two lines (one answer), as this test shows it should be.
        #expect(terminal.waitFor("kuulo>", after: ended), "\(terminal.output[ended...])")
        #expect(terminal.waitForLineEditor())
        terminal.type("/quit\r")
        #expect(terminal.waitForExit() == 0)
        let plan = BinaryRunner.json(folder + "/kuulo-plan.json")
        #expect(plan.at("plan", "listening", "entries", "1", "text") as? String == "The party was great.\nBut the queue at the door took an hour.")
        #expect(plan.at("plan", "listening", "entries", "1", "source") as? String == "comment")
    }

    @Test("Ctrl-D on an empty line saves and exits 0")
    func controlD() throws {
        let folder = try preparedFolder()
        let terminal = try start(folder)
        terminal.type("/setup\r")
        #expect(terminal.waitFor(SetupQuestions.name))
        terminal.type("Renamed Org\r")
        #expect(terminal.waitFor(SetupQuestions.shortName))
        // Wait for libedit's prompt, so that Ctrl-D reaches the line editor and not the terminal's
        // cooked mode between two reads.
        #expect(terminal.waitFor("/skip if there is none."))
        #expect(terminal.waitFor("> ", after: terminal.output.range(of: "/skip if there is none.")?.upperBound))
        #expect(terminal.waitForLineEditor())
        terminal.type("\u{04}")
        #expect(terminal.waitForExit() == 0)
        let plan = BinaryRunner.json(folder + "/kuulo-plan.json")
        #expect(plan.at("plan", "organisation", "name") as? String == "Renamed Org")
        #expect(plan["revision"] as? Int == 2)
    }

    @Test("Finnish letters and Backspace are edited as whole characters, with or without a locale",
          arguments: ["C.UTF-8", nil])
    func finnishLetters(locale: String?) throws {
        let folder = try preparedFolder()
        var environment = BinaryRunner.environment(folder: folder)
        environment["LANG"] = locale
        environment["LC_ALL"] = nil
        environment["LC_CTYPE"] = nil
        let terminal = try PseudoTerminal(arguments: ["--lang", "en"], folder: folder, environment: environment)
        #expect(terminal.waitFor("kuulo> "))
        terminal.type("/setup\r")
        #expect(terminal.waitFor(SetupQuestions.name))
        terminal.type("Ääkkösyhdistys ryx\u{7F}\r")
        #expect(terminal.waitFor(SetupQuestions.shortName))
        terminal.type("/quit\r")
        #expect(terminal.waitForExit() == 0)
        let plan = BinaryRunner.json(folder + "/kuulo-plan.json")
        #expect(plan.at("plan", "organisation", "name") as? String == "Ääkkösyhdistys ry")
    }

    @Test("Ctrl-C typed the moment the prompt appears still clears the line")
    func controlCRightAway() throws {
        let terminal = try start(preparedFolder())
        // Ctrl-C in a burst: the line editor reads characters itself, so a signal that
        // lands between two keys must still end the read at once.
        for _ in 0..<5 {
            let mark = terminal.mark
            terminal.type("x\u{03}")
            #expect(terminal.waitFor("kuulo> ", after: mark), "after Ctrl-C: \(terminal.output[mark...])")
        }
        let mark = terminal.mark
        terminal.type("/plan\r")
        #expect(terminal.waitFor("TO’s plan —", after: mark))
        #expect(!terminal.output[mark...].contains("There is no command"))
        terminal.type("/quit\r")
        #expect(terminal.waitForExit() == 0)
    }

    @Test("the prompt is shown, and colour is off when NO_COLOR is set")
    func noColour() throws {
        let folder = try preparedFolder()
        var environment = BinaryRunner.environment(folder: folder)
        environment["NO_COLOR"] = "1"
        let terminal = try PseudoTerminal(arguments: ["--lang", "en"], folder: folder, environment: environment)
        #expect(terminal.waitFor("kuulo> "))
        #expect(!terminal.output.contains("\u{1B}[1m"))
        terminal.type("/quit\r")
        #expect(terminal.waitForExit() == 0)
    }
}
