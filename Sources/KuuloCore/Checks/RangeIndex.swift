/// Code-point ranges (which may overlap) sorted once, so asking whether a range overlaps any of them
/// costs a binary search instead of a pass over all of them: the rules ask this once per finding or
/// candidate, and a text with thousands of links or tags would otherwise make the check quadratic.
struct RangeIndex {
    /// The ranges, sorted by lower bound.
    private let ranges: [Range<Int>]
    /// `reach[i]`: the highest upper bound among `ranges[0...i]`.
    private let reach: [Int]

    /// Indexes `ranges`; empty ranges are left out (they overlap nothing).
    init(_ ranges: some Sequence<Range<Int>>) {
        self.ranges = ranges.filter { !$0.isEmpty }.sorted { $0.lowerBound < $1.lowerBound }
        var highest = Int.min
        self.reach = self.ranges.map { range in
            highest = max(highest, range.upperBound)
            return highest
        }
    }

    /// Whether `range` overlaps one of the ranges (an empty `range` overlaps nothing, as with `Range.overlaps`).
    func overlaps(_ range: Range<Int>) -> Bool {
        guard !range.isEmpty else { return false }
        // The ranges that start before `range` ends are a prefix; one of them overlaps when the
        // furthest any of them reaches is past `range`'s start.
        var low = 0
        var high = ranges.count
        while low < high {
            let middle = (low + high) / 2
            if ranges[middle].lowerBound < range.upperBound { low = middle + 1 } else { high = middle }
        }
        return low > 0 && reach[low - 1] > range.lowerBound
    }
}
