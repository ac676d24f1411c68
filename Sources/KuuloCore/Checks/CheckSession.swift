import Foundation

/// What one text is checked for: its platforms, its language, reply mode, whether the content rules
/// run, and the post's schedule for the whole-post rules.
public struct CheckRequest: Sendable {
    /// The platforms the text is for (none: no platform rules).
    public var platforms: [Platform]
    /// The language of every paragraph, or `nil` to detect it per paragraph.
    public var language: Language?
    /// The language of a paragraph that gives no evidence either way.
    public var fallbackLanguage: Language
    /// Reply mode: tone problems are errors.
    public var replyMode: Bool
    /// Whether the content rules (privacy, tone, spelling, grammar, readability) run.
    public var content: Bool
    /// When and where the post goes out, for `alt-text.missing` and the schedule rules; `nil` skips them.
    public var schedule: DraftSchedule?
    /// The local wall time the text goes out, for `date.passed` (the schedule's time when not given).
    public var publishAt: String?

    /// Creates a request; by default the content rules run and the language is detected.
    public init(platforms: [Platform] = [], language: Language? = nil, fallbackLanguage: Language, replyMode: Bool = false,
                content: Bool = true, schedule: DraftSchedule? = nil, publishAt: String? = nil) {
        self.platforms = platforms
        self.language = language
        self.fallbackLanguage = fallbackLanguage
        self.replyMode = replyMode
        self.content = content
        self.schedule = schedule
        self.publishAt = publishAt ?? schedule?.scheduledAt
    }
}

/// The one place drafts are checked, for the chat and `kuulo check` alike: it holds the word lists and
/// the language services (Voikko, Hunspell: opened once, on the first check that needs them) and
/// builds each check's context from the plan the same way every time.
public final class CheckSession: Sendable {
    /// Sensitive and hostile terms, the social-media vocabulary.
    public let ruleData: DraftRuleData
    /// Tags so common that a post drowns in them.
    public let genericTags: [String]
    /// The schedule rules' thresholds.
    public let scheduleRules: ScheduleRuleData
    /// Month and ordinal words, for dates in the text.
    public let dateWords: DateWords
    /// Word boundaries for CamelCase advice, when available.
    public let segmenter: (any WordSegmenter)?
    private let openServices: (@Sendable () -> LanguageServices)?
    /// The services once opened (the chat may check from more than one task).
    private let opened = OnceValue<LanguageServices>()

    /// Where the generic tags are.
    public static let genericTagsPath = "Knowledge/data/generic-hashtags.yaml"

    /// Creates a session from parsed word lists; `services` opens the language libraries (`nil`: none,
    /// and the content rules are skipped).
    public init(ruleData: DraftRuleData, genericTags: [String] = [], scheduleRules: ScheduleRuleData = .defaults,
                dateWords: DateWords = .digitsOnly, services: (@Sendable () -> LanguageServices)?, segmenter: (any WordSegmenter)?) {
        self.ruleData = ruleData
        self.genericTags = genericTags
        self.scheduleRules = scheduleRules
        self.dateWords = dateWords
        self.openServices = services
        self.segmenter = segmenter
    }

    /// Creates a session reading the word lists from `data` (an organisation's override first).
    public convenience init(data: DataFiles, services: (@Sendable () -> LanguageServices)?, segmenter: (any WordSegmenter)?) {
        self.init(ruleData: DraftRuleData(data: data), genericTags: data.tree(Self.genericTagsPath)?["generic"]?.stringArray ?? [],
                  scheduleRules: ScheduleRuleData(data: data), dateWords: DateWords(data: data), services: services, segmenter: segmenter)
    }

    /// The language services, opened on first use; `nil` when the session has none.
    public var services: LanguageServices? {
        guard let openServices else { return nil }
        return opened.get(openServices)
    }

    /// The content rules' options for a text in `plan`: the organisation's public contacts, the
    /// plan's names and words, and its short name (else its name) as an acronym.
    public func options(plan: JSONValue?, language: Language?, fallbackLanguage: Language, replyMode: Bool) -> DraftRuleOptions {
        DraftRuleOptions(language: language, fallbackLanguage: fallbackLanguage, replyMode: replyMode,
                         publicContacts: PublicContacts(json: plan?["organisation"]?["publicContacts"]),
                         knownWords: CheckContext.knownWords(in: plan), acronyms: CheckContext.organisationAcronyms(in: plan))
    }

    /// The context of one check of a text in `plan`.
    public func context(plan: JSONValue?, request: CheckRequest) -> CheckContext {
        var content: CheckContext.ContentRules?
        if request.content, let services {
            content = CheckContext.ContentRules(
                options: options(plan: plan, language: request.language, fallbackLanguage: request.fallbackLanguage, replyMode: request.replyMode),
                services: services, data: ruleData)
        }
        return CheckContext(platforms: request.platforms, plan: plan, genericTags: genericTags, segmenter: segmenter,
                            content: content, schedule: request.schedule, publishAt: request.publishAt, dateWords: dateWords)
    }

    /// Every finding of the registry's rules for `text` in `plan`.
    public func check(_ text: String, plan: JSONValue?, request: CheckRequest) -> CheckReport {
        DraftChecker().check(text, context: context(plan: plan, request: request))
    }

    /// The findings about the post as a whole (alt text, timing), in registry order.
    public func wholePostFindings(_ schedule: DraftSchedule, plan: JSONValue?) -> [Finding] {
        DraftChecker().scheduleFindings(schedule, plan: plan)
    }
}
