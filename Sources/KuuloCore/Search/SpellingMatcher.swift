import Foundation

/// Finds the words of a lexicon that a misspelt or unusually spelt word probably means: `hästägi` →
/// `häshtägi`, `hashatg` → `hashtag`, `instagarm` → `instagram`. It is the last resort for a question
/// word that matches nothing in the index, so it never overrides a word that is found as typed.
///
/// Distance is the optimal string alignment distance (`EditDistance`: insertions, deletions,
/// substitutions and swaps of two neighbouring letters, each 1). Words shorter than `minimumLength`
/// letters are not matched; up to `longWordLength` letters one edit is allowed, from there on two. The
/// first letter must be right (people rarely mistype it, and it keeps the search short). Only the lexicon words at the
/// smallest distance found are returned.
struct SpellingMatcher: Sendable {
    /// Words shorter than this are never matched.
    let minimumLength: Int
    /// Words at least this long may be two edits away; shorter ones one.
    let longWordLength: Int
    /// Lexicon words (as Unicode scalars) by first letter and length.
    private let words: [Unicode.Scalar: [Int: [[Unicode.Scalar]]]]

    /// Creates a matcher over `lexicon` (words containing anything but letters are left out).
    init(lexicon: Set<String>, minimumLength: Int = 5, longWordLength: Int = 8) {
        self.minimumLength = minimumLength
        self.longWordLength = longWordLength
        var words: [Unicode.Scalar: [Int: [[Unicode.Scalar]]]] = [:]
        for word in lexicon.sorted() where word.count >= minimumLength - 1 && word.allSatisfy(\.isLetter) {
            let scalars = Array(word.precomposedStringWithCanonicalMapping.unicodeScalars)
            guard let first = scalars.first else { continue }
            words[first, default: [:]][scalars.count, default: []].append(scalars)
        }
        self.words = words
    }

    /// The lexicon words closest to `word`, or an empty array when none is within reach.
    func matches(for word: String) -> [String] {
        let letters = Array(word.precomposedStringWithCanonicalMapping.unicodeScalars)
        guard letters.count >= minimumLength, word.allSatisfy(\.isLetter), let first = letters.first,
              let sameStart = words[first] else { return [] }
        let reach = letters.count >= longWordLength ? 2 : 1
        var best = reach + 1
        var found: [String] = []
        for length in (letters.count - reach)...(letters.count + reach) {
            for candidate in sameStart[length] ?? [] {
                let distance = EditDistance.between(letters, candidate, limit: best)
                if distance < best {
                    best = distance
                    found = [Self.string(candidate)]
                } else if distance == best {
                    found.append(Self.string(candidate))
                }
            }
        }
        return best <= reach ? found : []
    }

    private static func string(_ scalars: [Unicode.Scalar]) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        return String(view)
    }
}
