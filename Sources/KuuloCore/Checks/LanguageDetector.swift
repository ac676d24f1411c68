/// Tells whether a paragraph is Finnish or English, for drafts that mix the two (a Finnish caption
/// with its English version below) when `--lang` is not given.
///
/// Evidence, added up per language: common function words (`ja`, `että`, `tervetuloa` / `the`, `and`,
/// `welcome`), letters `ä` and `ö`, typical endings (`-ssa`, `-lla`, `-ksi` / `-ing`, `-tion`), a flag
/// emoji or a label at the start (`🇬🇧`, `EN:` / `🇫🇮`, `FI:`), and — when spellers are given — words
/// one language's speller accepts and the other's does not. A tie (no evidence) gives the fallback.
public struct LanguageDetector: Sendable {
    /// Spell checkers per language, used as evidence when there are two or more.
    public let spellCheckers: [Language: any SpellChecker]
    /// How many words of a paragraph are given to the spellers.
    public static let spellerSample = 40

    static let functionWords: [Language: Set<String>] = [
        .fi: ["ja", "ei", "että", "se", "ne", "hän", "minä", "sinä", "olla", "ole", "oli", "ovat", "olemme", "olet", "kun",
              "mutta", "tai", "myös", "jos", "niin", "kanssa", "tämä", "tämän", "tässä", "nyt", "vielä", "sekä", "klo",
              "tule", "tulkaa", "tervetuloa", "kiitos", "kiitokset", "mukaan", "kaikki", "kaikille", "ilmoittaudu", "lisää",
              "tänään", "huomenna", "jo", "vain", "voi", "kuin", "mitä", "mikä", "missä", "eli", "siis", "saa", "meille",
              "meidän", "teille", "sinun", "paikka", "aika", "joka", "jotka", "vai", "koska"],
        .en: ["the", "and", "is", "are", "was", "be", "to", "of", "for", "with", "you", "we", "our", "your", "it", "this",
              "that", "will", "can", "an", "from", "by", "all", "join", "welcome", "thanks", "thank", "please", "here",
              "there", "today", "tomorrow", "not", "have", "has", "us", "see", "at", "what", "who", "when", "where",
              "everyone", "more", "about", "free", "open", "come", "sign", "up", "would", "should", "their"],
    ]
    static let endings: [Language: [String]] = [
        .fi: ["ssa", "ssä", "sta", "stä", "lla", "llä", "lta", "ltä", "lle", "ksi", "nen", "mme", "tte", "aan", "ään", "ita", "itä"],
        .en: ["ing", "tion", "ness", "ment", "ed", "ly"],
    ]
    static let labels: [Language: Set<String>] = [
        .fi: ["fi", "fin", "suomeksi", "suomi"],
        .en: ["en", "eng", "english", "englanniksi"],
    ]
    static let flags: [Language: [[UInt32]]] = [
        .fi: [[0x1F1EB, 0x1F1EE]],
        .en: [[0x1F1EC, 0x1F1E7], [0x1F1FA, 0x1F1F8], [0x1F1E6, 0x1F1FA], [0x1F1EE, 0x1F1EA]],
    ]

    /// Creates a detector.
    public init(spellCheckers: [Language: any SpellChecker] = [:]) {
        self.spellCheckers = spellCheckers
    }

    /// The language of `text`, or `fallback` when the evidence is even.
    public func detect(_ text: String, fallback: Language) -> Language {
        let scores = self.scores(text)
        let fi = scores[.fi] ?? 0
        let en = scores[.en] ?? 0
        if fi == en { return fallback }
        return fi > en ? .fi : .en
    }

    /// The evidence for each language in `text`.
    public func scores(_ text: String) -> [Language: Double] {
        let scalars = Array(text.unicodeScalars)
        let words = WordTokenizer.words(in: scalars).filter { !$0.hasDigit }
        var scores: [Language: Double] = [.fi: 0, .en: 0]
        for word in words {
            let key = word.text.lowercased()
            for language in [Language.fi, .en] {
                if Self.functionWords[language]?.contains(key) == true { scores[language, default: 0] += 2 }
                if key.count > 4, Self.endings[language]?.contains(where: { key.hasSuffix($0) }) == true { scores[language, default: 0] += 0.5 }
            }
            if key.unicodeScalars.contains(where: { $0 == "ä" || $0 == "ö" }) { scores[.fi, default: 0] += 1 }
        }
        if let first = words.first, first.end < scalars.count, scalars[first.end] == ":" || scalars[first.end] == ")" {
            for (language, names) in Self.labels where names.contains(first.text.lowercased()) { scores[language, default: 0] += 4 }
        }
        let values = scalars.map(\.value)
        for (language, sequences) in Self.flags where sequences.contains(where: { Self.contains(values, $0) }) {
            scores[language, default: 0] += 4
        }
        if spellCheckers.count >= 2 {
            for word in words.prefix(Self.spellerSample) where word.letters.count >= 2 && !word.isAllCaps {
                let accepting = spellCheckers.filter { $0.value.isCorrect(word.text) }.map(\.key)
                if accepting.count == 1, let language = accepting.first { scores[language, default: 0] += 1 }
            }
        }
        return scores
    }

    private static func contains(_ values: [UInt32], _ sequence: [UInt32]) -> Bool {
        guard values.count >= sequence.count else { return false }
        return (0...(values.count - sequence.count)).contains { start in
            sequence.indices.allSatisfy { values[start + $0] == sequence[$0] }
        }
    }
}
