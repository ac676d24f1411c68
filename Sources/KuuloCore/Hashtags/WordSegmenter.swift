/// Splits a run of letters written together into the words a reader would hear, so a hashtag can be
/// capitalised word by word (`#TampereenYlioppilaskunta`). Implemented in the core by
/// `WordListSegmenter` and outside it by language libraries (Voikko for Finnish).
public protocol WordSegmenter: Sendable {
    /// The words of `word` in order, or `nil` when it cannot be split with confidence.
    ///
    /// `word` is lower-case letters only (no digits, `_` or spaces). The returned words, joined,
    /// must give back `word` exactly; a single element means `word` is one word.
    func segment(_ word: String) -> [String]?
}
