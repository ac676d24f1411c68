import Foundation

/// `date.passed` (warning): a date in the text — a sign-up deadline, an event — that is already past on
/// the day the post goes out (`CheckContext.publishAt`). Finnish and English forms (`TextDates`).
public enum DatePassedRule: CheckRule {
    /// The rule id.
    public static let id: RuleID = "date.passed"
    /// A warning: the date may be meant (a thank-you for last week's event).
    public static let severity = Severity.warning
    /// It looks at the text against the publishing time.
    public static let scope = RuleScope.text
    /// Its one message.
    public static func messageIDs(data: DraftRuleData) -> Set<String> { ["date.passed"] }

    /// One finding per date before the publishing day.
    public static func findings(in text: CheckedText, context: CheckContext) -> [Finding] {
        guard let raw = context.publishAt, let publish = LocalDateTime(iso: raw) else { return [] }
        return TextDates.find(in: text.scalars, words: context.dateWords).compactMap { found in
            guard let date = found.date(near: publish.date), date < publish.date else { return nil }
            let written = String(String.UnicodeScalarView(text.scalars[found.start..<found.end]))
            return Finding(rule: id, severity: .warning, start: found.start, end: found.end, message: "date.passed", arguments: [
                "date": written, "when": publish.readable, "whenFi": ScheduleRules.finnish(publish),
            ])
        }
    }
}

/// `time.notation` (info): a time written `23:30` in Finnish text, where Finnish writes `klo 23.30`.
public enum TimeNotationRule: CheckRule {
    /// The rule id.
    public static let id: RuleID = "time.notation"
    /// Information only.
    public static let severity = Severity.info
    /// It looks at the text (its Finnish paragraphs).
    public static let scope = RuleScope.text
    /// Its one message.
    public static func messageIDs(data: DraftRuleData) -> Set<String> { ["time.notation"] }

    /// One finding per `H:MM` in a Finnish paragraph, outside links.
    public static func findings(in text: CheckedText, context: CheckContext) -> [Finding] {
        let scalars = text.scalars
        guard scalars.contains(":") else { return [] }
        let finnish = text.draft.paragraphs.filter { $0.language == .fi }
        guard !finnish.isEmpty else { return [] }
        let links = text.entities.filter { $0.kind != .hashtag }.map { $0.start..<$0.end }
        var findings: [Finding] = []
        for colon in scalars.indices where scalars[colon] == ":" {
            guard finnish.contains(where: { $0.range.contains(colon) }), !links.contains(where: { $0.contains(colon) }) else { continue }
            var start = colon
            while start > 0, start > colon - 2, isDigit(scalars[start - 1]) { start -= 1 }
            let end = colon + 3
            guard start < colon, end <= scalars.count, isDigit(scalars[colon + 1]), isDigit(scalars[colon + 2]),
                  start == 0 || !(isDigit(scalars[start - 1]) || scalars[start - 1] == ":"),
                  end == scalars.count || !(isDigit(scalars[end]) || scalars[end] == ":"),
                  let hour = Int(String(String.UnicodeScalarView(scalars[start..<colon]))),
                  let minute = Int(String(String.UnicodeScalarView(scalars[(colon + 1)..<end]))),
                  (0...23).contains(hour), (0...59).contains(minute) else { continue }
            let dotted = String(hour) + "." + String(String.UnicodeScalarView(scalars[(colon + 1)..<end]))
            let before = String(String.UnicodeScalarView(scalars[max(0, start - 4)..<start])).lowercased()
            let suggestion = before.hasSuffix("klo ") ? dotted : "klo " + dotted
            findings.append(Finding(rule: id, severity: .info, start: start, end: end, message: "time.notation", arguments: [
                "time": String(String.UnicodeScalarView(scalars[start..<end])), "suggestion": suggestion,
            ]))
        }
        return findings
    }

    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        ("0"..."9").contains(scalar)
    }
}
