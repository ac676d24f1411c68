import Foundation

/// Edit distance with transpositions (optimal string alignment): insertions, deletions, substitutions
/// and swaps of two neighbours each cost 1. `/hlep` is one edit from `/help`; `hashatg` one from
/// `hashtag`. Used for "did you mean" suggestions, ranking a speller's suggestions and matching
/// misspelt search words.
public enum EditDistance {
    /// The distance between `a` and `b` in characters; with `limit`, `limit + 1` as soon as it must
    /// exceed `limit`.
    public static func between(_ a: String, _ b: String, limit: Int? = nil) -> Int {
        between(Array(a), Array(b), limit: limit)
    }

    /// The distance between two sequences (characters, Unicode scalars); with `limit`, `limit + 1` as
    /// soon as it must exceed `limit`.
    ///
    /// With a limit only the band of cells within `limit` of the diagonal is computed (a path
    /// outside it costs more than `limit`), so a search over many candidates with a small limit
    /// costs little per candidate.
    public static func between<Element: Equatable>(_ a: [Element], _ b: [Element], limit: Int? = nil) -> Int {
        let (n, m) = (a.count, b.count)
        let band = limit.map { max(0, $0) } ?? max(n, m)
        // Any value at or above `cap` stands for "more than the limit".
        let cap = band + 1
        if abs(n - m) > band { return cap }
        if n == 0 || m == 0 { return max(n, m) }
        var previousPrevious = [Int](repeating: cap, count: m + 1)
        var previous = [Int](repeating: cap, count: m + 1)
        for j in 0...min(m, band) { previous[j] = j }
        var current = [Int](repeating: cap, count: m + 1)
        for i in 1...n {
            let low = max(1, i - band)
            let high = min(m, i + band)
            current[0] = i <= band ? i : cap
            current[low - 1] = low == 1 ? current[0] : cap
            var rowMinimum = current[low - 1]
            if low <= high {
                for j in low...high {
                    let cost = a[i - 1] == b[j - 1] ? 0 : 1
                    var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                    if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                        value = min(value, previousPrevious[j - 2] + 1)
                    }
                    current[j] = min(value, cap)
                    rowMinimum = min(rowMinimum, current[j])
                }
            }
            if high < m { current[high + 1] = cap }
            if rowMinimum >= cap { return cap }
            (previousPrevious, previous, current) = (previous, current, previousPrevious)
        }
        return min(previous[m], cap)
    }

    /// The closest candidate within a distance that scales with length, or `nil`.
    public static func closest(to word: String, in candidates: [String]) -> String? {
        let limit = max(1, min(3, word.count / 3))
        let scored = candidates.map { ($0, between(word.lowercased(), $0.lowercased(), limit: limit)) }
        guard let best = scored.min(by: { $0.1 < $1.1 || ($0.1 == $1.1 && $0.0 < $1.0) }), best.1 <= limit else { return nil }
        return best.0
    }
}
