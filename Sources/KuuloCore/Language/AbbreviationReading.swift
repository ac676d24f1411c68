import Foundation

/// Whether an abbreviation is read as a word ("SAMOK", said *samok*: SAMOKin, SAMOKia) or letter by
/// letter ("LYY", *äl-yy-yy*: LYY:n, LYY:tä): the rule and its exceptions from
/// `Prompts/inflection/<code>.yaml` (`abbreviationsAsWords`).
///
/// A word needs at least `minimumLetters` letters that can be said as Finnish syllables: at most one
/// consonant before the first vowel, never more than two consonants in a row, and at most one at the
/// end. `asWords` and `asLetters` override the rule for names people say otherwise.
public struct AbbreviationReading: Sendable, Equatable {
    /// The fewest letters an abbreviation read as a word has, unless listed.
    public var minimumLetters: Int
    /// Abbreviations read as a word whatever the rule says (upper case).
    public var asWords: Set<String>
    /// Abbreviations read letter by letter whatever the rule says (upper case).
    public var asLetters: Set<String>

    /// Reads `abbreviationsAsWords`; without it no abbreviation is read as a word.
    public init(json: JSONValue?) {
        minimumLetters = json?["minimumLetters"]?.intValue ?? Int.max
        asWords = Set((json?["asWords"]?.arrayValue ?? []).compactMap { $0.stringValue?.uppercased() })
        asLetters = Set((json?["asLetters"]?.arrayValue ?? []).compactMap { $0.stringValue?.uppercased() })
    }

    /// Whether `abbreviation` (one word in capitals) is read as a word.
    public func readsAsWord(_ abbreviation: String) -> Bool {
        let key = abbreviation.uppercased()
        if asLetters.contains(key) { return false }
        if asWords.contains(key) { return true }
        let letters = Array(key.lowercased())
        guard letters.count >= minimumLetters, letters.allSatisfy(\.isLetter) else { return false }
        let isVowel = { (letter: Character) in NameInflector.vowels.contains(letter) }
        guard letters.contains(where: isVowel) else { return false }
        let initial = letters.prefix { !isVowel($0) }.count
        let final = letters.reversed().prefix { !isVowel($0) }.count
        var longestRun = 0
        var run = 0
        for letter in letters {
            run = isVowel(letter) ? 0 : run + 1
            longestRun = max(longestRun, run)
        }
        return initial <= 1 && final <= 1 && longestRun <= 2
    }
}
