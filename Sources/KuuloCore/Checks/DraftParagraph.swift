/// A paragraph of a draft with its language, as the language-aware rules take it.
public struct DraftParagraph: Equatable, Sendable {
    /// First code point in the whole text.
    public var start: Int
    /// One past the last code point.
    public var end: Int
    /// The language its words are checked in.
    public var language: Language

    /// Creates a paragraph.
    public init(start: Int, end: Int, language: Language) {
        self.start = start
        self.end = end
        self.language = language
    }

    /// The code-point range `start..<end`.
    public var range: Range<Int> { start..<end }
}
