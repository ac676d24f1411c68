import Foundation

/// Splits text into lower-case words for search and intent matching.
///
/// - Unicode-aware: any letter or digit belongs to a word (`ä`, `ö`, `å`, accented letters), and the
///   text is brought to canonical composed form first, so a decomposed `a` + `¨` is the same `ä`.
/// - Everything else separates words: spaces, punctuation, `#`, `@`, hyphens (`Facebook-sivu` →
///   `facebook`, `sivu`), emoji.
/// - An apostrophe between letters stays inside the word (`don't`, `organisation's`), so the English
///   normaliser can take contractions and possessives apart; any other apostrophe separates.
/// - A letter typed three or more times in a row is one letter: "hiii", "moiii", "pleaseee" are stretched
///   for feeling, and neither Finnish nor English writes a letter three times (digits stay: "1000").
/// - Words longer than `maximumWordLength` characters are dropped: nothing in Knowledge is that long,
///   and they are usually pasted links or noise.
public struct SearchTokenizer: Sendable {
    /// Words longer than this many characters are left out.
    public var maximumWordLength: Int

    /// Creates a tokenizer.
    public init(maximumWordLength: Int = 40) {
        self.maximumWordLength = maximumWordLength
    }

    /// The words of `text`, lower-cased, in order.
    public func words(in text: String) -> [String] {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return asciiWords(in: text) }
        // Text without combining marks (all of Kuulo's own, nearly all typed) is already composed;
        // Foundation's normalisation is a round trip through NSString.
        let composed = text.unicodeScalars.allSatisfy { $0.value < 0x300 } ? text : text.precomposedStringWithCanonicalMapping
        var words: [String] = []
        var current: [Character] = []
        var pendingApostrophe = false

        func finish() {
            if !current.isEmpty, current.count <= maximumWordLength {
                words.append(String(Self.unstretched(current)).lowercased())
            }
            current.removeAll(keepingCapacity: true)
            pendingApostrophe = false
        }

        for character in composed {
            if character.isLetter || character.isNumber {
                if pendingApostrophe {
                    current.append("'")
                    pendingApostrophe = false
                }
                current.append(character)
            } else if Self.apostrophes.contains(character), !current.isEmpty, !pendingApostrophe {
                pendingApostrophe = true
            } else {
                finish()
            }
        }
        finish()
        return words
    }

    /// The words of ASCII text, byte by byte: the same words as the loop over characters (a letter or
    /// digit of ASCII is one byte, `'` its only apostrophe, lower-casing it one addition, and `\r\n`,
    /// one character, separates as its two bytes do) at a fraction of the cost; most of Kuulo's
    /// synonyms and English questions are ASCII.
    private func asciiWords(in text: String) -> [String] {
        var words: [String] = []
        var current: [UInt8] = []
        var pendingApostrophe = false
        func finish() {
            if !current.isEmpty, current.count <= maximumWordLength {
                words.append(String(decoding: Self.unstretched(current), as: UTF8.self))
            }
            current.removeAll(keepingCapacity: true)
            pendingApostrophe = false
        }
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "A")...UInt8(ascii: "Z"):
                if pendingApostrophe {
                    current.append(UInt8(ascii: "'"))
                    pendingApostrophe = false
                }
                current.append(byte <= UInt8(ascii: "Z") && byte >= UInt8(ascii: "A") ? byte + 32 : byte)
            case UInt8(ascii: "'") where !current.isEmpty && !pendingApostrophe:
                pendingApostrophe = true
            default:
                finish()
            }
        }
        finish()
        return words
    }

    /// `word` with every run of three or more of the same letter cut to one (digits and shorter runs kept).
    private static func unstretched<Element: Equatable>(_ word: [Element], isLetter: (Element) -> Bool) -> [Element] {
        guard word.count >= 3, zip(word, word.dropFirst()).contains(where: { $0 == $1 }) else { return word }
        var result: [Element] = []
        result.reserveCapacity(word.count)
        var start = 0
        while start < word.count {
            var end = start + 1
            while end < word.count, word[end] == word[start] { end += 1 }
            result.append(contentsOf: end - start >= 3 && isLetter(word[start]) ? word[start..<(start + 1)] : word[start..<end])
            start = end
        }
        return result
    }

    private static func unstretched(_ word: [Character]) -> [Character] {
        unstretched(word) { $0.isLetter }
    }

    private static func unstretched(_ word: [UInt8]) -> [UInt8] {
        unstretched(word) { $0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "z") }
    }

    /// Characters read as an apostrophe inside a word.
    private static let apostrophes: Set<Character> = ["'", "\u{2019}", "\u{02BC}"]
}
