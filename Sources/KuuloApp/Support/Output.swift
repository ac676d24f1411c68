import Foundation
import KuuloCore

/// Standard output for content, standard error for diagnostics, with colour only where wanted.
///
/// This is the one way Kuulo writes to the terminal, and every text passes through
/// `TerminalSafeText` here, before Kuulo's own colours are put around it: whatever a text holds from
/// input, a file or the plan, its control and escape characters are shown, never acted on. JSON passes
/// through unchanged, because `JSONWriter` already escapes every character that would be replaced.
///
/// It is also the one place text is word-wrapped (`TextWrapper`): chat messages are wrapped to the
/// terminal's width when standard output is a terminal, never inside a word; piped output is not
/// wrapped, and neither are `line` and `raw` (a finding's caret, a Markdown table or JSON must stay
/// as they are).
public final class Output {
    private let useColour: Bool
    private let errorColour: Bool
    private let width: () -> Int?

    /// Colour on standard output and standard error, decided by the caller; `width` gives the
    /// terminal's width when standard output is a terminal (asked at each write: it may be resized).
    public init(colour: Bool, errorColour: Bool, width: @escaping () -> Int? = { nil }) {
        self.useColour = colour
        self.errorColour = errorColour
        self.width = width
    }

    /// Writes content (with a trailing newline).
    public func line(_ text: String) {
        write(TerminalSafeText.make(text) + "\n", to: .standardOutput)
    }

    /// Writes content without adding a newline (made terminal-safe like everything else).
    public func raw(_ text: String) {
        write(TerminalSafeText.make(text), to: .standardOutput)
    }

    /// Writes a diagnostic to standard error.
    public func error(_ text: String) {
        let safe = TerminalSafeText.make(text)
        write((errorColour ? "\u{1B}[31m" + safe + "\u{1B}[0m" : safe) + "\n", to: .standardError)
    }

    /// Writes a chat message, coloured by its style when colour is on.
    public func message(_ message: ChatMessage) {
        let safe = wrapped(TerminalSafeText.make(message.text))
        let code: String
        switch useColour ? message.style : .plain {
        case .plain: code = ""
        case .heading: code = "\u{1B}[1m"
        case .question: code = "\u{1B}[1;36m"
        case .hint: code = "\u{1B}[2m"
        case .error: code = "\u{1B}[31m"
        case .success: code = "\u{1B}[32m"
        }
        write((code.isEmpty ? safe : code + safe + "\u{1B}[0m") + "\n", to: .standardOutput)
    }

    /// Safe text wrapped to the terminal's width, when there is one.
    private func wrapped(_ text: String) -> String {
        guard let columns = width() else { return text }
        return TextWrapper.wrap(text, width: columns)
    }

    /// The only place bytes leave for the terminal: text that is already safe, with Kuulo's styling.
    private func write(_ text: String, to handle: FileHandle) {
        // From the bytes themselves: `Data(text.utf8)` asks the runtime whether the view is
        // ContiguousBytes, whose first look-up costs a start ~0.2 M instructions.
        var text = text
        text.withUTF8 { bytes in
            guard let base = bytes.baseAddress else { return }
            handle.write(Data(bytes: base, count: bytes.count))
        }
    }
}
