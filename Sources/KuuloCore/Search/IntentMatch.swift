import Foundation

/// An intent found in free text, with the command to run.
public struct IntentMatch: Equatable, Sendable {
    /// The intent's id; with a filled slot the slot id (`tip-7`, `lang`).
    public var id: String
    /// The command to run, as typed (`/draft`, `/tips 7`, `/lang en`).
    public var command: String
    /// The intent's description per language, for "Did you mean …?".
    public var label: LocalizedText
    /// Similarity to the intent's closest example, 0…1 (1 when one of the intent's cues was found).
    public var score: Double
    /// What the intent stands for: a command, crisis or small talk.
    public var kind: IntentCatalog.Kind
    /// The intent's own id, before a slot is filled (`tips` for `tip-7`).
    public var intent: String
    /// A crisis asked as a question: the chat shows Knowledge's answer with the guidance whatever article it
    /// comes from, since a question wants its answer and may be no crisis at all ("can we post someone's phone
    /// number if they said it's ok", "saako puhelinnumerot laittaa nettisivuille?").
    public var answersToo = false

    /// Creates a match.
    public init(id: String, command: String, label: LocalizedText, score: Double, kind: IntentCatalog.Kind = .command,
                intent: String? = nil) {
        self.id = id
        self.command = command
        self.label = label
        self.score = score
        self.kind = kind
        self.intent = intent ?? id
    }

    /// The id of the command the match runs (`tips` for `/tips 7`), `crisis` or `smalltalk`.
    public var commandID: String {
        guard kind == .command else { return kind.rawValue }
        return Self.commandID(of: command)
    }

    /// The command's name in a typed command (`tips` for `/tips 7`).
    public static func commandID(of command: String) -> String {
        String(command.drop { $0 == "/" }.prefix { !$0.isWhitespace })
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
