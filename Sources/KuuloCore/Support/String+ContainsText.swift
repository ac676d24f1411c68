import Foundation

extension String {
    /// Whether `text` occurs in this string, compared as UTF-8 bytes; an empty `text` occurs nowhere.
    /// For texts in one normal form (the search tokenizer composes what it reads, the data files are
    /// composed) this is what `contains(_:)` with a string argument answers, which on Linux is
    /// Foundation's `NSString` search: ~7,000 instructions a call, against a few dozen here.
    func containsText(_ text: String) -> Bool {
        var haystack = self, needle = text
        return haystack.withUTF8 { outer in
            needle.withUTF8 { inner in
                guard let first = inner.first, inner.count <= outer.count,
                      let outerStart = outer.baseAddress, let innerStart = inner.baseAddress else { return false }
                for start in 0...(outer.count - inner.count) where outer[start] == first {
                    if memcmp(outerStart + start, innerStart, inner.count) == 0 { return true }
                }
                return false
            }
        }
    }
}
