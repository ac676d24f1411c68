/// The content rules of a draft — privacy, tone, spelling, grammar, readability (the registry's
/// `RuleScope.content`) — run on their own, with language detection per paragraph.
///
/// A missing language library (Voikko, Hunspell) gives an info finding and the other rules still run.
public enum DraftRules {
    /// Every rule id these checks give, in registry order.
    public static var ruleIDs: [RuleID] { RuleRegistry.rules(.content).map { $0.id } }

    /// The findings for `text`, sorted by position (then rule, then message).
    /// - Parameters:
    ///   - text: the draft.
    ///   - options: language, reply mode and the plan's allow-lists.
    ///   - services: the language libraries that are installed.
    ///   - data: the word lists (`DraftRuleData(data:)`).
    public static func check(text: String, options: DraftRuleOptions = DraftRuleOptions(), services: LanguageServices,
                             data: DraftRuleData) -> [Finding] {
        let context = CheckContext(platforms: [], plan: nil, genericTags: [], segmenter: nil,
                                   content: CheckContext.ContentRules(options: options, services: services, data: data))
        return findings(in: CheckedText(text, context: context), context: context)
    }

    /// The content findings for a prepared text, sorted by position (then rule, then message).
    static func findings(in text: CheckedText, context: CheckContext) -> [Finding] {
        RuleRegistry.findings(.content, in: text, context: context).sorted {
            ($0.start, $0.end, $0.rule, $0.message) < ($1.start, $1.end, $1.rule, $1.message)
        }
    }

    /// The draft with a language for each paragraph: `options.language`, or detected.
    public static func prepare(_ text: String, options: DraftRuleOptions, services: LanguageServices) -> DraftText {
        prepare(text, entities: nil, options: options, services: services)
    }

    /// The draft with a language for each paragraph, its entities already found (`nil`: find them).
    static func prepare(_ text: String, entities: [TextEntity]?, options: DraftRuleOptions, services: LanguageServices) -> DraftText {
        if let language = options.language { return DraftText(text, entities: entities) { _ in language } }
        let detector = LanguageDetector(spellCheckers: services.spellCheckers)
        let scalars = Array(text.unicodeScalars)
        return DraftText(text, entities: entities) { range in
            detector.detect(ScalarClass.string(scalars, range), fallback: options.fallbackLanguage)
        }
    }

    /// Every message id the content rules can give with these word lists: each must have a text in
    /// every `Prompts/checks/*.<lang>.yaml`.
    public static func messageIDs(data: DraftRuleData) -> Set<String> {
        RuleRegistry.messageIDs(data: data, scopes: [.content])
    }
}
