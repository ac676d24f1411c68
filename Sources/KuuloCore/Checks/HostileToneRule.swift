/// `tone.hostile`: insults, profanity, slurs and provocations, in Finnish (inflected forms found by
/// their base forms) and English. An error in reply mode — an answer to a critical comment must not
/// escalate — and a warning otherwise. The message names the category: `tone.hostile.<category>`.
public struct HostileToneRule: Sendable {
    /// The rule id.
    public static let id: RuleID = "tone.hostile"

    /// The terms looked for.
    public let terms: TermList

    /// Creates the rule with the terms of `Knowledge/data/hostile-terms.yaml` (or your own).
    public init(terms: TermList) {
        self.terms = terms
    }

    /// The message id of a category.
    public static func message(for category: String) -> String {
        "\(id).\(category)"
    }

    /// The findings for the paragraphs of `draft`.
    public func findings(in draft: DraftText, replyMode: Bool, lemmatizers: [Language: any Lemmatizer]) -> [Finding] {
        findings(in: draft, replyMode: replyMode, lemmas: LemmaCache(lemmatizers))
    }

    func findings(in draft: DraftText, replyMode: Bool, lemmas: LemmaCache) -> [Finding] {
        let matcher = TermMatcher(terms)
        return draft.paragraphs.flatMap { paragraph in
            matcher.matches(draft.words(of: paragraph), scalars: draft.scalars, language: paragraph.language, lemmas: lemmas).map { match in
                Finding(rule: Self.id, severity: replyMode ? .error : .warning, start: match.start, end: match.end,
                        message: Self.message(for: match.category), arguments: ["word": match.text, "category": match.category])
            }
        }
    }
}

extension HostileToneRule: CheckRule {
    /// A warning (an error in reply mode).
    public static let severity = Severity.warning
    /// It looks at the words.
    public static let scope = RuleScope.content
    /// One message per category of the hostile terms.
    public static func messageIDs(data: DraftRuleData) -> Set<String> { Set(data.hostileTerms.categories.map { message(for: $0.id) }) }
    /// The hostile terms in the text, inflected forms found by their base forms.
    public static func findings(in text: CheckedText, context: CheckContext) -> [Finding] {
        guard let content = context.content else { return [] }
        return HostileToneRule(terms: content.data.hostileTerms).findings(in: text.draft, replyMode: content.options.replyMode, lemmas: text.lemmas)
    }
}
