/// Keeps a report readable when one rule finds the same kind of thing hundreds of times (a pasted
/// megabyte, ten thousand tags): past `limitPerRule` findings of one rule, the rest become one
/// finding that says how many more there are.
///
/// The summary finding keeps the rule id, takes the most serious severity of the findings it stands
/// for (so an error still fails the check) and points at the first of them.
public enum FindingSummary {
    /// How many findings of one rule are listed one by one.
    public static let limitPerRule = 200
    /// The message of the summary finding (`{count}`: how many more; `{rule}`: the rule id).
    public static let moreMessage = "findings.more"

    /// `findings` (sorted by position) with each rule's findings past `limit` replaced by one summary
    /// finding, in the same order.
    public static func summarised(_ findings: [Finding], limit: Int = limitPerRule) -> [Finding] {
        var listed: [RuleID: Int] = [:]
        var summaries: [RuleID: Finding] = [:]
        var omitted: [RuleID: Int] = [:]
        var kept: [Finding] = []
        for finding in findings {
            let count = listed[finding.rule, default: 0]
            if count < limit {
                listed[finding.rule] = count + 1
                kept.append(finding)
                continue
            }
            omitted[finding.rule, default: 0] += 1
            if let summary = summaries[finding.rule] {
                summaries[finding.rule]?.severity = min(summary.severity, finding.severity)
            } else {
                summaries[finding.rule] = Finding(rule: finding.rule, severity: finding.severity, start: finding.start, end: finding.end,
                                                  message: moreMessage, arguments: ["rule": finding.rule.rawValue])
            }
        }
        guard !summaries.isEmpty else { return findings }
        // Each summary goes where the first finding it stands for was.
        var pending = summaries.values.map { summary in
            var summary = summary
            summary.arguments["count"] = String(omitted[summary.rule] ?? 0)
            return summary
        }.sorted(by: Self.precedes)[...]
        var result: [Finding] = []
        result.reserveCapacity(kept.count + pending.count)
        for finding in kept {
            while let next = pending.first, precedes(next, finding) {
                result.append(next)
                pending = pending.dropFirst()
            }
            result.append(finding)
        }
        return result + pending
    }

    /// The order of a report: by position, then rule.
    static func precedes(_ a: Finding, _ b: Finding) -> Bool {
        (a.start, a.end, a.rule) < (b.start, b.end, b.rule)
    }
}
