import Foundation

/// What members talked about, for the board: the words (base forms) that come up in more than one
/// entry, with how many entries mention each and a quote or two; and how many entries of each kind.
public struct ListeningDigest: Equatable, Sendable {
    /// One topic.
    public struct Topic: Equatable, Sendable {
        /// The word, in base form.
        public var word: String
        /// How many entries mention it.
        public var count: Int
        /// Up to two entries that mention it, as quotes.
        public var quotes: [String]
    }

    /// The entries covered.
    public var entries: Int
    /// How many entries have each kind as their main kind.
    public var kinds: [(kind: MemberMessageKind, count: Int)]
    /// Of those, how many have been answered, by main kind.
    public var answered: [MemberMessageKind: Int]
    /// The topics, most mentioned first (at most ten).
    public var topics: [Topic]
    /// First and last day covered.
    public var from: String?
    public var to: String?

    public static func == (lhs: ListeningDigest, rhs: ListeningDigest) -> Bool {
        lhs.entries == rhs.entries && lhs.topics == rhs.topics && lhs.from == rhs.from && lhs.to == rhs.to
            && lhs.kinds.map(\.kind) == rhs.kinds.map(\.kind) && lhs.kinds.map(\.count) == rhs.kinds.map(\.count) && lhs.answered == rhs.answered
    }

    /// The digest of `log` from `from` to `to` (inclusive `YYYY-MM-DD`), with `baseForm` giving a word's
    /// base form (Voikko for Finnish; the word itself where none is known) and `ignored` the words that say little.
    public init(log: ListeningLog, from: String? = nil, to: String? = nil, baseForm: (String) -> String, ignored: Set<String>) {
        let chosen = log.entries.filter { entry in
            let day = String(entry.at.prefix(10))
            return (from.map { day >= $0 } ?? true) && (to.map { day <= $0 } ?? true)
        }
        entries = chosen.count
        self.from = from ?? chosen.first.map { String($0.at.prefix(10)) }
        self.to = to ?? chosen.last.map { String($0.at.prefix(10)) }
        var counts: [MemberMessageKind: Int] = [:]
        var answered: [MemberMessageKind: Int] = [:]
        for entry in chosen {
            counts[entry.kinds.first ?? .other, default: 0] += 1
            if entry.answered { answered[entry.kinds.first ?? .other, default: 0] += 1 }
        }
        self.answered = answered
        kinds = MemberMessageKind.allCases.compactMap { kind in counts[kind].map { (kind, $0) } }
        var mentions: [String: [ListeningEntry]] = [:]
        for entry in chosen {
            let words = Set(MemberMessageClassifier.sentences(entry.text).flatMap { $0 }
                .filter { $0.count > 2 && $0.allSatisfy(\.isLetter) }.map { baseForm($0).lowercased() }
                .filter { !ignored.contains($0) && $0.count > 2 })
            for word in words { mentions[word, default: []].append(entry) }
        }
        topics = mentions.filter { $0.value.count > 1 }
            // What needs privacy action is counted but never quoted: the digest goes to the board.
            .map { Topic(word: $0.key, count: $0.value.count, quotes: $0.value.filter { !$0.kinds.contains(.privacy) }.prefix(2).map(\.text)) }
            .sorted { ($1.count, $0.word) < ($0.count, $1.word) }
            .prefix(10).map { $0 }
    }

    /// As JSON: `entries`, `from`, `to`, `kinds {kind: count}`, `answered {kind: count}`, `topics[] {word, count, quotes[]}`.
    public var json: JSONValue {
        .object([
            "entries": .int(entries), "from": from.map(JSONValue.string) ?? .null, "to": to.map(JSONValue.string) ?? .null,
            "kinds": .object(Dictionary(uniqueKeysWithValues: kinds.map { ($0.kind.rawValue, JSONValue.int($0.count)) })),
            "answered": .object(Dictionary(uniqueKeysWithValues: answered.map { ($0.key.rawValue, JSONValue.int($0.value)) })),
            "topics": .array(topics.map { .object(["word": .string($0.word), "count": .int($0.count), "quotes": .array($0.quotes.map(JSONValue.string))]) }),
        ])
    }
}

/// How the digest reads words: the lemmatizer that gives base forms (Voikko for Finnish; none: the
/// words as written) and the words that say little (`Prompts/stopwords.yaml`).
public struct DigestWords: Sendable {
    /// Gives base forms; `nil` reads words as written.
    public var lemmatizer: (any Lemmatizer)?
    /// Words left out of the topics.
    public var ignored: Set<String>

    /// The words of a digest.
    public init(lemmatizer: (any Lemmatizer)?, ignored: Set<String>) {
        self.lemmatizer = lemmatizer
        self.ignored = ignored
    }

    /// The base form of `word`: the lemmatizer's most likely one, or the word itself.
    func baseForm(_ word: String) -> String {
        lemmatizer?.baseForms(word).first ?? word
    }
}

extension ListeningDigest {
    /// The digest of `log` from `from` to `to` with `words`' base forms and ignored words.
    public init(log: ListeningLog, from: String? = nil, to: String? = nil, words: DigestWords) {
        self.init(log: log, from: from, to: to, baseForm: words.baseForm, ignored: words.ignored)
    }
}
