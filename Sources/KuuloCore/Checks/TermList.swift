/// Words and phrases in categories, in Finnish and English: the data behind `privacy.sensitive`
/// (`Knowledge/data/sensitive-terms.yaml`) and `tone.hostile` (`Knowledge/data/hostile-terms.yaml`).
///
/// A term is one word or a phrase of words separated by spaces. A Finnish word is a base form
/// (`masennus` also finds `masennukseen`, and a compound ending in it, `uupumusmasennus`) or a form
/// as written (`raskaana`); an English word is matched as written, with a plain plural `-s`, or as a
/// stem when it ends in `*` (`diagnos*`). Both languages' terms are looked for in every paragraph.
public struct TermList: Equatable, Sendable {
    /// One pattern word.
    public struct Word: Equatable, Sendable {
        /// Lower-case text, without the `*`.
        public var text: String
        /// Whether it matches any word that starts with `text`.
        public var isStem: Bool
    }

    /// A term: one word or a phrase.
    public struct Term: Equatable, Sendable {
        /// The term as listed.
        public var written: String
        /// Its words.
        public var words: [Word]

        /// Parses `"masennus"`, `"diagnos*"`, `"odottaa vauva"`.
        public init(_ written: String) {
            self.written = written
            words = written.lowercased().split(whereSeparator: { $0 == " " }).map { part in
                part.hasSuffix("*") ? Word(text: String(part.dropLast()), isStem: true) : Word(text: String(part), isStem: false)
            }.filter { !$0.text.isEmpty }
        }
    }

    /// A category and its terms per language.
    public struct Category: Equatable, Sendable {
        /// Stable id (`health`), used in message ids.
        public var id: String
        /// Terms per language.
        public var terms: [Language: [Term]]

        /// Creates a category.
        public init(id: String, terms: [Language: [String]]) {
            self.id = id
            self.terms = terms.mapValues { $0.map(Term.init).filter { !$0.words.isEmpty } }
        }
    }

    /// The categories in file order.
    public var categories: [Category]
    /// Words that are never flagged, whatever they match (for tuning out false alarms).
    public var ignored: [Language: [Term]]
    /// Words that, right after a term, show that it is about a service or an event rather than a
    /// person: `depression` in "depression awareness week" is not flagged.
    public var genericWhenFollowedBy: [Language: [Term]]

    /// Creates a list.
    public init(categories: [Category], ignored: [Language: [String]] = [:], genericWhenFollowedBy: [Language: [String]] = [:]) {
        self.categories = categories
        self.ignored = ignored.mapValues { $0.map(Term.init) }
        self.genericWhenFollowedBy = genericWhenFollowedBy.mapValues { $0.map(Term.init) }
    }

    /// Reads the data file's tree: `categories` (a list of `{id, fi: [...], en: [...]}`), and optional
    /// `ignore` and `genericWhenFollowedBy` (`{fi: [...], en: [...]}`). Malformed parts are skipped.
    public init(json: JSONValue?) {
        let categories = (json?["categories"]?.arrayValue ?? []).compactMap { raw -> Category? in
            guard let id = raw["id"]?.stringValue else { return nil }
            return Category(id: id, terms: Self.perLanguage(raw))
        }
        self.init(categories: categories, ignored: Self.perLanguage(json?["ignore"]),
                  genericWhenFollowedBy: Self.perLanguage(json?["genericWhenFollowedBy"]))
    }

    /// No terms at all.
    public static let empty = TermList(categories: [])

    private static func perLanguage(_ json: JSONValue?) -> [Language: [String]] {
        var result: [Language: [String]] = [:]
        for language in Language.allCases {
            if let words = json?[language.rawValue]?.stringArray { result[language] = words }
        }
        return result
    }
}
