/// The word lists the draft rules run on, parsed from the data files.
public struct DraftRuleData: Equatable, Sendable {
    /// Where the sensitive terms are.
    public static let sensitiveTermsPath = "Knowledge/data/sensitive-terms.yaml"
    /// Where the hostile terms are.
    public static let hostileTermsPath = "Knowledge/data/hostile-terms.yaml"
    /// Where the social-media vocabulary is.
    public static let vocabularyPath = "Knowledge/data/social-media-vocabulary.yaml"

    /// Special categories of personal data, for `privacy.sensitive`.
    public var sensitiveTerms: TermList
    /// Insults and provocations, for `tone.hostile`.
    public var hostileTerms: TermList
    /// Social-media words, abbreviations and acronyms, for `spelling`, `grammar` and `tone.shouting`.
    public var vocabulary: SocialMediaVocabulary

    /// Creates the data from parsed lists.
    public init(sensitiveTerms: TermList = .empty, hostileTerms: TermList = .empty, vocabulary: SocialMediaVocabulary = .empty) {
        self.sensitiveTerms = sensitiveTerms
        self.hostileTerms = hostileTerms
        self.vocabulary = vocabulary
    }

    /// Reads the three files (an organisation's override first); a missing or broken file gives an
    /// empty list, and `data.warnings` says why.
    public init(data: DataFiles) {
        self.init(sensitiveTerms: TermList(json: data.tree(Self.sensitiveTermsPath)),
                  hostileTerms: TermList(json: data.tree(Self.hostileTermsPath)),
                  vocabulary: SocialMediaVocabulary(json: data.tree(Self.vocabularyPath)))
    }

    /// No word lists.
    public static let empty = DraftRuleData()
}
