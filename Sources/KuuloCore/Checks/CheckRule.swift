/// What a rule looks at, and so when it runs.
public enum RuleScope: Sendable, CaseIterable {
    /// The text against its platforms and the plan: hashtags, length, links, signature. Always runs.
    case text
    /// The words of the text: privacy, tone, spelling, grammar, readability. Runs when the check has
    /// content rules set up (`CheckContext.content`).
    case content
    /// The post as a whole: alt text and timing. Runs when the check has a schedule
    /// (`CheckContext.schedule`); its findings have `start` and `end` 0.
    case post
}

/// One check rule of `kuulo check` and the drafting flow: its id, how serious its findings are, the
/// messages it may give, and its findings for a text in a context.
///
/// Every rule is listed once in `RuleRegistry.all`; nothing else lists rules. Its texts live in
/// `Prompts/checks/*.<lang>.yaml`: each message id, and a one-line summary under `summary.<id>`
/// (shown by `kuulo check --list-rules`). A test checks that every language has all of them.
public protocol CheckRule {
    /// The rule's id.
    static var id: RuleID { get }
    /// The most serious severity the rule gives outside reply mode.
    static var severity: Severity { get }
    /// What the rule looks at.
    static var scope: RuleScope { get }
    /// Every message id the rule may give with the word lists in `data` (some rules have a message
    /// per category of a list).
    static func messageIDs(data: DraftRuleData) -> Set<String>
    /// The rule's findings for `text` in `context`.
    static func findings(in text: CheckedText, context: CheckContext) -> [Finding]
    /// The rule's `own` findings with those another rule already says better left out; `earlier`
    /// are the findings of the rules before it in the registry, in the same scope.
    static func refine(_ own: [Finding], after earlier: [Finding]) -> [Finding]
}

extension CheckRule {
    /// By default a rule keeps all its findings.
    public static func refine(_ own: [Finding], after earlier: [Finding]) -> [Finding] {
        own
    }

    /// The id of the rule's one-line summary in the check catalogs.
    public static var summaryID: String { "summary.\(id.rawValue)" }
}
