import CLineShim
import Foundation

/// Interactive input through libedit: prompt, line editing, Tab completion and a history that
/// survives restarts. Ctrl-C discards the line; Ctrl-D on an empty line ends the input.
public final class EditLineReader: LineReader {
    /// Supplies completions for the word under the cursor given the whole line.
    public typealias Completer = (_ line: String, _ word: String) -> [String]

    private final class CompletionBox {
        let completer: Completer
        init(_ completer: @escaping Completer) { self.completer = completer }
    }

    private let box: CompletionBox
    private let history: HistoryFile?
    private var entries: [String]

    /// Opens and sets up libedit; `nil` when it cannot be opened. `history` nil keeps no history.
    public init?(history: HistoryFile?, completer: @escaping Completer) {
        self.box = CompletionBox(completer)
        self.history = history
        self.entries = []
        let context = Unmanaged.passUnretained(box).toOpaque()
        let opened = kuulo_editline_setup("kuulo", { context, line, word in
            guard let context else { return nil }
            let box = Unmanaged<CompletionBox>.fromOpaque(context).takeUnretainedValue()
            let candidates = box.completer(String(cString: line), String(cString: word))
            guard !candidates.isEmpty else { return nil }
            let array = UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>.allocate(capacity: candidates.count + 1)
            for (index, candidate) in candidates.enumerated() {
                array[index] = strdup(candidate)
            }
            array[candidates.count] = nil
            return array
        }, context)
        guard opened != 0 else { return nil }
        entries = history?.load() ?? []
        for entry in entries {
            kuulo_add_history(entry)
        }
    }

    public func readLine(prompt: String) -> ReadResult {
        let raw = kuulo_readline(prompt)
        if let signal = Signals.take() {
            if let raw { free(raw) }
            if signal == SIGINT {
                kuulo_reset_after_interrupt()
                FileHandle.standardOutput.write(Data("\n".utf8))
                return .interrupted
            }
            return .terminated(signal: signal)
        }
        guard let raw else {
            FileHandle.standardOutput.write(Data("\n".utf8))
            return .endOfInput
        }
        defer { free(raw) }
        let length = strlen(raw)
        let bytes = Array(UnsafeBufferPointer(start: UnsafeRawPointer(raw).assumingMemoryBound(to: UInt8.self), count: length))
        guard let text = String(validating: bytes, as: UTF8.self) else { return .rejected(.invalidUTF8) }
        return .line(text)
    }

    /// How long after a line a paste's next byte may take to arrive, in milliseconds (a terminal writes a
    /// paste at once; a slow link may split it). Far below the time a person needs to type on.
    static let pasteWindow: Int32 = 5

    public func hasPendingInput() -> Bool {
        var watched = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
        return poll(&watched, 1, Self.pasteWindow) > 0 && watched.revents & Int16(POLLIN) != 0
    }

    public func remember(_ line: String) {
        guard HistoryFile.shouldRecord(line, after: entries.last) else { return }
        entries.append(line)
        kuulo_add_history(line)
        history?.update { stored in HistoryFile.shouldRecord(line, after: stored.last) ? stored + [line] : stored }
    }

    public func forget(where matches: (String) -> Bool) -> Int {
        let kept = entries.filter { !matches($0) }
        let removed = entries.count - kept.count
        guard removed > 0 else { return 0 }
        entries = kept
        // libedit's own list too, so that the arrow keys cannot bring a forgotten line back.
        kuulo_clear_history()
        for entry in entries { kuulo_add_history(entry) }
        history?.update { stored in stored.filter { !matches($0) } }
        return removed
    }
}
