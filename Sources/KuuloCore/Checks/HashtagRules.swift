import Foundation

/// What the `hashtag.*` rules share: finding tags that will not work, counting them against the
/// platforms, and the advisor's duplicate, generic and capitalisation advice.
enum HashtagRules {
    private static func isTagCharacter(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic || scalar.properties.numericType == .decimal || scalar == "_"
    }

    /// `#` signs that a reader meant as a hashtag but the platforms will not make one of, or will cut short.
    static func invalidCandidates(_ text: String, entities: [TextEntity]) -> [Finding] {
        let scalars = Array(text.unicodeScalars)
        var findings: [Finding] = []
        // Entities are sorted and do not overlap: one pass over them alongside the text.
        let covered = entities.map(\.range).sorted { $0.lowerBound < $1.lowerBound }
        var nextCovered = 0
        let validator = HashtagValidator()
        for (offset, scalar) in scalars.enumerated() where scalar == "#" || scalar == "＃" {
            while nextCovered < covered.count, covered[nextCovered].upperBound <= offset { nextCovered += 1 }
            if nextCovered < covered.count, covered[nextCovered].contains(offset) { continue }
            if offset > 0, isTagCharacter(scalars[offset - 1]) || scalars[offset - 1] == "&" { continue }
            var end = offset + 1
            while end < scalars.count, !scalars[end].properties.isWhitespace { end += 1 }
            var token = String(String.UnicodeScalarView(scalars[offset..<end]))
            while let last = token.unicodeScalars.last, ".,!?:;)]}\"'”’".unicodeScalars.contains(last), token.unicodeScalars.count > 1 {
                token.unicodeScalars.removeLast()
                end -= 1
            }
            guard token.unicodeScalars.count > 1, let problem = validator.problem(with: token) else { continue }
            findings.append(finding(for: problem, tag: token, start: offset, end: end))
        }
        // Tags the platforms cut short: "#vappu-2026" becomes #vappu.
        for tag in entities where tag.kind == .hashtag && tag.end + 1 < scalars.count {
            let next = scalars[tag.end]
            guard "-'’.·/".unicodeScalars.contains(next), isTagCharacter(scalars[tag.end + 1]) else { continue }
            var end = tag.end + 1
            while end < scalars.count, isTagCharacter(scalars[end]) { end += 1 }
            let written = String(String.UnicodeScalarView(scalars[tag.start..<end]))
            findings.append(Finding(rule: HashtagInvalidRule.id, severity: .warning, start: tag.start, end: end,
                                    message: "hashtag.invalid.cut", arguments: ["tag": written, "kept": tag.text, "character": String(next)]))
        }
        return findings
    }

    static func finding(for problem: HashtagProblem, tag: String, start: Int, end: Int) -> Finding {
        let message: String
        var arguments = ["tag": tag]
        switch problem {
        case .empty: message = "hashtag.invalid.empty"
        case .digitsOnly: message = "hashtag.invalid.digits"
        case .noLetter: message = "hashtag.invalid.no-letter"
        case .endsAt(let character, _):
            message = "hashtag.invalid.ends"
            arguments["character"] = String(character)
        case .emoji(let character, _):
            message = "hashtag.invalid.emoji"
            arguments["character"] = String(character)
        case .tooLong(let length, let limit):
            message = "hashtag.invalid.long"
            arguments["length"] = String(length)
            arguments["limit"] = String(limit)
        }
        return Finding(rule: HashtagInvalidRule.id, severity: .warning, start: start, end: end, message: message, arguments: arguments)
    }

    static func counts(_ hashtags: [TextEntity], platforms: [Platform]) -> [Finding] {
        guard let first = hashtags.first, let last = hashtags.last else { return [] }
        var findings: [Finding] = []
        for platform in platforms {
            let name = platform.name.text(.en)
            if let maximum = platform.limit("hashtags.max")?.value, hashtags.count > maximum {
                findings.append(Finding(rule: HashtagCountRule.id, severity: .error, start: first.start, end: last.end, message: "hashtag.count.max",
                                        arguments: ["platform": name, "count": String(hashtags.count), "max": String(maximum)]))
            } else if let recommended = platform.limit("hashtags.recommended")?.value, hashtags.count > recommended {
                findings.append(Finding(rule: HashtagCountRule.id, severity: .warning, start: first.start, end: last.end, message: "hashtag.count.recommended",
                                        arguments: ["platform": name, "count": String(hashtags.count), "max": String(recommended)]))
            }
        }
        return findings
    }

