/// The checks of a draft's content — privacy, tone, spelling, grammar, readability — run together:
/// the one entry point for `kuulo check` and the drafting flow.
///
/// Rule ids: `privacy.personal-id`, `privacy.phone`, `privacy.email`, `privacy.iban`,
/// `privacy.sensitive`, `tone.shouting`, `tone.hostile`, `spelling`, `grammar`,
/// `readability.long-sentence`. A missing language library (Voikko, Hunspell) gives an info finding
/// and the other rules still run.
public enum DraftRules {
    /// Every rule id these checks give.
    public static let ruleIDs = [
        PersonalIDRule.id, PhoneRule.id, EmailRule.id, IBANRule.id, SensitiveDataRule.id,
        ShoutingRule.id, HostileToneRule.id, SpellingRule.id, GrammarRule.id, LongSentenceRule.id,
    ]

    /// The findings for `text`, sorted by position (then rule).
    /// - Parameters:
    ///   - text: the draft.
    ///   - options: language, reply mode and the plan's allow-lists.
    ///   - services: the language libraries that are installed.
    ///   - data: the word lists (`DraftRuleData(data:)`).
    public static func check(text: String, options: DraftRuleOptions = DraftRuleOptions(), services: LanguageServices,
                             data: DraftRuleData) -> [Finding] {
        let draft = prepare(text, options: options, services: services)
        let lemmas = LemmaCache(services.lemmatizers)
        var findings = PrivacyRules.check(draft.scalars, entities: draft.entities, contacts: options.publicContacts)
        findings += SensitiveDataRule(terms: data.sensitiveTerms).findings(in: draft, lemmas: lemmas)
        findings += HostileToneRule(terms: data.hostileTerms).findings(in: draft, replyMode: options.replyMode, lemmas: lemmas)
        let acronyms = Array(data.vocabulary.acronyms) + options.acronyms + options.knownWords
        findings += ShoutingRule(acronyms: acronyms).findings(in: draft, replyMode: options.replyMode)
        let spelling = SpellingRule(vocabulary: data.vocabulary, knownWords: options.knownWords)
            .findings(in: draft, spellCheckers: services.spellCheckers, lemmas: lemmas)
        findings += spelling
        let grammar = GrammarRule(vocabulary: data.vocabulary).findings(in: draft, grammarCheckers: services.grammarCheckers)
        let earlier = findings
        findings += grammar.filter { !isSpellingDuplicate($0, of: spelling) && !isShoutingDuplicate($0, of: earlier) }
        findings += LongSentenceRule(limits: options.longSentenceLimits).findings(in: draft)
        return findings.sorted(by: isOrderedBefore)
    }

    /// The draft with a language for each paragraph: `options.language`, or detected.
    public static func prepare(_ text: String, options: DraftRuleOptions, services: LanguageServices) -> DraftText {
        if let language = options.language { return DraftText(text, language: language) }
        let detector = LanguageDetector(spellCheckers: services.spellCheckers)
        let scalars = Array(text.unicodeScalars)
        return DraftText(text) { range in
            detector.detect(ScalarClass.string(scalars, range), fallback: options.fallbackLanguage)
        }
    }

    /// Every message id the rules can give with these word lists: each must have a text in every
    /// `Prompts/checks/*.<lang>.yaml`.
    public static func messageIDs(data: DraftRuleData) -> Set<String> {
        var ids: Set<String> = [
            PersonalIDRule.validMessage, PersonalIDRule.suspectMessage, PhoneRule.message, EmailRule.message,
            IBANRule.validMessage, IBANRule.suspectMessage, ShoutingRule.capitalsMessage, ShoutingRule.punctuationMessage,
            SpellingRule.misspeltMessage, SpellingRule.noSuggestionsMessage, SpellingRule.nameMessage, LongSentenceRule.message,
        ]
        ids.formUnion(Language.allCases.map(SpellingRule.unavailableMessage))
        ids.formUnion(GrammarRule.messageIDs)
        ids.formUnion(data.sensitiveTerms.categories.map { SensitiveDataRule.message(for: $0.id) })
        ids.formUnion(data.hostileTerms.categories.map { HostileToneRule.message(for: $0.id) })
        return ids
    }

    /// Voikko's grammar checker also reports some misspellings; the spelling finding says it better.
    private static func isSpellingDuplicate(_ grammar: Finding, of spelling: [Finding]) -> Bool {
        grammar.message.hasPrefix(GrammarRule.message(code: 1, withSuggestion: false))
            && spelling.contains { $0.start < grammar.end && grammar.start < $0.end }
    }

    /// `!!!` is shouting; Voikko also sees the second `!` as a sentence starting oddly.
    private static func isShoutingDuplicate(_ grammar: Finding, of findings: [Finding]) -> Bool {
        grammar.message.hasPrefix(GrammarRule.message(code: 5, withSuggestion: false))
            && findings.contains { $0.message == ShoutingRule.punctuationMessage && $0.start < grammar.end && grammar.start < $0.end }
    }

    private static func isOrderedBefore(_ lhs: Finding, _ rhs: Finding) -> Bool {
        (lhs.start, lhs.end, lhs.rule, lhs.message) < (rhs.start, rhs.end, rhs.rule, rhs.message)
    }
}
