/// Every check rule, in the order `kuulo check --list-rules` and the README list them and in which
/// they run: the one list of rules. A new rule is a `CheckRule` type, its texts in
/// `Prompts/checks/`, and a line here.
public enum RuleRegistry {
    /// All rules.
    public static let all: [any CheckRule.Type] = [
        HashtagInvalidRule.self, HashtagCountRule.self, HashtagCamelCaseRule.self, HashtagDuplicateRule.self,
        HashtagGenericRule.self, HashtagUnplannedRule.self, LengthLimitRule.self, LengthFoldRule.self,
        InstagramLinkRule.self, SignatureRule.self, DatePassedRule.self, TimeNotationRule.self, InvisibleCharacterRule.self,
        PersonalIDRule.self, PhoneRule.self, EmailRule.self, IBANRule.self, SensitiveDataRule.self,
        ShoutingRule.self, HostileToneRule.self, SpellingRule.self, GrammarRule.self, LongSentenceRule.self,
        AltTextRule.self, AltTextWeakRule.self, SchedulePastRule.self, QuietHoursRule.self, TooFrequentRule.self, ScheduleGapRule.self,
    ]

    /// Every rule id, in registry order.
    public static var ids: [RuleID] { all.map { $0.id } }

    /// The rules of one scope, in registry order.
    public static func rules(_ scope: RuleScope) -> [any CheckRule.Type] {
        all.filter { $0.scope == scope }
    }

    /// The rule with `id`, if there is one.
    public static func rule(_ id: RuleID) -> (any CheckRule.Type)? {
        all.first { $0.id == id }
    }

    /// Every message id the rules of `scopes` may give with the word lists in `data`, and the
    /// summary that stands for a rule's findings past the report's limit.
    public static func messageIDs(data: DraftRuleData, scopes: Set<RuleScope> = Set(RuleScope.allCases)) -> Set<String> {
        all.filter { scopes.contains($0.scope) }.reduce(into: [FindingSummary.moreMessage]) { $0.formUnion($1.messageIDs(data: data)) }
    }

    /// The findings of the rules of `scope` for `text`, in registry order, each rule's refined by
    /// the findings of the rules before it.
    public static func findings(_ scope: RuleScope, in text: CheckedText, context: CheckContext) -> [Finding] {
        var findings: [Finding] = []
        for rule in rules(scope) {
            findings += rule.refine(rule.findings(in: text, context: context), after: findings)
        }
        return findings
    }
}