    /// The advisor's findings of rule `rule` (duplicate, generic or camelcase); only the camelcase
    /// advice asks the segmenter.
    static func advice(_ rule: RuleID, _ hashtags: [TextEntity], context: CheckContext) -> [Finding] {
        let advisor = HashtagAdvisor(genericTags: context.genericTags)
        let segmenter = rule == HashtagCamelCaseRule.id ? context.segmenter : nil
        let written = hashtags.map(\.text)
        var findings: [Finding] = []
        var places: [String: [TextEntity]] = [:]
        for tag in hashtags { places[tag.text, default: []].append(tag) }
        func entity(_ tag: String, occurrence: Int = 0) -> TextEntity? {
            guard let written = places[tag] else { return nil }
            return occurrence < written.count ? written[occurrence] : written.first
        }
        // Each rule asks for its own kind only: the three hashtag rules would otherwise each compare
        // every tag with every other three times over.
        let parts: HashtagAdvisor.Parts = rule == HashtagDuplicateRule.id ? .duplicates : (rule == HashtagGenericRule.id ? .generic : [])
        for item in advisor.advise(on: written, segmenter: segmenter, parts: parts) {
            switch item {
            case .duplicate(let tags):
                guard tags.count > 1 else { continue }
                let repeated = tags[1]
                let occurrence = tags[1] == tags[0] ? 1 : 0
                if let place = entity(repeated, occurrence: occurrence) {
                    findings.append(Finding(rule: HashtagDuplicateRule.id, severity: .warning, start: place.start, end: place.end,
                                            message: "hashtag.duplicate", arguments: ["tag": repeated, "first": tags[0]]))
                }
            case .nearDuplicate(let tag, let other, _):
                // Point at whichever of the two comes later: that is the one written differently.
                let places = [entity(tag), entity(other)].compactMap { $0 }
                if let place = places.max(by: { $0.start < $1.start }) {
                    let first = place.text == tag ? other : tag
                    findings.append(Finding(rule: HashtagDuplicateRule.id, severity: .warning, start: place.start, end: place.end,
                                            message: "hashtag.near-duplicate", arguments: ["tag": place.text, "other": first]))
                }
            case .generic(let tag, let specific):
                guard specific.isEmpty, let place = entity(tag) else { continue }
                findings.append(Finding(rule: HashtagGenericRule.id, severity: .warning, start: place.start, end: place.end,
                                        message: "hashtag.generic", arguments: ["tag": tag]))
            case .capitalise(let tag, let suggestion):
                // One word with a capital first letter reads the same; advise only where words meet.
                let bare = suggestion.hasPrefix("#") ? String(suggestion.dropFirst()) : suggestion
                let words = bare.filter(\.isUppercase).count
                if let place = entity(tag), words > 1 {
                    let shown = suggestion.hasPrefix("#") ? suggestion : "#" + suggestion
                    findings.append(Finding(rule: HashtagCamelCaseRule.id, severity: .warning, start: place.start, end: place.end,
                                            message: "hashtag.camelcase", arguments: ["tag": tag, "suggestion": shown]))
                }
            case .invalid, .tooMany:
                continue
            }
        }
        return findings.filter { $0.rule == rule }
    }
}

/// `hashtag.invalid`: a `#` a reader takes for a hashtag that the platforms will not link, or will cut short.
public enum HashtagInvalidRule: CheckRule {
    /// The rule id.
    public static let id: RuleID = "hashtag.invalid"
    /// The most serious severity it gives.
    public static let severity = Severity.warning
    /// It looks at the text against its platforms and the plan.
    public static let scope = RuleScope.text
    /// Its messages.
    public static func messageIDs(data: DraftRuleData) -> Set<String> {
        Set(["empty", "digits", "no-letter", "ends", "emoji", "long", "cut"].map { "hashtag.invalid.\($0)" })
    }
    /// Its findings for the text.
    public static func findings(in text: CheckedText, context: CheckContext) -> [Finding] {
        HashtagRules.invalidCandidates(text.text, entities: text.entities)
    }
}

