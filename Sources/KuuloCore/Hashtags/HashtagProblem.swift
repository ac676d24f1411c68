/// Why a typed hashtag would not work as intended. The app maps each case to a localized message.
public enum HashtagProblem: Sendable, Hashable {
    /// Nothing after the `#`.
    case empty
    /// Only digits (`#2026`): platforms do not make this a hashtag.
    case digitsOnly
    /// No letter at all, e.g. only `_` and digits (`#1_2`): platforms do not make this a hashtag.
    case noLetter
    /// `character` would end the hashtag there (a hyphen, space, `.`, `!`, `#`, …).
    /// `offset` counts characters (grapheme clusters) from the start of the tag, not counting `#`.
    case endsAt(character: Character, offset: Int)
    /// An emoji at `offset` (counted as in `endsAt`) would end the hashtag and is read aloud by name.
    case emoji(character: Character, offset: Int)
    /// Longer than `limit` characters, too long to read; `length` counts characters without `#`.
    case tooLong(length: Int, limit: Int)
}
