/// Tells which installed language a paragraph is in, for drafts that mix languages (a Finnish caption
/// with its English version below) when `--lang` is not given.
///
/// Evidence, added up per language from the `detection` cues of its pack: common function words
/// (`ja`, `että`, `tervetuloa` / `the`, `and`, `welcome`), typical letters (`ä`, `ö`), typical endings
/// (`-ssa`, `-lla`, `-ksi` / `-ing`, `-tion`), a flag emoji or a label at the start (`🇬🇧`, `EN:` / `🇫🇮`,
/// `FI:`), and — when spellers are given — words exactly one language's speller accepts. The language
/// with the most evidence wins; a tie at the top (no evidence, say) gives the fallback. Hashtags and
/// mentions count for no language.
public struct LanguageDetector: Sendable {
    /// Spell checkers per language, used as evidence when there are two or more.
    public let spellCheckers: [Language: any SpellChecker]
    /// How many words of a paragraph are given to the spellers.
    public static let spellerSample = 40
    /// Which spellers accept a word, asked once per distinct word for the detector's life (one check).
    private let accepting = Memo<String, [Language]>()
    /// What each distinct word adds to each pack's score (in the order of `LanguagePacks.current.packs`)
    /// by its function words, endings and letters, worked out once for the detector's life.
    private let wordPoints = Memo<String, [Double]>()

    /// Creates a detector.
    public init(spellCheckers: [Language: any SpellChecker] = [:]) {
        self.spellCheckers = spellCheckers
    }

    /// The language of `text`, or `fallback` when no language has more evidence than every other.
    public func detect(_ text: String, fallback: Language) -> Language {
        let scores = self.scores(text)
        guard let best = scores.values.max() else { return fallback }
        let leaders = scores.filter { $0.value == best }
        guard leaders.count == 1, let leader = leaders.first else { return fallback }
        return leader.key
    }

    /// The evidence for each installed language in `text`, scored by the cues of its pack.
    public func scores(_ text: String) -> [Language: Double] {
        let scalars = Array(text.unicodeScalars)
        // A hashtag or a mention is no evidence: Finnish posts tag in English (#welcome, #gamenight) as often as not.
        let words = WordTokenizer.words(in: scalars).filter { word in
            !word.hasDigit && !(word.start > 0 && (scalars[word.start - 1] == "#" || scalars[word.start - 1] == "@"))
        }
        let packs = LanguagePacks.current.packs.map { (Language(uncheckedCode: $0.code), $0.detection) }
        var scores = Dictionary(uniqueKeysWithValues: packs.map { ($0.0, 0.0) })
        for word in words {
            // Points are halves and wholes, so adding a word's sum at once gives exactly the same scores.
            let points = wordPoints.value(word.text) {
                let key = word.text.lowercased()
                return packs.map { _, cues in
                    var points = 0.0
                    if cues.functionWords.contains(key) { points += 2 }
                    if key.count > 4, cues.endings.contains(where: { key.hasSuffix($0) }) { points += 0.5 }
                    if !cues.letters.isEmpty, key.unicodeScalars.contains(where: cues.letters.contains) { points += 1 }
                    return points
                }
            }
            for (index, pack) in packs.enumerated() where points[index] != 0 { scores[pack.0, default: 0] += points[index] }
        }
        if let first = words.first, first.end < scalars.count, scalars[first.end] == ":" || scalars[first.end] == ")" {
            let label = first.text.lowercased()
            for (language, cues) in packs where cues.labels.contains(label) { scores[language, default: 0] += 4 }
        }
        let values = scalars.map(\.value)
        for (language, cues) in packs where cues.flags.contains(where: { Self.contains(values, $0) }) {
            scores[language, default: 0] += 4
        }
        if spellCheckers.count >= 2 {
            for word in words.prefix(Self.spellerSample) where word.letters.count >= 2 && !word.isAllCaps && !word.isTooLong {
                let accepting = self.accepting.value(word.text) { spellCheckers.filter { $0.value.isCorrect(word.text) }.map(\.key) }
                if accepting.count == 1, let language = accepting.first { scores[language, default: 0] += 1 }
            }
        }
        return scores
    }

    /// Whether `sequence` occurs in `values`: one pass that stops only where its first value is (a
    /// flag starts with a regional indicator, which ordinary text never has).
    static func contains(_ values: [UInt32], _ sequence: [UInt32]) -> Bool {
        guard let first = sequence.first else { return true }
        guard values.count >= sequence.count else { return false }
        var start = 0
        let last = values.count - sequence.count
        while start <= last {
            if values[start] == first {
                var offset = 1
                while offset < sequence.count, values[start + offset] == sequence[offset] { offset += 1 }
                if offset == sequence.count { return true }
            }
            start += 1
        }
        return false
    }
}
