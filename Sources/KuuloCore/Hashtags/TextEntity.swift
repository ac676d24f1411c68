/// A hashtag, @mention or link found in a text, with its place in the text.
///
/// Offsets count Unicode scalars (code points) from 0, as `kuulo check --format json` reports
/// `start` and `end`: `start` is the first scalar of the entity (the `#` or `@` sign included) and
/// `end` is one past the last.
public struct TextEntity: Sendable, Hashable {
    /// What was found.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// A hashtag such as `#Vappu2026`.
        case hashtag
        /// A mention such as `@tyy.fi`.
        case mention
        /// A link such as `https://tyy.fi/vappu` or `tyy.fi`.
        case url
    }

    /// What was found.
    public let kind: Kind
    /// The entity exactly as written, sign included (`#Vappu`, `＃ハッシュ`, `@tyy`, `tyy.fi/vappu`).
    public let text: String
    /// The entity without its `#`/`＃` or `@`/`＠` sign; for links the same as `text`.
    public let body: String
    /// Offset of the first code point, counted from 0.
    public let start: Int
    /// Offset one past the last code point.
    public let end: Int

    /// Creates an entity; `body` defaults to `text` without its first scalar for hashtags and mentions.
    public init(kind: Kind, text: String, body: String? = nil, start: Int, end: Int) {
        self.kind = kind
        self.text = text
        if let body {
            self.body = body
        } else if kind == .url {
            self.body = text
        } else {
            self.body = String(String.UnicodeScalarView(text.unicodeScalars.dropFirst()))
        }
        self.start = start
        self.end = end
    }

    /// The code-point range `start..<end`.
    public var range: Range<Int> { start..<end }
}
