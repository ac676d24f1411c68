/// Asks several segmenters in turn (e.g. Finnish, then English) and takes the first answer.
public struct ChainedWordSegmenter: WordSegmenter {
    /// The segmenters, in the order they are asked.
    public let segmenters: [any WordSegmenter]

    /// Creates a chain that asks `segmenters` in order.
    public init(_ segmenters: [any WordSegmenter]) {
        self.segmenters = segmenters
    }

    /// The first non-`nil` answer whose words join back to `word`.
    public func segment(_ word: String) -> [String]? {
        for segmenter in segmenters {
            if let words = segmenter.segment(word), words.joined() == word { return words }
        }
        return nil
    }
}
