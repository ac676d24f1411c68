import Foundation

/// Runs the registry's rules on a draft and gathers the report: the engine under `CheckSession`.
public struct DraftChecker: Sendable {
    /// Creates a checker.
    public init() {}

    /// The report for `text`: entities, length, and every finding sorted by position (past
    /// `FindingSummary.limitPerRule` findings of one rule, one finding says how many more). The text rules
    /// always run, the content rules when `context.content` is set, the whole-post rules when
    /// `context.schedule` is.
    public func check(_ text: String, context: CheckContext) -> CheckReport {
        let checked = CheckedText(text, context: context)
        var findings = RuleRegistry.findings(.text, in: checked, context: context)
        if context.content != nil {
            findings += DraftRules.findings(in: checked, context: context)
        }
        if context.schedule != nil {
            findings += RuleRegistry.findings(.post, in: checked, context: context)
        }
        findings.sort(by: FindingSummary.precedes)
        findings = FindingSummary.summarised(findings)
        return CheckReport(
            hashtags: checked.hashtags.map(\.body),
            mentions: checked.entities.filter { $0.kind == .mention }.map(\.body),
            urls: checked.urls.map(\.text),
            graphemes: text.count,
            utf16: text.utf16.count,
            findings: findings
        )
    }

    /// The findings about the post as a whole rather than its text — `alt-text.missing` and the
    /// schedule rules — all with `start` and `end` 0, in registry order.
    public func scheduleFindings(_ schedule: DraftSchedule, plan: JSONValue?) -> [Finding] {
        let context = CheckContext(platforms: [], plan: plan, genericTags: [], segmenter: nil, schedule: schedule)
        return RuleRegistry.findings(.post, in: CheckedText("", context: context), context: context)
    }

    /// Every rule id of the whole-post findings.
    public static var scheduleRuleIDs: [RuleID] { RuleRegistry.rules(.post).map { $0.id } }
    /// Every message id of the whole-post findings.
    public static var scheduleMessageIDs: Set<String> { RuleRegistry.messageIDs(data: .empty, scopes: [.post]) }
}
