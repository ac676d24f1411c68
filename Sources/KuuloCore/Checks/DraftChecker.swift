import Foundation

/// Everything a draft is checked against besides its text.
public struct CheckContext: Sendable {
    /// The platforms the post is for (none: no platform rules).
    public var platforms: [Platform]
    /// The plan, when there is one (planned tags, allow-lists, signature, cadence).
    public var plan: JSONValue?
    /// Tags so common that a post drowns in them.
    public var genericTags: [String]
    /// Word boundaries for CamelCase advice.
    public var segmenter: (any WordSegmenter)?

    /// Creates a context.
    public init(platforms: [Platform], plan: JSONValue?, genericTags: [String], segmenter: (any WordSegmenter)?) {
        self.platforms = platforms
        self.plan = plan
        self.genericTags = genericTags
        self.segmenter = segmenter
    }

    /// The tag keys the plan knows: its hashtag set, the onboarding ideas and the monitored tags.
    public var plannedKeys: Set<String>? {
        guard let plan else { return nil }
        var keys: Set<String> = []
        for (key, entry) in plan["hashtags"]?["tags"]?.objectValue ?? [:] {
            keys.insert(HashtagValidator.key(for: entry["tag"]?.stringValue ?? key))
        }
        for tag in (plan["hashtags"]?["ideas"]?.stringArray ?? []) + (plan["monitoring"]?["hashtags"]?.stringArray ?? []) {
            keys.insert(HashtagValidator.key(for: tag))
        }
        return keys
    }
}

/// Runs the checks of `kuulo check` on a draft and gathers the report.
public struct DraftChecker: Sendable {
    private let extractor = HashtagExtractor()

    /// Creates a checker.
    public init() {}

    /// The report for `text`: entities, length, and every finding sorted by position.
    public func check(_ text: String, context: CheckContext) -> CheckReport {
        let entities = extractor.entities(in: text)
        let urls = entities.filter { $0.kind == .url }
        var findings = HashtagRules.check(text, entities: entities, context: HashtagRuleContext(
            platforms: context.platforms, plannedKeys: context.plannedKeys, genericTags: context.genericTags, segmenter: context.segmenter))
        findings += LengthRules.check(text, platforms: context.platforms, urls: urls.map(\.range))
        findings.sort { ($0.start, $0.end, $0.rule) < ($1.start, $1.end, $1.rule) }
        return CheckReport(
            hashtags: entities.filter { $0.kind == .hashtag }.map(\.body),
            mentions: entities.filter { $0.kind == .mention }.map(\.body),
            urls: urls.map(\.text),
            graphemes: text.count,
            utf16: text.utf16.count,
            findings: findings
        )
    }
}
