import Foundation

/// What `KnowledgeIndex.search` found for a question.
public struct KnowledgeSearchResult: Equatable, Sendable {
    /// Whether there is an answer, and if not, why.
    public enum Status: String, Equatable, Sendable {
        /// `answers` holds at least one answer good enough to show.
        case answered
        /// The question was empty or only punctuation.
        case empty
        /// The question was longer than `SearchSettings.maximumQueryLength`.
        case tooLong
        /// Nothing in the question is a word Kuulo can search for (only stop words or unknown words).
        case notUnderstood
        /// Some articles matched, but too weakly to call them an answer; `answers` holds them as
        /// guesses.
        case lowConfidence
    }

    /// The question's language.
    public var language: Language
    /// Whether there is an answer.
    public var status: Status
    /// Articles best first (at most the requested limit). Real answers when `status` is `.answered`,
    /// guesses when `.lowConfidence`, empty otherwise.
    public var answers: [KnowledgeAnswer]
    /// The share of the question (0…1, by word rarity) that the best section contains.
    public var coverage: Double
    /// When the best answers score too close to call (`SearchSettings.closeCallRatio`): those two or
    /// three, best first, for the chat to ask which one was meant instead of guessing. Empty otherwise.
    public var choices: [KnowledgeAnswer]

    /// Creates a result.
    public init(language: Language, status: Status, answers: [KnowledgeAnswer], coverage: Double,
                choices: [KnowledgeAnswer] = []) {
        self.language = language
        self.status = status
        self.answers = answers
        self.coverage = coverage
        self.choices = choices
    }

    /// Whether the best answers are too close to call, so the chat should ask back with `choices`.
    public var isCloseCall: Bool { isAnswered && choices.count >= 2 }

    /// Whether `answers` holds a real answer.
    public var isAnswered: Bool { status == .answered }

    /// The best answer, when there is a real one.
    public var best: KnowledgeAnswer? { isAnswered ? answers.first : nil }

    /// `{"answers": [{"id", "title", "score", "excerpt"}, …]}`, best first; empty unless answered.
    public var jsonValue: JSONValue {
        .object(["answers": .array(isAnswered ? answers.map(\.jsonValue) : [])])
    }

    static func unanswered(_ status: Status, _ language: Language) -> KnowledgeSearchResult {
        KnowledgeSearchResult(language: language, status: status, answers: [], coverage: 0)
    }
}
