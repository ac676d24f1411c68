import Foundation

/// The word being stemmed by `EnglishStemmer`, with its R1 and R2 regions and the rule steps.
///
/// Letters are `a`–`z`; a `y` that acts as a consonant is kept as `Y` until `finished`.
struct StemBuffer {
    private(set) var letters: [Character]
    private var r1: Int
    private var r2: Int

    init(_ letters: [Character]) {
        var marked = letters
        for index in marked.indices where marked[index] == "y" {
            if index == 0 || Self.isVowel(marked[index - 1]) { marked[index] = "Y" }
        }
        self.letters = marked
        let prefixes: [String] = ["gener", "commun", "arsen"]
        let word = String(marked)
        if let prefix = prefixes.first(where: { word.hasPrefix($0) }) {
            r1 = prefix.count
        } else {
            r1 = Self.regionStart(in: marked, from: 0)
        }
        r2 = Self.regionStart(in: marked, from: r1)
    }

    var string: String { String(letters) }

    /// The stem with `Y` turned back into `y`.
    var finished: String {
        String(letters.map { $0 == "Y" ? "y" : $0 })
    }

    // MARK: - Steps

    /// Removes a possessive: `'s'`, `'s` or a final `'`.
    mutating func step0() {
        for suffix in ["'s'", "'s", "'"] where ends(with: suffix) {
            chop(suffix.count)
            return
        }
    }

    /// Plural `s` endings.
    mutating func step1a() {
        if ends(with: "sses") {
            chop(2)
        } else if ends(with: "ied") || ends(with: "ies") {
            chop(letters.count > 4 ? 2 : 1)
        } else if ends(with: "us") || ends(with: "ss") {
            return
        } else if ends(with: "s") {
            let before = letters.dropLast(2)
            if before.contains(where: Self.isVowel) { chop(1) }
        }
    }

    /// `-eed`, `-ed`, `-ing` and their `-ly` forms.
    mutating func step1b() {
        if let suffix = longest(of: Self.eedSuffixes) {
            if letters.count - suffix.count >= r1 {
                chop(suffix.count)
                letters.append(contentsOf: "ee")
            }
            return
        }
        guard let suffix = longest(of: Self.edSuffixes) else { return }
        let stemEnd = letters.count - suffix.count
        guard letters[..<stemEnd].contains(where: Self.isVowel) else { return }
        chop(suffix.count)
        if ends(with: "at") || ends(with: "bl") || ends(with: "iz") {
            letters.append("e")
        } else if endsWithDouble {
            chop(1)
        } else if isShortWord {
            letters.append("e")
        }
    }

    /// A final `y` after a consonant (not the first letter) becomes `i`.
    mutating func step1c() {
        guard let last = letters.last, last == "y" || last == "Y", letters.count > 2,
              !Self.isVowel(letters[letters.count - 2]) else { return }
        letters[letters.count - 1] = "i"
    }

    /// Derivational suffixes in R1.
    mutating func step2() {
        guard let suffix = longest(of: Self.step2Suffixes), inR1(suffix) else { return }
        if suffix == "ogi" {
            guard letters.count > 3, letters[letters.count - 4] == "l" else { return }
        }
        if suffix == "li" {
            guard letters.count > 2, Self.liEndings.contains(letters[letters.count - 3]) else { return }
        }
        replace(suffix, with: Self.step2Rules[suffix] ?? "")
    }

    /// More derivational suffixes in R1.
    mutating func step3() {
        guard let suffix = longest(of: Self.step3Suffixes), inR1(suffix) else { return }
        if suffix == "ative" {
            if inR2(suffix) { chop(suffix.count) }
            return
        }
        replace(suffix, with: Self.step3Rules[suffix] ?? "")
    }

    /// Suffixes removed in R2.
    mutating func step4() {
        guard let suffix = longest(of: Self.step4Suffixes), inR2(suffix) else { return }
        if suffix == "ion" {
            guard letters.count > 3, ["s", "t"].contains(letters[letters.count - 4]) else { return }
        }
        chop(suffix.count)
    }

