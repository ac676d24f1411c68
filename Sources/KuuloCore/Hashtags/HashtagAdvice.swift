/// One finding about a set of hashtags. The app maps each case to a localized message and a severity.
public enum HashtagAdvice: Sendable, Hashable {
    /// How two tags are nearly the same.
    public enum Similarity: Sendable, Hashable {
        /// The same apart from a year written with 4 and with 2 digits (`#vappu2026`, `#vappu26`).
        case yearWrittenDifferently
        /// One character added, removed or changed, on tags of 6 characters or more (`#vappu2025`,
        /// `#vappu2026`; `#kesäjuhla`, `#kesajuhla`).
        case oneEditApart
    }

    /// `tag` is not a working hashtag, for `problem`; it is left out of the other checks.
    case invalid(tag: String, problem: HashtagProblem)
    /// The same tag several times, whatever the case (`#Vappu`, `#vappu`); as written, in order.
    case duplicate(tags: [String])
    /// Two different tags that look like the same one written two ways; as written, in order.
    case nearDuplicate(tag: String, other: String, similarity: Similarity)
    /// A generic tag that drowns among countless posts; pair it with a specific one.
    /// `specificTags` lists the non-generic tags already in the set (empty: suggest adding one).
    case generic(tag: String, specificTags: [String])
    /// `suggestion` capitalises each word of `tag` so screen readers read the words apart.
    case capitalise(tag: String, suggestion: String)
    /// More tags than the channel's `limit` (`count` counts valid tags, repeats included).
    case tooMany(count: Int, limit: Int)
}
