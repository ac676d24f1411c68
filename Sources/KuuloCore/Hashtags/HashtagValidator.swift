/// Validates one hashtag typed by a user, with or without its leading `#` or `＃`.
///
/// Follows the same character rules as `HashtagExtractor`, so every tag the extractor finds passes
/// (length aside), and a tag that passes is found again when written after a space with a `#`.
public struct HashtagValidator: Sendable {
    /// The default longest tag, in characters without `#`: longer tags are hard to read.
    public static let defaultMaximumLength = 40

    /// The longest tag accepted, in characters (grapheme clusters) without `#`.
    public let maximumLength: Int

    /// Creates a validator that accepts tags of at most `maximumLength` characters.
    public init(maximumLength: Int = HashtagValidator.defaultMaximumLength) {
        self.maximumLength = maximumLength
    }

    /// Validates `input`: surrounding whitespace is ignored, one leading `#`/`＃` is optional.
    /// Reports the first problem found, characters first, then letters, then length.
    public func validate(_ input: String) -> HashtagValidation {
        let name = Self.name(of: input)
        if name.isEmpty { return .invalid(.empty) }
        for (offset, character) in name.enumerated() {
            let fits = character.unicodeScalars.allSatisfy(HashtagCharacterClass.isHashtagAlphanumeric)
            if fits { continue }
            if HashtagCharacterClass.isEmoji(character) {
                return .invalid(.emoji(character: character, offset: offset))
            }
            return .invalid(.endsAt(character: character, offset: offset))
        }
        if !name.unicodeScalars.contains(where: HashtagCharacterClass.isLetter) {
            let digitsOnly = name.unicodeScalars.allSatisfy(HashtagCharacterClass.isDecimalDigit)
            return .invalid(digitsOnly ? .digitsOnly : .noLetter)
        }
        if name.count > maximumLength {
            return .invalid(.tooLong(length: name.count, limit: maximumLength))
        }
        return .valid(ValidHashtag(name: name))
    }

    /// The problem with `input`, or `nil` when it is a valid tag.
    public func problem(with input: String) -> HashtagProblem? {
        validate(input).problem
    }

    /// The case-insensitive key of a tag (with or without `#`) for duplicate detection: `#Vappu` and
    /// `vappu` share the key `vappu`. Swift compares strings by canonical equivalence, so composed and
    /// decomposed `ä` give equal keys.
    public static func key(for tag: String) -> String {
        name(of: tag).lowercased()
    }

    /// `input` without surrounding whitespace and without one leading hash sign. A hash sign that
    /// starts an emoji (`#️⃣`) is kept, so the emoji is reported.
    static func name(of input: String) -> String {
        let trimmed = trimmingWhitespace(input)
        var scalars = Substring(trimmed).unicodeScalars
        if let first = scalars.first, HashtagCharacterClass.isHashSign(first) {
            let second = scalars.dropFirst().first
            if second.map({ HashtagCharacterClass.emojiSequenceScalars.contains($0.value) }) != true {
                scalars = scalars.dropFirst()
            }
        }
        return String(scalars)
    }

    /// `text` without leading and trailing Unicode whitespace.
    static func trimmingWhitespace(_ text: String) -> String {
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        return String(scalars[first...last])
    }
}
