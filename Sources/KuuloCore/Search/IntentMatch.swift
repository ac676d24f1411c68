import Foundation

/// An intent found in free text, with the command to run.
public struct IntentMatch: Equatable, Sendable {
    /// The intent's id; with a filled slot the slot id (`tip-7`, `lang`).
    public var id: String
    /// The command to run, as typed (`/draft`, `/tips 7`, `/lang en`).
    public var command: String
    /// The intent's description per language, for "Did you mean …?".
    public var label: LocalizedText
    /// Similarity to the intent's closest example, 0…1.
    public var score: Double

    /// Creates a match.
    public init(id: String, command: String, label: LocalizedText, score: Double) {
        self.id = id
        self.command = command
        self.label = label
        self.score = score
    }
}

/// What `IntentMatcher` made of a text.
public enum IntentMatchResult: Equatable, Sendable {
    /// One intent clearly matches: run its command.
    case confident(IntentMatch)
    /// One to three intents match somewhat, best first: ask back ("Did you mean …?").
    case ambiguous([IntentMatch])
    /// No intent matches: treat the text as a question for Knowledge.
    case none

    /// The matches, best first (one when confident, none when `.none`).
    public var matches: [IntentMatch] {
        switch self {
        case .confident(let match): return [match]
        case .ambiguous(let matches): return matches
        case .none: return []
        }
    }
}
