import Foundation

/// A line of the conversation, with a style the front end may colour.
public struct ChatMessage: Equatable, Sendable {
    /// How the message should look.
    public enum Style: Equatable, Sendable {
        case plain, heading, question, hint, error, success
    }

    /// The text; may span lines.
    public var text: String
    /// Its style.
    public var style: Style

    /// Creates a message.
    public init(_ text: String, style: Style = .plain) {
        self.text = text
        self.style = style
    }
}

/// What the front end must do after the session handled an input, in order.
public enum ChatEffect: Equatable, Sendable {
    /// Show a message.
    case say(ChatMessage)
    /// Write the plan to disk now (before anything after it is shown).
    case persist
    /// Remember this person as the user for the next run.
    case rememberUser(String)
    /// Remember the chat language the user chose, for the next chat.
    case rememberLanguage(Language)
    /// End the session with this exit code (after saving).
    case exit(Int32)
    /// Write an exported document to a file, then show `message` (or an error naming the path).
    case writeFile(path: String, contents: String, message: String)
    /// Save the session's work, then remove `texts` from the plan file's content and whole history
    /// (recording a revision with `summary`, which names kinds only) and from the line history, and
    /// hand the redacted plan back to the session (`ChatSession.adoptRedaction`).
    case redact(texts: [String], summary: String)
    /// Print the written plan's HTML to a PDF file (through a headless browser), then show `message`.
    case printPDF(path: String, html: String, message: String)
    /// Read these files (as text) and hand them back with `ChatSession.receive(_:for:)`.
    case readFiles([String], for: FileRequest)
}

/// Which kind of input the session waits for, so the front end can choose a prompt.
public enum InputMode: Equatable, Sendable {
    /// A command or free text.
    case command
    /// An answer to a flow step.
    case answer
    /// The next item of a list answer.
    case listItem
    /// The next line of a `"""` block.
    case continuation
}
