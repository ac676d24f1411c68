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
