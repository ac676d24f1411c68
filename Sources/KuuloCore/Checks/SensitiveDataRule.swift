/// `privacy.sensitive`: words of the special categories of personal data (GDPR article 9 and the
/// like): health and diagnoses, pregnancy, religion, ethnic origin, sexual orientation, gender
/// identity, political views, trade-union membership, criminal records.
///
/// A warning, since a post may well talk about these things in general ("mental health week"); the
/// point is to make the writer stop and check that no identifiable person's data is published.
/// The message names the category: `privacy.sensitive.<category>`.
public struct SensitiveDataRule: Sendable {
    /// The rule id.
    public static let id: RuleID = "privacy.sensitive"

    /// The terms looked for.
    public let terms: TermList

    /// Creates the rule with the terms of `Knowledge/data/sensitive-terms.yaml` (or your own).
    public init(terms: TermList) {
        self.terms = terms
    }

    /// The message id of a category.
    public static func message(for category: String) -> String {
        "\(id).\(category)"
    }

    /// The findings for the paragraphs of `draft`, with Finnish (and English) base forms from `lemmatizers`.
    public func findings(in draft: DraftText, lemmatizers: [Language: any Lemmatizer]) -> [Finding] {
        findings(in: draft, lemmas: LemmaCache(lemmatizers))
    }

    func findings(in draft: DraftText, lemmas: LemmaCache) -> [Finding] {
        let matcher = TermMatcher(terms)
        return draft.paragraphs.flatMap { paragraph in
            matcher.matches(draft.words(of: paragraph), scalars: draft.scalars, language: paragraph.language, lemmas: lemmas).map { match in
                Finding(rule: Self.id, severity: .warning, start: match.start, end: match.end,
                        message: Self.message(for: match.category), arguments: ["word": match.text, "category": match.category])
            }
        }
    }
}

extension SensitiveDataRule: CheckRule {
    /// A warning.
    public static let severity = Severity.warning
    /// It looks at the words.
    public static let scope = RuleScope.content
    /// One message per category of the sensitive terms.
    public static func messageIDs(data: DraftRuleData) -> Set<String> { Set(data.sensitiveTerms.categories.map { message(for: $0.id) }) }
    /// The sensitive terms in the text, inflected forms found by their base forms.
    public static func findings(in text: CheckedText, context: CheckContext) -> [Finding] {
        guard let content = context.content else { return [] }
        return SensitiveDataRule(terms: content.data.sensitiveTerms).findings(in: text.draft, lemmas: text.lemmas)
    }
}