    /// A final `e` or double `l`.
    mutating func step5() {
        if ends(with: "e") {
            let stemEnd = letters.count - 1
            if stemEnd >= r2 || (stemEnd >= r1 && !endsInShortSyllable(letters[..<stemEnd])) {
                chop(1)
            }
        } else if ends(with: "l"), letters.count - 1 >= r2, letters.count > 1, letters[letters.count - 2] == "l" {
            chop(1)
        }
    }

    // MARK: - Helpers

    private static let step2Rules: [String: String] = [
        "tional": "tion", "enci": "ence", "anci": "ance", "abli": "able", "entli": "ent",
        "izer": "ize", "ization": "ize", "ational": "ate", "ation": "ate", "ator": "ate",
        "alism": "al", "aliti": "al", "alli": "al", "fulness": "ful", "ousli": "ous", "ousness": "ous",
        "iveness": "ive", "iviti": "ive", "biliti": "ble", "bli": "ble", "ogi": "og", "fulli": "ful",
        "lessli": "less", "li": "",
    ]

    private static let step3Rules: [String: String] = [
        "tional": "tion", "ational": "ate", "alize": "al", "icate": "ic", "iciti": "ic", "ical": "ic",
        "ful": "", "ness": "", "ative": "",
    ]

    private static let step4Suffixes: [String] = [
        "al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement", "ment", "ent", "ism", "ate",
        "iti", "ous", "ive", "ize", "ion",
    ].sorted { $0.count > $1.count }
    private static let step2Suffixes = step2Rules.keys.sorted { $0.count != $1.count ? $0.count > $1.count : $0 < $1 }
    private static let step3Suffixes = step3Rules.keys.sorted { $0.count != $1.count ? $0.count > $1.count : $0 < $1 }

    private static let eedSuffixes = ["eedly", "eed"]
    private static let edSuffixes = ["ingly", "edly", "ing", "ed"]
    private static let liEndings: Set<Character> = ["c", "d", "e", "g", "h", "k", "m", "n", "r", "t"]
    private static let doubled: Set<Character> = ["b", "d", "f", "g", "m", "n", "p", "r", "t"]

    static func isVowel(_ character: Character) -> Bool {
        "aeiouy".contains(character)
    }

    /// The index just after the first non-vowel that follows a vowel, at or after `start`.
    private static func regionStart(in letters: [Character], from start: Int) -> Int {
        var index = start + 1
        while index < letters.count {
            if !isVowel(letters[index]), isVowel(letters[index - 1]) { return index + 1 }
            index += 1
        }
        return letters.count
    }

    private func ends(with suffix: String) -> Bool {
        var index = letters.count
        for character in suffix.reversed() {
            index -= 1
            guard index >= 0, letters[index] == character else { return false }
        }
        return true
    }

    /// The longest of `suffixes` (sorted longest first) that the word ends with.
    private func longest(of suffixes: [String]) -> String? {
        suffixes.first { ends(with: $0) }
    }

    private func inR1(_ suffix: String) -> Bool { letters.count - suffix.count >= r1 }
    private func inR2(_ suffix: String) -> Bool { letters.count - suffix.count >= r2 }

    private mutating func chop(_ count: Int) {
        letters.removeLast(min(count, letters.count))
    }

    private mutating func replace(_ suffix: String, with replacement: String) {
        chop(suffix.count)
        letters.append(contentsOf: replacement)
    }

    private var endsWithDouble: Bool {
        guard letters.count >= 2, let last = letters.last else { return false }
        return letters[letters.count - 2] == last && Self.doubled.contains(last)
    }

    private var isShortWord: Bool {
        r1 >= letters.count && endsInShortSyllable(letters[...])
    }

    /// Whether `part` ends in a short syllable: non-vowel, vowel, non-vowel (not w, x or Y), or
    /// vowel, non-vowel at the very start.
    private func endsInShortSyllable(_ part: ArraySlice<Character>) -> Bool {
        let word = Array(part)
        let count = word.count
        if count == 2 { return Self.isVowel(word[0]) && !Self.isVowel(word[1]) }
        guard count >= 3 else { return false }
        let last = word[count - 1], middle = word[count - 2], first = word[count - 3]
        return !Self.isVowel(first) && Self.isVowel(middle) && !Self.isVowel(last) && !"wxY".contains(last)
    }
}
