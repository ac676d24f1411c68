/// Pure analysis of the hashtags planned for one post: invalid tags, duplicates regardless of case,
/// near-duplicates, generic tags that drown, missing capitalisation and the channel's count limit.
///
/// Word lists and limits are data passed in (the app reads them from Knowledge), not built in.
public struct HashtagAdvisor: Sendable {
    /// Keys of generic tags (`opiskelija`, `student`, …).
    public let genericKeys: Set<String>
    /// The validator used for each tag.
    public let validator: HashtagValidator
    /// Near-duplicates by one edit are only reported when both tags are at least this long.
    public let minimumLengthForEditCheck: Int

    /// Creates an advisor.
    /// - Parameters:
    ///   - genericTags: generic tags, with or without `#`, in any case.
    ///   - validator: validates each tag.
    ///   - minimumLengthForEditCheck: the shortest tag (characters without `#`) compared by edit distance.
    public init(
        genericTags: some Sequence<String> = [String](),
        validator: HashtagValidator = HashtagValidator(),
        minimumLengthForEditCheck: Int = 6
    ) {
        self.genericKeys = Set(genericTags.map { HashtagValidator.key(for: $0) })
        self.validator = validator
        self.minimumLengthForEditCheck = minimumLengthForEditCheck
    }

    /// The kinds of advice `advise` works out; a caller that shows one kind asks only for it.
    public struct Parts: OptionSet, Sendable {
        public let rawValue: Int
        /// Creates a set of parts.
        public init(rawValue: Int) { self.rawValue = rawValue }
        /// Duplicates and near-duplicates.
        public static let duplicates = Parts(rawValue: 1)
        /// Generic tags.
        public static let generic = Parts(rawValue: 2)
        /// Every kind.
        public static let all: Parts = [.duplicates, .generic]
    }

    /// All findings for `tags` (as written, with or without `#`), in this order: invalid tags,
    /// duplicates, near-duplicates, generic tags, capitalisation (only with a `segmenter`), count.
    /// - Parameters:
    ///   - limit: the channel's most hashtags per post, or `nil` for no count check.
    ///   - segmenter: splits tags into words for capitalisation suggestions, or `nil` to skip them.
    ///   - parts: which comparisons to make (invalid tags, capitalisation and the count do not depend on it).
    public func advise(on tags: [String], limit: Int? = nil, segmenter: (any WordSegmenter)? = nil, parts: Parts = .all) -> [HashtagAdvice] {
        var advice: [HashtagAdvice] = []
        var valid: [ValidHashtag] = []
        for tag in tags {
            switch validator.validate(tag) {
            case .valid(let hashtag): valid.append(hashtag)
            case .invalid(let problem): advice.append(.invalid(tag: tag, problem: problem))
            }
        }
        if parts.contains(.duplicates) {
            advice += duplicates(in: valid).map { .duplicate(tags: $0.map(\.written)) }
            advice += nearDuplicates(in: valid).map {
                .nearDuplicate(tag: $0.tag.written, other: $0.other.written, similarity: $0.similarity)
            }
        }
        if parts.contains(.generic) {
            advice += generic(in: valid).map { .generic(tag: $0.tag.written, specificTags: $0.specific.map(\.written)) }
        }
        if let segmenter {
            for hashtag in unique(valid) {
                if let suggestion = HashtagCamelCase.suggest(tag: hashtag.written, segmenter: segmenter) {
                    advice.append(.capitalise(tag: hashtag.written, suggestion: suggestion))
                }
            }
        }
        if let limit, valid.count > limit {
            advice.append(.tooMany(count: valid.count, limit: limit))
        }
        return advice
    }

    // MARK: - Checks

    /// Groups of two or more tags with the same key, in order of first appearance.
    func duplicates(in tags: [ValidHashtag]) -> [[ValidHashtag]] {
        var groups: [String: [ValidHashtag]] = [:]
        var order: [String] = []
        for tag in tags {
            if groups[tag.key] == nil { order.append(tag.key) }
            groups[tag.key, default: []].append(tag)
        }
        return order.compactMap { key in
            guard let group = groups[key], group.count > 1 else { return nil }
            return group
        }
    }

