import Foundation

/// One searchable unit of Knowledge: a `## ` section of an article (or its summary), with the
/// article's title, tags and example questions (`asks` and `phrasings`) counted in. Its terms' counts per field are
/// kept in the index's postings (`LanguageIndex.Posting`), not here.
struct SectionDocument: Sendable {
    /// How often a term occurs in each field of a section.
    struct FieldFrequencies: Sendable {
        var title = 0.0
        var tags = 0.0
        var heading = 0.0
        /// Count in the article's example questions (`KnowledgeArticle.asks` and `phrasings`).
        var asks = 0.0
        /// Count in the text, divided by `1 - b + b * length / averageLength`.
        var body = 0.0
    }

    /// A paragraph or list item of the section, with its terms, for choosing the excerpt.
    struct Passage: Sendable {
        /// The text as shown (Markdown list markers removed).
        var text: String
        /// Every term of the passage.
        var terms: SortedTerms
    }

    /// The article's id (`tip-7`).
    var articleID: String
    /// The article's language.
    var language: Language
    /// The article's title.
    var title: String
    /// The section heading; empty for the summary.
    var heading: String
    /// The section's passages in order.
    var passages: [Passage]
    /// What the section holds: only advice is shown as an answer; pitfalls and worksheet questions
    /// only help find the article.
    var kind: KnowledgeArticle.SectionKind = .advice
}
