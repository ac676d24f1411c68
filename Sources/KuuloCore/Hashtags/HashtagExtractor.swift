/// Finds hashtags, @mentions and links in a text, following twitter-text's extraction rules.
///
/// A hashtag starts with `#` or `＃` that does not directly follow a letter, digit, mark, `_`, a
/// hashtag joiner or `&` (so `abc#def` and `&#39;` are not tags) and is not directly followed by
/// U+FE0F or U+20E3 (so the keycap emoji `#️⃣` is not a tag). Its body is the longest run of letters,
/// combining marks, decimal digits, `_` and the joiners listed in `HashtagCharacterClass`, and must
/// hold a letter (`#2026` is not a tag, `#1st` is). A candidate directly followed by another hash
/// sign or by `://` is dropped whole, and a hashtag inside a link (`https://x.fi/#osio`) is not one.
/// Text is kept exactly as written; offsets count code points.
public struct HashtagExtractor: Sendable {
    /// Top-level domains that make a bare domain such as `tyy.fi` a link when it has no `http://`.
    public static let defaultBareDomainTopLevelDomains: Set<String> = [
        "fi", "ax", "se", "no", "dk", "ee", "is", "de", "eu", "uk",
        "com", "org", "net", "edu", "gov", "info", "io", "me", "app", "dev", "co", "tv", "ly", "fm",
    ]

    /// The longest @handle recognised (Instagram allows 30 characters).
    public static let defaultMaximumMentionLength = 30

    private let urlScanner: URLScanner
    private let mentionScanner: MentionScanner

    /// Creates an extractor.
    /// - Parameters:
    ///   - bareDomainTopLevelDomains: lower-case top-level domains that make `name.tld` a link without
    ///     `http://` or `www.` (links with a scheme or `www.` may use any top-level domain).
    ///   - maximumMentionLength: the longest @handle that counts as a mention.
    public init(
        bareDomainTopLevelDomains: Set<String> = HashtagExtractor.defaultBareDomainTopLevelDomains,
        maximumMentionLength: Int = HashtagExtractor.defaultMaximumMentionLength
    ) {
        urlScanner = URLScanner(bareDomainTopLevelDomains: Set(bareDomainTopLevelDomains.map { $0.lowercased() }))
        mentionScanner = MentionScanner(maximumLength: maximumMentionLength)
    }

    /// The hashtags in `text`, in order, leaving out those inside links.
    public func hashtags(in text: String) -> [TextEntity] {
        let scalars = Array(text.unicodeScalars)
        let candidates = Self.hashtagCandidates(scalars)
        guard !candidates.isEmpty else { return [] }
        return Self.removingOverlaps(candidates + urlScanner.scan(scalars)).filter { $0.kind == .hashtag }
    }

    /// The @mentions in `text`, in order, leaving out those inside links.
    public func mentions(in text: String) -> [TextEntity] {
        let scalars = Array(text.unicodeScalars)
        let candidates = mentionScanner.scan(scalars)
        guard !candidates.isEmpty else { return [] }
        return Self.removingOverlaps(candidates + urlScanner.scan(scalars)).filter { $0.kind == .mention }
    }

    /// The links in `text`, in order.
    public func urls(in text: String) -> [TextEntity] {
        urlScanner.scan(Array(text.unicodeScalars))
    }

    /// Hashtags, mentions and links in `text`, in order of position, without overlaps: where two
    /// overlap, the one that starts first wins (as in twitter-text).
    public func entities(in text: String) -> [TextEntity] {
        let scalars = Array(text.unicodeScalars)
        let all = urlScanner.scan(scalars) + mentionScanner.scan(scalars) + Self.hashtagCandidates(scalars)
        return Self.removingOverlaps(all)
    }

    // MARK: - Hashtags

    private static func hashtagCandidates(_ scalars: [Unicode.Scalar]) -> [TextEntity] {
        var result: [TextEntity] = []
        var index = 0
        while index < scalars.count {
            guard HashtagCharacterClass.isHashSign(scalars[index]) else {
                index += 1
                continue
            }
            if index > 0, !isHashtagBoundary(scalars[index - 1]) {
                index += 1
                continue
            }
            let bodyStart = index + 1
            if bodyStart < scalars.count, HashtagCharacterClass.emojiSequenceScalars.contains(scalars[bodyStart].value) {
                index += 1
                continue
            }
            var end = bodyStart
            var hasLetter = false
            while end < scalars.count, HashtagCharacterClass.isHashtagAlphanumeric(scalars[end]) {
                if HashtagCharacterClass.isLetter(scalars[end]) { hasLetter = true }
                end += 1
            }
            guard hasLetter else {
                index += 1
                continue
            }
            if !isFollowedByHashOrScheme(scalars, at: end) {
                let text = String(String.UnicodeScalarView(scalars[index..<end]))
                result.append(TextEntity(kind: .hashtag, text: text, start: index, end: end))
            }
            index = end
        }
        return result
    }

    /// Whether a hash sign may start a hashtag after `previous` (twitter-text's `hashtagBoundary`).
    private static func isHashtagBoundary(_ previous: Unicode.Scalar) -> Bool {
        if HashtagCharacterClass.emojiSequenceScalars.contains(previous.value) { return true }
        return !HashtagCharacterClass.isHashtagAlphanumeric(previous) && previous != "&"
    }

    /// twitter-text's `endHashtagMatch`: another hash sign or `://` right after the body.
    private static func isFollowedByHashOrScheme(_ scalars: [Unicode.Scalar], at end: Int) -> Bool {
        guard end < scalars.count else { return false }
        if HashtagCharacterClass.isHashSign(scalars[end]) { return true }
        return end + 2 < scalars.count && scalars[end] == ":" && scalars[end + 1] == "/" && scalars[end + 2] == "/"
    }

    // MARK: - Overlaps

    /// Sorts by start and drops every entity that overlaps the one kept before it.
    private static func removingOverlaps(_ entities: [TextEntity]) -> [TextEntity] {
        let sorted = entities.sorted { ($0.start, $0.end) < ($1.start, $1.end) }
        var kept: [TextEntity] = []
        for entity in sorted {
            if let last = kept.last, last.end > entity.start { continue }
            kept.append(entity)
        }
        return kept
    }
}
