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
    /// What "lisää" / "more" shows after the excerpt: the whole passage when the excerpt was cut, and
    /// the rest of the section, one passage a line, plain text; empty when the excerpt is all of it.
    public var more: String

    /// Creates an answer.
    public init(id: String, language: Language, title: String, heading: String, score: Double, excerpt: String, more: String = "") {
        self.id = id
        self.language = language
        self.title = title
        self.heading = heading
        self.score = score
        self.excerpt = excerpt
        self.more = more
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
