import Foundation

/// What one read from the user gave.
public enum ReadResult: Equatable, Sendable {
    /// A complete line, without its newline.
    case line(String)
    /// Ctrl-C at the prompt: the typed line was discarded.
    case interrupted
    /// Ctrl-D on an empty line, or the end of piped input.
    case endOfInput
    /// SIGTERM, SIGHUP (or SIGINT while not interactive): the program should save and exit.
    case terminated(signal: Int32)
    /// A line that could not be taken; the session goes on.
    case rejected(InputProblem)
}

/// Why an input line was refused.
public enum InputProblem: Equatable, Sendable {
    /// The bytes were not UTF-8.
    case invalidUTF8
    /// The line was longer than the limit (in bytes).
    case tooLong(limit: Int)
}

/// A source of input lines: libedit in a terminal, plain reads otherwise.
public protocol LineReader: AnyObject {
    /// Reads the next line, showing `prompt` where the reader shows prompts.
    func readLine(prompt: String) -> ReadResult
    /// Remembers a line the user entered, where the reader keeps a history.
    func remember(_ line: String)
    /// Forgets every remembered line for which `matches` holds (a redacted text), in memory and in
    /// the history file, and returns how many went.
    @discardableResult
    func forget(where matches: (String) -> Bool) -> Int
    /// Whether more input is already waiting right after a line was read: the rest of a paste of several
    /// lines (no one types the next line within milliseconds of Enter). Only a terminal reader can tell.
    func hasPendingInput() -> Bool
}

extension LineReader {
    /// Piped input is always waiting, and is read line by line: no paste to tell apart.
    public func hasPendingInput() -> Bool { false }
}
