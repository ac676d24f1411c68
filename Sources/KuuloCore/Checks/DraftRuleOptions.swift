/// What the draft rules need to know about the situation of a draft, mostly from the plan.
public struct DraftRuleOptions: Sendable {
    /// The language of every paragraph (`--lang`), or `nil` to detect it per paragraph.
    public var language: Language?
    /// The language of a paragraph that gives no evidence either way (the plan's or the user's).
    public var fallbackLanguage: Language
    /// Reply mode (`--reply`, `/reply`): tone problems are errors.
    public var replyMode: Bool
    /// The organisation's own public contact details, which the privacy rules do not flag.
    public var publicContacts: PublicContacts
    /// Names from the plan and the organisation's own word list: not misspellings.
    public var knownWords: [String]
    /// Acronyms allowed in capitals besides those of the vocabulary (the organisation's own: `TREY`).
    public var acronyms: [String]
    /// Words per sentence before `readability.long-sentence`, per language.
    public var longSentenceLimits: [Language: Int]

    /// Creates options; by default the language is detected, Finnish when unclear, not in reply mode.
    public init(language: Language? = nil, fallbackLanguage: Language = .fi, replyMode: Bool = false,
                publicContacts: PublicContacts = .none, knownWords: [String] = [], acronyms: [String] = [],
                longSentenceLimits: [Language: Int] = LongSentenceRule.defaultLimits) {
        self.language = language
        self.fallbackLanguage = fallbackLanguage
        self.replyMode = replyMode
        self.publicContacts = publicContacts
        self.knownWords = knownWords
        self.acronyms = acronyms
        self.longSentenceLimits = longSentenceLimits
    }
}
