/// The registry's rules as `kuulo check --list-rules` shows them: id, severity and a one-line
/// summary in one language, in registry order.
public struct RuleListing: Sendable {
    /// One rule.
    public struct Entry: Equatable, Sendable {
        /// The rule id.
        public var id: RuleID
        /// The most serious severity it gives outside reply mode.
        public var severity: Severity
        /// What it looks for, in one line.
        public var summary: String
    }

    /// Every rule, in registry order.
    public let entries: [Entry]

    /// The rules of the registry with their summaries from `catalog` in `language`.
    public init(catalog: CheckCatalog, language: Language) {
        entries = RuleRegistry.all.map { rule in
            Entry(id: rule.id, severity: rule.severity, summary: catalog.text(rule.summaryID, language))
        }
    }

    /// `[{"id", "severity", "summary"}]`.
    public var json: JSONValue {
        .array(entries.map { entry in
            .object(["id": .string(entry.id.rawValue), "severity": .string(entry.severity.rawValue), "summary": .string(entry.summary)])
        })
    }
}
