import Foundation

/// All Knowledge articles, by id and language. Broken files are reported through the data files'
/// warnings and left out.
public struct KnowledgeBase: Sendable {
    /// Articles keyed by id, then language.
    public let articles: [String: [Language: KnowledgeArticle]]

    /// Reads every `Knowledge/<lang>/*.md` file.
    public init(data: DataFiles) {
        var articles: [String: [Language: KnowledgeArticle]] = [:]
        for path in data.paths(under: "Knowledge/") where path.hasSuffix(".md") {
            guard let text = data.text(path) else { continue }
            do {
                let article = try KnowledgeArticle(text: text, path: path)
                articles[article.id, default: [:]][article.language] = article
            } catch {
                data.warn(error)
            }
        }
        self.articles = articles
    }

    /// The article with `id` in `language`, else in English, else in any language.
    public func article(_ id: String, language: Language) -> KnowledgeArticle? {
        guard let versions = articles[id] else { return nil }
        return versions[language] ?? versions[.en] ?? versions.values.first
    }

    /// Every id, sorted.
    public var ids: [String] { articles.keys.sorted() }
}
