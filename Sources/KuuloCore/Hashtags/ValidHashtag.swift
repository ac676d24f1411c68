/// A hashtag that passed `HashtagValidator`.
public struct ValidHashtag: Sendable, Hashable {
    /// The tag as written, without `#` (`Vappu2026`).
    public let name: String
    /// The case-insensitive key for duplicate detection (`vappu2026`).
    public let key: String

    /// Wraps a name (without `#`) that `HashtagValidator` has accepted.
    init(name: String) {
        self.name = name
        self.key = HashtagValidator.key(for: name)
    }

    /// The tag with its `#` (`#Vappu2026`).
    public var written: String { "#" + name }
}
