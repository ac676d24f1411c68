/// A set of terms kept as a sorted array and searched by halving: as cheap to read from a search
/// snapshot as an array (no hashing of every term on load) and quick enough for the few look-ups a
/// question makes (which passage of a section contains its words).
struct SortedTerms: Sendable, Equatable {
    /// The terms, ascending, each once.
    let terms: [String]

    /// The terms of `set`.
    init(_ set: Set<String>) {
        self.terms = set.sorted()
    }

    /// Terms already ascending and each once (as `init(_:)` keeps them, read back from a snapshot).
    /// - Returns: `nil` when they are not.
    init?(sorted terms: [String]) {
        for index in terms.indices.dropFirst() where !(terms[index - 1] < terms[index]) {
            return nil
        }
        self.terms = terms
    }

    /// Whether `term` is one of the terms.
    func contains(_ term: String) -> Bool {
        var low = 0
        var high = terms.count
        while low < high {
            let middle = (low + high) / 2
            if terms[middle] < term {
                low = middle + 1
            } else {
                high = middle
            }
        }
        return low < terms.count && terms[low] == term
    }
}
