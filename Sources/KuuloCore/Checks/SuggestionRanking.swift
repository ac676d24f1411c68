/// Puts a speller's closest suggestions first: Voikko offers `Tervetukkoa` before `Tervetuloa` for
/// `Tervetulloa`, though the second is one edit away and the first two.
enum SuggestionRanking {
    /// `suggestions` ordered by edit distance to `word` (case-insensitive); equally close ones keep
    /// the speller's order.
    static func ranked(_ suggestions: [String], for word: String) -> [String] {
        let key = word.lowercased()
        return suggestions.enumerated()
            .map { (offset: $0.offset, text: $0.element, distance: EditDistance.between(key, $0.element.lowercased())) }
            .sorted { ($0.distance, $0.offset) < ($1.distance, $1.offset) }
            .map(\.text)
    }
}
