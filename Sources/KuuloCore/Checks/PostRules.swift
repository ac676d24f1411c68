import Foundation

/// `link.instagram-caption`: a link where it cannot be clicked (an Instagram caption).
public enum InstagramLinkRule: CheckRule {
    /// The rule id.
    public static let id: RuleID = "link.instagram-caption"
    /// A warning: the post works, the link does not.
    public static let severity = Severity.warning
    /// It looks at the text against its platforms.
    public static let scope = RuleScope.text
    /// Its one message.
    public static func messageIDs(data: DraftRuleData) -> Set<String> { ["link.instagram-caption"] }

    /// One finding per link per platform whose captions have no clickable links.
    public static func findings(in text: CheckedText, context: CheckContext) -> [Finding] {
        var findings: [Finding] = []
        for platform in context.platforms where platform.limit("links.clickable")?.value == 0 {
            for url in text.urls {
                findings.append(Finding(rule: id, severity: .warning, start: url.start, end: url.end,
                                        message: "link.instagram-caption", arguments: ["url": url.text, "platform": platform.name.text(.en)]))
            }
        }
        return findings
    }
}

/// `signature.missing`: no trustee's signature where the plan asks posts to be signed (tip 8).
public enum SignatureRule: CheckRule {
    /// The rule id.
    public static let id: RuleID = "signature.missing"
    /// A warning.
    public static let severity = Severity.warning
    /// It looks at the text against the plan.
    public static let scope = RuleScope.text
    /// Its one message.
    public static func messageIDs(data: DraftRuleData) -> Set<String> { ["signature.missing"] }

    /// One finding at the end of the text when the plan has signatures and the text has none of them
    /// (nor a trustee's first name in its last three lines).
    public static func findings(in text: CheckedText, context: CheckContext) -> [Finding] {
        guard let plan = context.plan, plan["signatures"] != nil else { return [] }
        let trustees = (plan["trustees"]?.objectValue ?? [:]).values
        let signatures = trustees.compactMap { $0["signature"]?.stringValue }.filter { !$0.isEmpty }
        let names = trustees.compactMap { $0["name"]?.stringValue?.split(separator: " ").first.map(String.init) }
        let signed = signatures.contains { text.text.contains($0) } || names.contains { name in
            text.text.split(separator: "\n").suffix(3).contains { $0.contains(name) }
        }
        guard !signatures.isEmpty, !signed else { return [] }
        let end = text.scalars.count
        return [Finding(rule: id, severity: .warning, start: max(0, end - 1), end: end,
                        message: "signature.missing", arguments: ["example": signatures.sorted().first ?? ""])]
    }
}
