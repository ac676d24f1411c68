import Foundation

/// The texts of check findings and the rules' summaries, from every `Prompts/checks/<area>.<lang>.yaml`
/// file: the `check.` part of the `TextCatalog`, looked up by message id (`privacy.phone`).
public struct CheckCatalog {
    /// The catalog of every text.
    public let catalog: TextCatalog

    /// Reads the check message files, a language's when first needed.
    public init(data: DataFiles) {
        self.catalog = TextCatalog(data: data)
    }

    /// Uses the check texts of a catalog of every text.
    public init(catalog: TextCatalog) {
        self.catalog = catalog
    }

    /// Whether `id` has a text in `language`.
    public func has(_ id: String, in language: Language) -> Bool {
        catalog.has(.check(id), in: language)
    }

    /// The ids present in `language`.
    public func ids(in language: Language) -> Set<String> {
        Set(catalog.keys(.check, in: language).map(\.path))
    }

    /// The finding's message in `language` (English, then the id, when missing).
    public func text(_ finding: Finding, _ language: Language) -> String {
        text(finding.message, language, finding.arguments)
    }

    /// The message `id` in `language` with placeholders filled.
    public func text(_ id: String, _ language: Language, _ arguments: [String: String] = [:]) -> String {
        catalog.text(.check(id), language, arguments).trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
