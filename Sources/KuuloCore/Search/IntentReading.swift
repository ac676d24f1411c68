import Foundation

/// A text read once by `IntentMatcher.read(_:language:)`, its words analysed, for all the matcher's
/// questions about it: which intent it expresses, whether it asks for something to be done, whether
/// it asks to know. Analysing a line costs more than answering these, and the chat asks up to four.
public struct IntentReading: Sendable {
    /// The text as typed.
    public let text: String
    /// The language it was read in.
    public let language: Language
    /// The text analysed, or `nil` when the matcher does not know the language.
    let input: IntentLanguageModel.Input?

    /// Whether the text asks for something to be done (a request cue: "auta", "help me", "let's").
    public var isRequest: Bool {
        input?.hasRequestCue ?? false
    }

    /// Whether the text asks to know rather than to do: a question word or mark and no request cue.
    public var asksToKnow: Bool {
        guard let input else { return false }
        return input.asksToKnow
    }
}
