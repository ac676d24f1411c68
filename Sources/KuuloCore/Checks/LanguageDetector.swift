/// Tells which installed language a paragraph is in, for drafts that mix languages (a Finnish caption
/// with its English version below) when `--lang` is not given.
///
/// Evidence, added up per language from the `detection` cues of its pack: common function words
/// (`ja`, `että`, `tervetuloa` / `the`, `and`, `welcome`), typical letters (`ä`, `ö`), typical endings
/// (`-ssa`, `-lla`, `-ksi` / `-ing`, `-tion`), a flag emoji or a label at the start (`🇬🇧`, `EN:` / `🇫🇮`,
/// `FI:`), and — when spellers are given — words exactly one language's speller accepts. The language
/// with the most evidence wins; a tie at the top (no evidence, say) gives the fallback.
public struct LanguageDetector: Sendable {
    /// Spell checkers per language, used as evidence when there are two or more.
    public let spellCheckers: [Language: any SpellChecker]
    /// How many words of a paragraph are given to the spellers.
    public static let spellerSample = 40
    /// Which spellers accept a word, asked once per distinct word for the detector's life (one check).
    private let accepting = Memo<String, [Language]>()

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
        let words = WordTokenizer.words(in: scalars).filter { !$0.hasDigit }
        let packs = LanguagePacks.current.packs.map { (Language(uncheckedCode: $0.code), $0.detection) }
        var scores = Dictionary(uniqueKeysWithValues: packs.map { ($0.0, 0.0) })
        for word in words {
            let key = word.text.lowercased()
            for (language, cues) in packs {
                if cues.functionWords.contains(key) { scores[language, default: 0] += 2 }
                if key.count > 4, cues.endings.contains(where: { key.hasSuffix($0) }) { scores[language, default: 0] += 0.5 }
                if !cues.letters.isEmpty, key.unicodeScalars.contains(where: cues.letters.contains) { scores[language, default: 0] += 1 }
            }
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

    private static func contains(_ values: [UInt32], _ sequence: [UInt32]) -> Bool {
        guard values.count >= sequence.count else { return false }
        return (0...(values.count - sequence.count)).contains { start in
            sequence.indices.allSatisfy { values[start + $0] == sequence[$0] }
        }
    }
}
