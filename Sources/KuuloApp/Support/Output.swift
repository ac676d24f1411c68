import Foundation
import KuuloCore

/// Standard output for content, standard error for diagnostics, with colour only where wanted.
public final class Output {
    private let useColour: Bool
    private let errorColour: Bool

    /// Colour on standard output and standard error, decided by the caller.
    public init(colour: Bool, errorColour: Bool) {
        self.useColour = colour
        self.errorColour = errorColour
    }

    /// Writes content (with a trailing newline).
    public func line(_ text: String) {
        FileHandle.standardOutput.write(Data((text + "\n").utf8))
    }

    /// Writes raw content without adding a newline.
    public func raw(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    /// Writes a diagnostic to standard error.
    public func error(_ text: String) {
        let body = errorColour ? "\u{1B}[31m" + text + "\u{1B}[0m" : text
        FileHandle.standardError.write(Data((body + "\n").utf8))
    }

    /// Writes a chat message, coloured by its style when colour is on.
    public func message(_ message: ChatMessage) {
        guard useColour else {
            line(message.text)
            return
        }
        let code: String
        switch message.style {
        case .plain: code = ""
        case .heading: code = "\u{1B}[1m"
        case .question: code = "\u{1B}[1;36m"
        case .hint: code = "\u{1B}[2m"
        case .error: code = "\u{1B}[31m"
        case .success: code = "\u{1B}[32m"
        }
        line(code.isEmpty ? message.text : code + message.text + "\u{1B}[0m")
    }
}
