import Foundation

/// An article that answers a question, with the passage to show.
public struct KnowledgeAnswer: Equatable, Sendable {
    /// The article's id (`tip-7`).
    public var id: String
    /// The article's language.
    public var language: Language
    /// The article's title.
    public var title: String
    /// The heading of the section the excerpt comes from; empty when it is the article's summary.
    public var heading: String
    /// BM25 score of the article's best section (higher is better; comparable only within one question).
    public var score: Double
    /// The best passage of that section, plain text, at most about `SearchSettings.excerptLength`
    /// characters.
    public var excerpt: String

    /// Creates an answer.
    public init(id: String, language: Language, title: String, heading: String, score: Double, excerpt: String) {
        self.id = id
        self.language = language
        self.title = title
        self.heading = heading
        self.score = score
        self.excerpt = excerpt
    }

    /// `{"id", "title", "score", "excerpt"}` as `kuulo ask --format json` prints it; the score is
    /// rounded to two decimals.
    public var jsonValue: JSONValue {
        .object([
            "id": .string(id),
            "title": .string(title),
            "score": .double((score * 100).rounded() / 100),
            "excerpt": .string(excerpt),
        ])
    }
}
