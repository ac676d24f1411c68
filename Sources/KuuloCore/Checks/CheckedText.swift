/// A text under check, with what the rules share about it, each worked out once per check: its
/// code points and entities, and (for the content rules) the paragraphs with their languages and a
/// cache of base forms.
public final class CheckedText {
    /// The text.
    public let text: String
    /// Its code points.
    public let scalars: [Unicode.Scalar]
    /// Hashtags, mentions and links.
    public let entities: [TextEntity]
    private let context: CheckContext
    private var prepared: DraftText?
    private var lemmaCache: LemmaCache?

    /// Prepares `text` for a check in `context`.
    public init(_ text: String, context: CheckContext) {
        self.text = text
        self.scalars = Array(text.unicodeScalars)
        self.entities = HashtagExtractor().entities(in: text)
        self.context = context
    }

    /// The hashtags, in order.
    var hashtags: [TextEntity] { entities.filter { $0.kind == .hashtag } }

    /// The links, in order.
    var urls: [TextEntity] { entities.filter { $0.kind == .url } }

    /// The text split into paragraphs with a language each (the content rules' language, else detected).
    var draft: DraftText {
        if let prepared { return prepared }
        let made = DraftRules.prepare(text, entities: entities, options: context.content?.options ?? DraftRuleOptions(),
                                      services: context.content?.services ?? .none)
        prepared = made
        return made
    }

    /// Base forms, asked once per distinct word during this check.
    var lemmas: LemmaCache {
        if let lemmaCache { return lemmaCache }
        let made = LemmaCache(context.content?.services.lemmatizers ?? [:])
        lemmaCache = made
        return made
    }
}
