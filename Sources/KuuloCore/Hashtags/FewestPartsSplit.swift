/// The split of a word into the fewest accepted parts, and among equally many the one with longer
/// parts (larger sum of squared lengths; the first found on a tie), by dynamic programming. Shared by
/// the segmenters: over a word list, over a speller (Hunspell), over Voikko.
public enum FewestPartsSplit {
    /// The best split of `characters`, or `nil` when no split into accepted parts covers all of it.
    /// - Parameters:
    ///   - partLengths: the lengths of part that are tried.
    ///   - accepts: whether a part is a word; asked only for parts that could improve the split.
    public static func split(_ characters: [Character], partLengths: ClosedRange<Int>, accepts: (String) -> Bool) -> [String]? {
        let count = characters.count
        guard count >= partLengths.lowerBound, partLengths.lowerBound > 0 else { return nil }
        // best[i]: the best split of the first i characters, as (part count, score, previous cut).
        var best: [(parts: Int, score: Int, cut: Int)?] = Array(repeating: nil, count: count + 1)
        best[0] = (0, 0, 0)
        for end in partLengths.lowerBound...count {
            for start in max(0, end - partLengths.upperBound)...(end - partLengths.lowerBound) {
                guard let before = best[start] else { continue }
                let length = end - start
                let candidate = (parts: before.parts + 1, score: before.score + length * length, cut: start)
                if let current = best[end],
                   candidate.parts > current.parts || (candidate.parts == current.parts && candidate.score <= current.score) {
                    continue
                }
                guard accepts(String(characters[start..<end])) else { continue }
                best[end] = candidate
            }
        }
        guard best[count] != nil else { return nil }
        var parts: [String] = []
        var end = count
        while end > 0, let entry = best[end] {
            parts.append(String(characters[entry.cut..<end]))
            end = entry.cut
        }
        return parts.reversed()
    }
}
