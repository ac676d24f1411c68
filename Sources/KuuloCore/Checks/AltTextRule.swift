import Foundation

/// `alt-text.missing` (error): a post with an image or a video but no alt text, so people who use a
/// screen reader miss what it shows. Like the schedule rules it concerns the post as a whole: `start`
/// and `end` are 0.
public enum AltTextRule {
    /// The rule id.
    public static let id: RuleID = "alt-text.missing"
    /// Every message id the rule gives.
    public static let messageIDs: Set<String> = ["alt-text.missing.image", "alt-text.missing.video"]

    /// The finding for a post with `media` (`none`, `image`, `video`; anything else counts as an image)
    /// and `altText`: one when there is media and the alt text is missing or blank.
    public static func check(media: String?, altText: String?) -> [Finding] {
        let kind = (media ?? "").trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
        guard !kind.isEmpty, kind != "none" else { return [] }
        guard (altText ?? "").trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { return [] }
        let message = kind == "video" ? "alt-text.missing.video" : "alt-text.missing.image"
        return [Finding(rule: id, severity: .error, start: 0, end: 0, message: message, arguments: ["media": kind])]
    }
}

extension AltTextRule: CheckRule {
    /// An error.
    public static let severity = Severity.error
    /// It looks at the post as a whole.
    public static let scope = RuleScope.post
    /// Its messages.
    public static func messageIDs(data: DraftRuleData) -> Set<String> { messageIDs }
    /// The finding for the schedule's media and alt text.
    public static func findings(in text: CheckedText, context: CheckContext) -> [Finding] {
        guard let schedule = context.schedule else { return [] }
        return check(media: schedule.media, altText: schedule.altText)
    }
}

/// `alt-text.weak` (warning): alt text that says too little to help: fewer words than
/// `ScheduleRuleData.altTextMinimumWords` ("Kuva", "Hallituksen kuva"), or only words that say there is
/// a picture ("kuva", "image", "photo"). Like `alt-text.missing` it concerns the post as a whole.
public enum AltTextWeakRule: CheckRule {
    /// The rule id.
    public static let id: RuleID = "alt-text.weak"
    /// A warning: the post works, the description does not.
    public static let severity = Severity.warning
    /// It looks at the post as a whole.
    public static let scope = RuleScope.post
    /// Its two messages.
    public static func messageIDs(data: DraftRuleData) -> Set<String> { ["alt-text.weak.placeholder", "alt-text.weak.short"] }

    /// The finding for `altText` of a post with `media`, against the thresholds in `rules`.
    public static func check(media: String?, altText: String?, rules: ScheduleRuleData) -> [Finding] {
        let kind = (media ?? "").trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
        guard !kind.isEmpty, kind != "none", let altText else { return [] }
        let words = altText.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
        guard !words.isEmpty else { return [] }
        let shown = altText.trimmingCharacters(in: .whitespacesAndNewlines)
        if words.allSatisfy(rules.altTextPlaceholders.contains) {
            return [Finding(rule: id, severity: .warning, start: 0, end: 0, message: "alt-text.weak.placeholder", arguments: ["text": shown])]
        }
        guard words.count < rules.altTextMinimumWords else { return [] }
        return [Finding(rule: id, severity: .warning, start: 0, end: 0, message: "alt-text.weak.short",
                        arguments: ["text": shown, "count": String(words.count)])]
    }

    /// The finding for the schedule's media and alt text.
    public static func findings(in text: CheckedText, context: CheckContext) -> [Finding] {
        guard let schedule = context.schedule else { return [] }
        return check(media: schedule.media, altText: schedule.altText, rules: schedule.rules)
    }
}
