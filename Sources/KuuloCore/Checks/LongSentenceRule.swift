/// `readability.long-sentence`: a sentence with more words than readers of a feed take in at a glance.
///
/// The limit is per language, from its pack (Finnish words are long and inflected, so fewer: 20 by
/// default; English 25). Over the limit is an info finding; over one and a half times the limit, a warning. Hashtags,
/// mentions and links are not counted as words; numbers are.
public struct LongSentenceRule: Sendable {
    /// The rule id.
    public static let id: RuleID = "readability.long-sentence"
    /// Its message (`{words}`, `{limit}`).
    public static let message = "readability.long-sentence"
    /// The default limits: each installed language pack's `sentences.longSentenceWords`.
    public static var defaultLimits: [Language: Int] {
        var limits: [Language: Int] = [:]
        for language in Language.allCases { limits[language] = language.pack.longSentenceWords }
        return limits
    }

    /// Words per sentence allowed, per language.
    public let limits: [Language: Int]

    /// Creates the rule.
    public init(limits: [Language: Int] = LongSentenceRule.defaultLimits) {
        self.limits = limits
    }

    /// The findings for the paragraphs of `draft`.
    public func findings(in draft: DraftText) -> [Finding] {
        draft.paragraphs.flatMap { paragraph -> [Finding] in
            guard let limit = limits[paragraph.language] ?? paragraph.language.pack.longSentenceWords, limit > 0 else { return [] }
            return SentenceSplitter.sentences(in: draft.scalars, range: paragraph.range).compactMap { sentence in
                let count = draft.words(in: sentence).count
                guard count > limit else { return nil }
                return Finding(rule: Self.id, severity: count * 2 > limit * 3 ? .warning : .info, start: sentence.lowerBound,
                               end: sentence.upperBound, message: Self.message,
                               arguments: ["words": String(count), "limit": String(limit)])
            }
        }
    }
}

extension LongSentenceRule: CheckRule {
    /// Info over the limit, a warning over one and a half times it.
    public static let severity = Severity.warning
    /// It looks at the words.
    public static let scope = RuleScope.content
    /// Its one message.
    public static func messageIDs(data: DraftRuleData) -> Set<String> { [message] }
    /// The sentences over their language's limit.
    public static func findings(in text: CheckedText, context: CheckContext) -> [Finding] {
        guard let content = context.content else { return [] }
        return LongSentenceRule(limits: content.options.longSentenceLimits).findings(in: text.draft)
    }
}
