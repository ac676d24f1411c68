/// The schedule rules as registry rules. `ScheduleRules.check` works them out together (they read the
/// same calendar); each rule keeps its own findings.
enum ScheduleRuleFindings {
    /// The findings of `rule` for the context's schedule.
    static func findings(_ rule: RuleID, context: CheckContext) -> [Finding] {
        guard let schedule = context.schedule else { return [] }
        return ScheduleRules.check(schedule, plan: context.plan).filter { $0.rule == rule }
    }
}

/// `schedule.quiet-hours`: a post going out at night.
public enum QuietHoursRule: CheckRule {
    /// The rule id.
    public static let id = ScheduleRules.quietHoursID
    /// A warning.
    public static let severity = Severity.warning
    /// It looks at the post as a whole.
    public static let scope = RuleScope.post
    /// Its one message.
    public static func messageIDs(data: DraftRuleData) -> Set<String> { ["schedule.quiet-hours"] }
    /// One finding when the local time is within the quiet hours.
    public static func findings(in text: CheckedText, context: CheckContext) -> [Finding] {
        ScheduleRuleFindings.findings(id, context: context)
    }
}

/// `schedule.too-frequent`: more posts in a week than a channel's cadence allows, or two too close.
public enum TooFrequentRule: CheckRule {
    /// The rule id.
    public static let id = ScheduleRules.tooFrequentID
    /// A warning.
    public static let severity = Severity.warning
    /// It looks at the post as a whole.
    public static let scope = RuleScope.post
    /// Its two messages.
    public static func messageIDs(data: DraftRuleData) -> Set<String> { ["schedule.too-frequent.week", "schedule.too-frequent.interval"] }
    /// The findings per channel of the post.
    public static func findings(in text: CheckedText, context: CheckContext) -> [Finding] {
        ScheduleRuleFindings.findings(id, context: context)
    }
}

/// `schedule.gap`: a channel quiet for longer than its cadence allows, before or after the post.
public enum ScheduleGapRule: CheckRule {
    /// The rule id.
    public static let id = ScheduleRules.gapID
    /// Information only.
    public static let severity = Severity.info
    /// It looks at the post as a whole.
    public static let scope = RuleScope.post
    /// Its two messages.
    public static func messageIDs(data: DraftRuleData) -> Set<String> { ["schedule.gap.since", "schedule.gap.until"] }
    /// The findings per channel of the post.
    public static func findings(in text: CheckedText, context: CheckContext) -> [Finding] {
        ScheduleRuleFindings.findings(id, context: context)
    }
}

/// `schedule.past`: a publishing time that has already gone by when the draft is checked.
public enum SchedulePastRule: CheckRule {
    /// The rule id.
    public static let id = ScheduleRules.pastID
    /// A warning: the post can still go out, just not then.
    public static let severity = Severity.warning
    /// It looks at the post as a whole.
    public static let scope = RuleScope.post
    /// Its one message.
    public static func messageIDs(data: DraftRuleData) -> Set<String> { ["schedule.past"] }
    /// One finding when the time is before `DraftSchedule.checkedAt`.
    public static func findings(in text: CheckedText, context: CheckContext) -> [Finding] {
        ScheduleRuleFindings.findings(id, context: context)
    }
}