/// `hashtag.count`: more tags than a platform allows (error) or recommends (warning).
public enum HashtagCountRule: CheckRule {
    /// The rule id.
    public static let id: RuleID = "hashtag.count"
    /// The most serious severity it gives.
    public static let severity = Severity.error
    /// It looks at the text against its platforms and the plan.
    public static let scope = RuleScope.text
    /// Its messages.
    public static func messageIDs(data: DraftRuleData) -> Set<String> { ["hashtag.count.max", "hashtag.count.recommended"] }
    /// Its findings for the text.
    public static func findings(in text: CheckedText, context: CheckContext) -> [Finding] {
        HashtagRules.counts(text.hashtags, platforms: context.platforms)
    }
}

/// `hashtag.camelcase`: a tag of several words without capitals where the words meet.
public enum HashtagCamelCaseRule: CheckRule {
    /// The rule id.
    public static let id: RuleID = "hashtag.camelcase"
    /// The most serious severity it gives.
    public static let severity = Severity.warning
    /// It looks at the text against its platforms and the plan.
    public static let scope = RuleScope.text
    /// Its messages.
    public static func messageIDs(data: DraftRuleData) -> Set<String> { ["hashtag.camelcase"] }
    /// Its findings for the text.
    public static func findings(in text: CheckedText, context: CheckContext) -> [Finding] {
        HashtagRules.advice(id, text.hashtags, context: context)
    }
}

/// `hashtag.duplicate`: the same tag twice, whatever the case, or two tags one edit apart.
public enum HashtagDuplicateRule: CheckRule {
    /// The rule id.
    public static let id: RuleID = "hashtag.duplicate"
    /// The most serious severity it gives.
    public static let severity = Severity.warning
    /// It looks at the text against its platforms and the plan.
    public static let scope = RuleScope.text
    /// Its messages.
    public static func messageIDs(data: DraftRuleData) -> Set<String> { ["hashtag.duplicate", "hashtag.near-duplicate"] }
    /// Its findings for the text.
    public static func findings(in text: CheckedText, context: CheckContext) -> [Finding] {
        HashtagRules.advice(id, text.hashtags, context: context)
    }
}

/// `hashtag.generic`: only tags so common that the post drowns in them.
public enum HashtagGenericRule: CheckRule {
    /// The rule id.
    public static let id: RuleID = "hashtag.generic"
    /// The most serious severity it gives.
    public static let severity = Severity.warning
    /// It looks at the text against its platforms and the plan.
    public static let scope = RuleScope.text
    /// Its messages.
    public static func messageIDs(data: DraftRuleData) -> Set<String> { ["hashtag.generic"] }
    /// Its findings for the text.
    public static func findings(in text: CheckedText, context: CheckContext) -> [Finding] {
        HashtagRules.advice(id, text.hashtags, context: context)
    }
}

/// `hashtag.unplanned`: a tag the plan does not know (only with a plan).
public enum HashtagUnplannedRule: CheckRule {
    /// The rule id.
    public static let id: RuleID = "hashtag.unplanned"
    /// The most serious severity it gives.
    public static let severity = Severity.info
    /// It looks at the text against its platforms and the plan.
    public static let scope = RuleScope.text
    /// Its messages.
    public static func messageIDs(data: DraftRuleData) -> Set<String> { ["hashtag.unplanned"] }
    /// Its findings for the text.
    public static func findings(in text: CheckedText, context: CheckContext) -> [Finding] {
        guard let planned = context.plannedKeys else { return [] }
        return text.hashtags.filter { !planned.contains(HashtagValidator.key(for: $0.body)) }.map { tag in
            Finding(rule: id, severity: .info, start: tag.start, end: tag.end, message: "hashtag.unplanned", arguments: ["tag": tag.text])
        }
    }
}
