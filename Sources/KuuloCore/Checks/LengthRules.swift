import Foundation

/// `length.limit`: a text over a platform's maximum length, counted the platform's way.
public enum LengthLimitRule: CheckRule {
    /// The rule id.
    public static let id: RuleID = "length.limit"
    /// An error: the platform refuses or cuts the text.
    public static let severity = Severity.error
    /// It looks at the text against its platforms.
    public static let scope = RuleScope.text
    /// Its one message.
    public static func messageIDs(data: DraftRuleData) -> Set<String> { ["length.limit"] }

    /// One finding per platform whose limit the text passes, from where it passes it to the end.
    public static func findings(in text: CheckedText, context: CheckContext) -> [Finding] {
        let urls = text.urls.map(\.range)
        return context.platforms.compactMap { platform in
            guard let limit = platform.limit("text.length") else { return nil }
            let length = TextLength.count(text.text, as: limit.counting, urls: urls)
            guard length > limit.value else { return nil }
            let start = LengthRules.offset(ofLength: limit.value, in: text.text, counting: limit.counting, urls: urls)
            return Finding(rule: id, severity: .error, start: start, end: text.scalars.count, message: "length.limit",
                           arguments: ["platform": platform.name.text(.en), "length": String(length), "max": String(limit.value),
                                       "counting": limit.counting.rawValue, "verifiedOn": limit.verifiedOn])
        }
    }
}

/// `length.fold`: where Facebook hides the rest of a long text behind "See more".
public enum LengthFoldRule: CheckRule {
    /// The rule id.
    public static let id: RuleID = "length.fold"
    /// Information only.
    public static let severity = Severity.info
    /// It looks at the text against its platforms.
    public static let scope = RuleScope.text
    /// Its one message.
    public static func messageIDs(data: DraftRuleData) -> Set<String> { ["length.fold"] }

    /// One finding per folding platform, at the character where the fold falls on a phone.
    public static func findings(in text: CheckedText, context: CheckContext) -> [Finding] {
        let urls = text.urls.map(\.range)
        return context.platforms.compactMap { platform in
            guard let fold = platform.limit("text.fold.mobile"), text.text.count > fold.value else { return nil }
            let start = LengthRules.offset(ofLength: fold.value, in: text.text, counting: .graphemes, urls: urls)
            return Finding(rule: id, severity: .info, start: start, end: min(text.scalars.count, start + 1), message: "length.fold",
                           arguments: ["platform": platform.name.text(.en), "fold": String(fold.value),
                                       "desktop": String(platform.limit("text.fold.desktop")?.value ?? fold.value)])
        }
    }
}

/// How the length rules measure a text.
enum LengthRules {
    /// The code-point offset where the text passes `length` as counted.
    static func offset(ofLength length: Int, in text: String, counting: LengthCounting, urls: [Range<Int>]) -> Int {
        var total = 0
        var offset = 0
        for character in text {
            switch counting {
            case .utf16: total += character.utf16.count
            case .graphemes: total += 1
            case .weighted:
                let inLink = urls.contains { $0.contains(offset) }
                total += inLink ? (urls.contains { $0.lowerBound == offset } ? 23 : 0) : TextLength.weighted(String(character), urls: [])
            }
            if total > length { return offset }
            offset += character.unicodeScalars.count
        }
        return offset
    }
}
