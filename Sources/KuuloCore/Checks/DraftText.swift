/// A draft prepared for the rules: its code points, its hashtags, mentions and links, its e-mail
/// addresses, and its paragraphs with their languages.
public struct DraftText: Sendable {
    /// The text.
    public let text: String
    /// Its code points.
    public let scalars: [Unicode.Scalar]
    /// Hashtags, mentions and links.
    public let entities: [TextEntity]
    /// Ranges of e-mail addresses.
    public let emails: [Range<Int>]
    /// The paragraphs.
    public let paragraphs: [DraftParagraph]
    /// Entities and e-mail addresses, sorted by start: words inside them are not words.
    private let blocked: [Range<Int>]
    /// The words of each paragraph once a rule has asked: every content rule walks the same words.
    private let wordCache = Memo<Range<Int>, [WordToken]>()

    /// Prepares `text`; every paragraph gets `language` (see `LanguageDetector` for mixed drafts).
    public init(_ text: String, language: Language) {
        self.init(text, languages: { _ in language })
    }

    /// Prepares `text`, asking `languages` for the language of each paragraph's code-point range.
    public init(_ text: String, languages: (Range<Int>) -> Language) {
        self.init(text, entities: nil, languages: languages)
    }

    /// Prepares `text` whose hashtags, mentions and links are already known (`nil`: find them).
    init(_ text: String, entities known: [TextEntity]?, languages: (Range<Int>) -> Language) {
        self.text = text
        scalars = Array(text.unicodeScalars)
        entities = known ?? HashtagExtractor().entities(in: text)
        emails = EmailAddress.scan(scalars).map { $0.start..<$0.end }
        blocked = (entities.map(\.range) + emails).sorted { $0.lowerBound < $1.lowerBound }
        paragraphs = ParagraphSplitter.paragraphs(in: scalars).map { DraftParagraph(start: $0.lowerBound, end: $0.upperBound, language: languages($0)) }
    }

    /// The words of `paragraph` that are not part of a hashtag, mention, link or e-mail address.
    public func words(of paragraph: DraftParagraph) -> [WordToken] {
        wordCache.value(paragraph.range) { words(in: paragraph.range) }
    }

    /// The words of `range` that are not part of a hashtag, mention, link or e-mail address.
    public func words(in range: Range<Int>) -> [WordToken] {
        var next = 0
        return WordTokenizer.words(in: scalars, range: range).filter { word in
            while next < blocked.count, blocked[next].upperBound <= word.start { next += 1 }
            var index = next
            while index < blocked.count, blocked[index].lowerBound < word.end {
                if blocked[index].overlaps(word.range) { return false }
                index += 1
            }
            return true
        }
    }

    /// The string of a code-point range.
    public func string(_ range: Range<Int>) -> String {
        ScalarClass.string(scalars, range)
    }
}
