import KuuloCore

/// Splits Finnish letters written together into words with Voikko, for capitalised hashtags.
///
/// With `.words` (the default) the result is what a Finnish reader writes as separate words:
/// `tampereenylioppilaskunta` → `tampereen` + `ylioppilaskunta`, while a compound stays whole
/// (`opiskelijakunta`), because a screen reader reads a Finnish compound as one word.
///
/// 1. A word Voikko accepts (as written or capitalised) is kept whole, unless it starts with a
///    proper noun (`jyväskylän…`) without being a name itself (`pirkanmaa` stays whole): a proper
///    noun cannot start a compound without a hyphen, so it is cut off at a compound boundary from
///    Voikko's `STRUCTURE` attribute.
/// 2. Otherwise the word is split into the fewest parts that Voikko accepts (`voikkoSpellCstr`),
///    preferring longer parts; each part then goes through step 1's proper-noun rule.
///
/// With `.compoundParts` each word is further cut where `STRUCTURE` marks a compound part (`=`):
/// `opiskelijakunta` → `opiskelija` + `kunta`.
public struct VoikkoSegmenter: WordSegmenter {
    /// How finely to split.
    public enum Granularity: Sendable, Hashable {
        /// Separate words as Finnish writes them (`TampereenYlioppilaskunta`).
        case words
        /// Every compound part Voikko marks (`OpiskelijaKunta`, `YliOppilasKunta`).
        case compoundParts
    }

    /// The Voikko handle used.
    public let voikko: Voikko
    /// How finely to split.
    public let granularity: Granularity
    /// Parts shorter than this are not tried when splitting an unknown word.
    public let minimumPartLength: Int
    /// Voikko's answers about parts, shared by every `segment` call of this segmenter.
    private let memo = Memo<String, Bool>()

    /// Proper-noun classes in Voikko's `CLASS` attribute.
    private static let properNounClasses: Set<String> = ["paikannimi", "etunimi", "sukunimi", "nimi"]

    /// Creates a segmenter over an open Voikko handle.
    public init(voikko: Voikko, granularity: Granularity = .words, minimumPartLength: Int = 2) {
        self.voikko = voikko
        self.granularity = granularity
        self.minimumPartLength = minimumPartLength
    }

    /// Opens Finnish Voikko and creates a segmenter over it.
    /// - Throws: `VoikkoError.unavailable` when the Finnish dictionary is not installed.
    public init(granularity: Granularity = .words, dictionaryPath: String? = nil) throws(VoikkoError) {
        self.init(voikko: try Voikko(language: "fi", dictionaryPath: dictionaryPath), granularity: granularity)
    }

    /// The words of the lower-case `word`, or `nil` when no split into words Voikko knows exists or
    /// the word is longer than `WordToken.longestWord` (splitting tries every cut, so its cost grows
    /// with the square of the length).
    public func segment(_ word: String) -> [String]? {
        guard !word.isEmpty, word.unicodeScalars.count <= WordToken.longestWord else { return nil }
        var cache = Cache()
        guard let words = wordSplit(Array(word), cache: &cache) else { return nil }
        switch granularity {
        case .words:
            return words
        case .compoundParts:
            return words.flatMap { compoundParts(of: $0, cache: &cache) }
        }
    }

    // MARK: - Words

    /// Memoised Voikko answers for one `segment` call.
    private struct Cache {
        var accepted: [String: Bool] = [:]
        var analyses: [String: [[String: String]]] = [:]
    }

    private func wordSplit(_ characters: [Character], cache: inout Cache) -> [String]? {
        let word = String(characters)
        if isAccepted(word, cache: &cache) {
            return splittingProperNounPrefix(characters, cache: &cache)
        }
        guard let parts = fewestAcceptedParts(characters, cache: &cache) else { return nil }
        return parts.flatMap { splittingProperNounPrefix(Array($0), cache: &cache) }
    }

    /// `characters` as one word, or cut after a leading proper noun (`jyväskylän` + `ylioppilaskunta`).
    private func splittingProperNounPrefix(_ characters: [Character], cache: inout Cache) -> [String] {
        let word = String(characters)
        // A name with inner structure (`Pirkanmaa`, `Jyväskylä`) stays whole.
        if analyses(of: word, cache: &cache).contains(where: Self.isProperNounAnalysis) { return [word] }
        let boundaries = compoundBoundaries(of: word, cache: &cache).sorted(by: >)
        for cut in boundaries where cut >= minimumPartLength && characters.count - cut >= minimumPartLength {
            let prefix = String(characters[..<cut])
            let rest = Array(characters[cut...])
            guard isProperNoun(prefix, cache: &cache), isAccepted(String(rest), cache: &cache) else { continue }
            return [prefix] + splittingProperNounPrefix(rest, cache: &cache)
        }
        return [word]
    }