    /// Pairs of different tags that look like one tag written two ways, each pair once, in order.
    ///
    /// Tags are compared through an index, not pair by pair, so the work grows with the number of
    /// tags: a tag is compared only with earlier tags that share its year-normalised key
    /// (`vappu26` for `#vappu2026`) or one of its one-deletion variants (any two tags one edit apart
    /// share one), and with at most `candidatesPerKey` of them per key.
    func nearDuplicates(in tags: [ValidHashtag]) -> [(tag: ValidHashtag, other: ValidHashtag, similarity: HashtagAdvice.Similarity)] {
        let distinct = unique(tags)
        var byKey: [String: [Int]] = [:]
        var pairs: [(first: Int, second: Int, similarity: HashtagAdvice.Similarity)] = []
        for (index, tag) in distinct.enumerated() {
            var compared: Set<Int> = []
            for key in Self.indexKeys(tag.key, editCheck: tag.key.count >= minimumLengthForEditCheck) {
                let earlier = byKey[key, default: []]
                for other in earlier where compared.insert(other).inserted {
                    if let similarity = similarity(distinct[other].key, tag.key) {
                        pairs.append((other, index, similarity))
                    }
                }
                if earlier.count < Self.candidatesPerKey { byKey[key, default: []].append(index) }
            }
        }
        pairs.sort { ($0.first, $0.second) < ($1.first, $1.second) }
        return pairs.map { (distinct[$0.first], distinct[$0.second], $0.similarity) }
    }

    /// How many earlier tags of one index key a tag is compared with: more than a handful sharing a
    /// key only happens on purpose, and the first ones are enough to say the tags repeat.
    static let candidatesPerKey = 16

    /// The keys under which `key` is indexed for near-duplicates: its year-normalised form (marked so
    /// it cannot equal a deletion variant) and, for a tag long enough to be checked by edit distance,
    /// itself and every form with one character left out.
    static func indexKeys(_ key: String, editCheck: Bool) -> Set<String> {
        var keys: Set<String> = ["#" + yearNormalised(key)]
        guard editCheck else { return keys }
        let characters = Array(key)
        keys.insert(key)
        for index in characters.indices {
            var variant = characters
            variant.remove(at: index)
            keys.insert(String(variant))
        }
        return keys
    }

    /// `key` with every four-digit year (`19xx`, `20xx`) written with its last two digits, so
    /// `vappu2026` and `vappu26` share a form.
    static func yearNormalised(_ key: String) -> String {
        digitRuns(key).map { run in
            run.isDigits && run.text.count == 4 && (run.text.hasPrefix("19") || run.text.hasPrefix("20")) ? String(run.text.suffix(2)) : run.text
        }.joined()
    }

    /// Generic tags (first appearance of each) with the specific tags that accompany them.
    func generic(in tags: [ValidHashtag]) -> [(tag: ValidHashtag, specific: [ValidHashtag])] {
        let distinct = unique(tags)
        let specific = distinct.filter { !genericKeys.contains($0.key) }
        return distinct.filter { genericKeys.contains($0.key) }.map { ($0, specific) }
    }

    /// How `a` and `b` (different keys) are nearly the same, if they are.
    public func similarity(_ a: String, _ b: String) -> HashtagAdvice.Similarity? {
        guard a != b else { return nil }
        if Self.differOnlyInYearForm(a, b) { return .yearWrittenDifferently }
        if min(a.count, b.count) >= minimumLengthForEditCheck, EditDistance.between(a, b) == 1 {
            return .oneEditApart
        }
        return nil
    }

    // MARK: - Helpers

    private func unique(_ tags: [ValidHashtag]) -> [ValidHashtag] {
        var seen: Set<String> = []
        return tags.filter { seen.insert($0.key).inserted }
    }

    /// Whether the keys have the same letters and differ only where one writes a year `2026` and the
    /// other `26`.
    static func differOnlyInYearForm(_ a: String, _ b: String) -> Bool {
        let left = digitRuns(a)
        let right = digitRuns(b)
        guard left.count == right.count, left.count > 0 else { return false }
        var differs = false
        for (x, y) in zip(left, right) {
            if x.isDigits != y.isDigits { return false }
            if x.text == y.text { continue }
            guard x.isDigits else { return false }
            let (long, short) = x.text.count > y.text.count ? (x.text, y.text) : (y.text, x.text)
            guard long.count == 4, short.count == 2, long.hasSuffix(short),
                  long.hasPrefix("19") || long.hasPrefix("20") else { return false }
            differs = true
        }
        return differs
    }

    private static func digitRuns(_ key: String) -> [(isDigits: Bool, text: String)] {
        var runs: [(isDigits: Bool, text: String)] = []
        for character in key {
            let isDigit = character.isASCII && character.isNumber
            if let last = runs.last, last.isDigits == isDigit {
                runs[runs.count - 1].text.append(character)
            } else {
                runs.append((isDigit, String(character)))
            }
        }
        return runs
    }
}
