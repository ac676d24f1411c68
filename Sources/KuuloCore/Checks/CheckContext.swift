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
    /// The content rules (privacy, tone, spelling, grammar, readability) and their word lists; `nil`
    /// runs only the hashtag and length rules.
    public var content: ContentRules?
    /// When and where the post goes out and what media it has; `nil` skips the schedule rules and
    /// `alt-text.missing`.
    public var schedule: DraftSchedule?
    /// The local wall time the text goes out (`2026-12-01T18:00`), for `date.passed`; `nil` skips it.
    public var publishAt: String?
    /// Month and ordinal words for dates in the text.
    public var dateWords: DateWords

    /// What the content rules need.
    public struct ContentRules: Sendable {
        /// Language, reply mode and allow-lists.
        public var options: DraftRuleOptions
        /// Voikko, Hunspell: whatever is installed.
        public var services: LanguageServices
        /// Sensitive and hostile terms, the social-media vocabulary.
        public var data: DraftRuleData

        /// Creates the rule set up.
        public init(options: DraftRuleOptions, services: LanguageServices, data: DraftRuleData) {
            self.options = options
            self.services = services
            self.data = data
        }
    }

    /// Creates a context.
    public init(platforms: [Platform], plan: JSONValue?, genericTags: [String], segmenter: (any WordSegmenter)?, content: ContentRules? = nil,
                schedule: DraftSchedule? = nil, publishAt: String? = nil, dateWords: DateWords = .digitsOnly) {
        self.platforms = platforms
        self.plan = plan
        self.genericTags = genericTags
        self.segmenter = segmenter
        self.content = content
        self.schedule = schedule
        self.publishAt = publishAt
        self.dateWords = dateWords
    }

    /// Words from the plan that are not misspellings: the organisation's names, the trustees' names,
    /// hashtags and the plan's own word list.
    public static func knownWords(in plan: JSONValue?) -> [String] {
        guard let plan else { return [] }
        var words: [String] = []
        let organisation = plan["organisation"]
        for key in ["name", "shortName"] {
            if let text = organisation?[key]?.stringValue { words += text.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init) }
        }
        for trustee in (plan["trustees"]?.objectValue ?? [:]).values {
            if let name = trustee["name"]?.stringValue { words += name.split(separator: " ").map(String.init) }
        }
        // Channel names the trustee wrote (a custom channel, a venue's noticeboard).
        for entry in (plan["channels"]?.objectValue ?? [:]).values {
            if let name = entry["name"]?.stringValue { words += name.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init) }
        }
        for entry in (plan["hashtags"]?["tags"]?.objectValue ?? [:]).values {
            if let tag = entry["tag"]?.stringValue { words.append(tag) }
        }
        words += plan["wordList"]?.stringArray ?? []
        return words
    }

    /// The organisation's own name allowed in capitals: its short name, else its name.
    public static func organisationAcronyms(in plan: JSONValue?) -> [String] {
        for key in ["shortName", "name"] {
            if let text = plan?["organisation"]?[key]?.stringValue, !text.isEmpty { return [text] }
        }
        return []
    }

    /// The tag keys the plan knows: its hashtag set, the onboarding ideas and the monitored tags;
    /// `nil` without a plan or while the plan has chosen no tag yet (every tag would be "unplanned",
    /// including the ones Kuulo itself suggested from the organisation's name).
    public var plannedKeys: Set<String>? {
        guard let plan else { return nil }
        var keys: Set<String> = []
        for (key, entry) in plan["hashtags"]?["tags"]?.objectValue ?? [:] {
            keys.insert(HashtagValidator.key(for: entry["tag"]?.stringValue ?? key))
        }
        for tag in (plan["hashtags"]?["ideas"]?.stringArray ?? []) + (plan["monitoring"]?["hashtags"]?.stringArray ?? []) {
            keys.insert(HashtagValidator.key(for: tag))
        }
        return keys.isEmpty ? nil : keys
    }
}