    /// The split of an unknown word into the fewest accepted parts (then the longest parts).
    private func fewestAcceptedParts(_ characters: [Character], cache: inout Cache) -> [String]? {
        FewestPartsSplit.split(characters, partLengths: minimumPartLength...max(minimumPartLength, characters.count)) { part in
            isAccepted(part, cache: &cache)
        }
    }

    // MARK: - Compound parts

    /// `word` cut at every compound boundary of its analysis with the fewest parts.
    private func compoundParts(of word: String, cache: inout Cache) -> [String] {
        let characters = Array(word)
        let structures = analyses(of: word, cache: &cache).compactMap { analysis -> [Int]? in
            guard let structure = analysis["STRUCTURE"] else { return nil }
            return Self.boundaries(inStructure: structure, length: characters.count)
        }
        guard let cuts = structures.min(by: { $0.count < $1.count }), !cuts.isEmpty else { return [word] }
        var parts: [String] = []
        var start = 0
        for cut in cuts + [characters.count] {
            parts.append(String(characters[start..<cut]))
            start = cut
        }
        return parts
    }

    /// Offsets (in characters) where a compound part starts, excluding 0, from every analysis.
    private func compoundBoundaries(of word: String, cache: inout Cache) -> Set<Int> {
        let length = word.count
        var result: Set<Int> = []
        for analysis in analyses(of: word, cache: &cache) {
            guard let structure = analysis["STRUCTURE"],
                  let cuts = Self.boundaries(inStructure: structure, length: length) else { continue }
            result.formUnion(cuts)
        }
        return result
    }

    /// Reads a `STRUCTURE` value such as `=ppppppppp=ppppp`: `=` marks where a part starts and every
    /// other symbol stands for one letter. `nil` when the letters do not add up to `length`.
    static func boundaries(inStructure structure: String, length: Int) -> [Int]? {
        var cuts: [Int] = []
        var position = 0
        for symbol in structure {
            if symbol == "=" {
                if position > 0, cuts.last != position { cuts.append(position) }
            } else {
                position += 1
            }
        }
        return position == length ? cuts : nil
    }

    // MARK: - Voikko queries

    private func isAccepted(_ word: String, cache: inout Cache) -> Bool {
        if let known = cache.accepted[word] { return known }
        // Voikko accepts a lower-case word written with a capital whenever it accepts it as it is
        // (checked on 580,000 words and parts of words), so for a lower-case word asking about the
        // capitalised form alone gives the same answer as asking about both, with one call instead of
        // two for a part that is no word — most parts a split tries.
        let accepted = memo.value(word) {
            let capital = Self.capitalised(word)
            if word == word.lowercased() { return voikko.spell(capital) }
            return voikko.spell(word) || voikko.spell(capital)
        }
        cache.accepted[word] = accepted
        return accepted
    }

    /// Whether `word` is a proper noun and not also an ordinary non-compound word (`vapun` is both
    /// the name Vappu and the holiday, so it is not cut off; `jyväskylän` is only a compound as a
    /// common noun, so it is).
    private func isProperNoun(_ word: String, cache: inout Cache) -> Bool {
        let all = analyses(of: word, cache: &cache)
        guard all.contains(where: Self.isProperNounAnalysis) else { return false }
        let ordinarySingleWord = all.contains { analysis in
            guard !Self.isProperNounAnalysis(analysis) else { return false }
            let parts = analysis["STRUCTURE"].map { $0.filter { $0 == "=" }.count } ?? 1
            return parts <= 1
        }
        return !ordinarySingleWord
    }

    private static func isProperNounAnalysis(_ analysis: [String: String]) -> Bool {
        properNounClasses.contains(analysis["CLASS"] ?? "")
    }

    private func analyses(of word: String, cache: inout Cache) -> [[String: String]] {
        if let known = cache.analyses[word] { return known }
        let result = voikko.analyze(word)
        cache.analyses[word] = result
        return result
    }

    private static func capitalised(_ word: String) -> String {
        guard let first = word.first else { return word }
        return first.uppercased() + word.dropFirst()
    }
}
