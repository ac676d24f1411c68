import Foundation

/// Strings ordered by their UTF-8 bytes, the order a search snapshot keeps its tables of terms in:
/// comparing bytes with `memcmp` is much cheaper than `String`'s own order, and a table read back is
/// checked and searched in it without decoding or hashing a term.
enum UTF8Order {
    /// `terms` sorted by their UTF-8 bytes.
    static func sorted(_ terms: [String]) -> [String] {
        terms.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    }

    /// Whether every term of `terms` comes before the next by its bytes (so each is there once).
    static func isAscending(_ terms: [String]) -> Bool {
        guard var last = terms.first else { return true }
        for term in terms.dropFirst() {
            var next = term
            let ordered = last.withUTF8 { left in next.withUTF8 { right in compare(left, right) < 0 } }
            guard ordered else { return false }
            last = next
        }
        return true
    }

    /// The index of `term` in `terms` (ascending by bytes), by binary search on the bytes.
    static func position(of term: String, in terms: [String]) -> Int? {
        var needle = term
        return needle.withUTF8 { wanted -> Int? in
            var low = 0, high = terms.count
            while low < high {
                let middle = (low + high) / 2
                var candidate = terms[middle]
                let order = candidate.withUTF8 { compare($0, wanted) }
                if order == 0 { return middle }
                if order < 0 { low = middle + 1 } else { high = middle }
            }
            return nil
        }
    }

    /// The order of two byte strings: negative, zero or positive.
    static func compare(_ left: UnsafeBufferPointer<UInt8>, _ right: UnsafeBufferPointer<UInt8>) -> Int {
        let shared = min(left.count, right.count)
        if shared > 0, let leftStart = left.baseAddress, let rightStart = right.baseAddress {
            let order = memcmp(leftStart, rightStart, shared)
            if order != 0 { return Int(order) }
        }
        return left.count - right.count
    }
}
