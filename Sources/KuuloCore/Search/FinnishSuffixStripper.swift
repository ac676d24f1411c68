import Foundation

/// Guesses stems for Finnish words the dictionary does not know — loanwords and slang such as
/// `storyssa`, `postauksen`, `facessa`, `hashtageja`, `postaamaan` — by cutting case, number and verb
/// endings. It needs no dictionary, so it is also what remains when Voikko is not installed.
///
/// A few rules restore spoken forms to written ones (`kirjottaa` → `kirjoittaa`, `haluun` → `haluan`);
/// those candidates only count when the lemmatizer knows them.
///
/// `candidates(for:)` lists what to try, spoken forms first; the caller takes the first it recognises
/// (a synonym, a dictionary word, a word of the index), or else the first of `stems(for:)`. Both
/// the index and the query go through the same rules, so an unknown word family meets itself:
/// `storyt`, `storyja`, `storyyn`, `storyissa` all give `story`.
public struct FinnishSuffixStripper: Sendable {
    /// Stems shorter than this are never produced.
    public var minimumStemLength: Int

    /// Creates a stripper.
    public init(minimumStemLength: Int = 3) {
        self.minimumStemLength = minimumStemLength
    }

    /// Possible stems of a lower-case `word` to try in order: spoken forms restored first, then the
    /// cut stems, most aggressive first. Empty when no rule applies.
    public func candidates(for word: String) -> [String] {
        let stems = stems(for: word)
        return TermNormalizer.unique(Self.spokenRules.compactMap { suffix, replacement in
            word.hasSuffix(suffix) ? String(word.dropLast(suffix.count)) + replacement : nil
        } + stems)
    }

    /// The stems left by cutting endings, most aggressive first; the first is the guess for a word
    /// nothing recognises.
    public func stems(for word: String) -> [String] {
        var result: [String] = []
        func add(_ stem: String) {
            let stem = Self.derivation(stem)
            if stem.count >= minimumStemLength, stem != word, !result.contains(stem) { result.append(stem) }
        }
        for (suffix, replacement) in Self.rules where word.hasSuffix(suffix) {
            add(String(word.dropLast(suffix.count)) + replacement)
        }
        // Illative with a lengthened vowel: storyyn → story, instaan → insta, biohon → bio.
        let letters = Array(word)
        if letters.count >= 5, letters.last == "n" {
            let vowel = letters[letters.count - 2]
            if Self.vowels.contains(vowel), letters[letters.count - 3] == vowel {
                add(String(letters.dropLast(2)))
            } else if Self.vowels.contains(vowel), letters[letters.count - 3] == "h", letters[letters.count - 4] == vowel {
                add(String(letters.dropLast(3)))
            }
        }
        // A loanword ending in a consonant takes an `i` before endings: twitterissä → twitteri →
        // twitter, hashtagissa → hashtagi → hashtag.
        for stem in result where stem.count >= 6 && stem.hasSuffix("i") {
            if let before = stem.dropLast().last, !Self.vowels.contains(before) { add(String(stem.dropLast())) }
        }
        return result.sorted { $0.count < $1.count }
    }

    /// `postaukse`, `postauksi`, `postauks` → `postaus`: the stem of a noun in `-us`.
    private static func derivation(_ stem: String) -> String {
        for ending in ["ukse", "uksi", "uks", "ykse", "yksi", "yks"] where stem.hasSuffix(ending) {
            return String(stem.dropLast(ending.count)) + (ending.hasPrefix("u") ? "us" : "ys")
        }
        return stem
    }

    private static let vowels: Set<Character> = ["a", "e", "i", "o", "u", "y", "ä", "ö"]

    /// Ending → replacement. Verb endings of `-ata`/`-ätä` loan verbs (`postaa`, `postaamaan`) map back
    /// to the infinitive; case and number endings are cut.
    private static let rules: [(String, String)] = [
        ("aamaan", "ata"), ("äämään", "ätä"), ("aamassa", "ata"), ("äämässä", "ätä"),
        ("aavat", "ata"), ("äävät", "ätä"), ("ataan", "ata"), ("ätään", "ätä"),
        ("attiin", "ata"), ("ättiin", "ätä"), ("aisin", "ata"), ("äisin", "ätä"),
        ("aisi", "ata"), ("äisi", "ätä"), ("ais", "ata"), ("äis", "ätä"),
        ("annut", "ata"), ("ännyt", "ätä"), ("asin", "ata"), ("äsin", "ätä"),
        ("aa", "ata"), ("ää", "ätä"),
        ("ssaan", ""), ("ssään", ""), ("staan", ""), ("stään", ""), ("llaan", ""), ("llään", ""),
        ("ltaan", ""), ("ltään", ""), ("lleen", ""), ("kseen", ""), ("nsa", ""), ("nsä", ""),
        ("eihin", ""), ("eissa", ""), ("eissä", ""), ("eista", ""), ("eistä", ""), ("eilla", ""),
        ("eillä", ""), ("eille", ""), ("ejen", ""), ("eja", ""), ("ejä", ""),
        ("ihin", ""), ("issa", ""), ("issä", ""), ("ista", ""), ("istä", ""), ("illa", ""),
        ("illä", ""), ("ilta", ""), ("iltä", ""), ("ille", ""), ("iksi", ""), ("ineen", ""),
        ("iden", ""), ("itten", ""), ("iin", ""), ("jen", ""), ("ien", ""), ("ina", ""), ("inä", ""),
        ("ssa", ""), ("ssä", ""), ("sta", ""), ("stä", ""), ("lla", ""), ("llä", ""), ("lta", ""),
        ("ltä", ""), ("lle", ""), ("ksi", ""), ("tta", ""), ("ttä", ""), ("na", ""), ("nä", ""),
        ("ja", ""), ("jä", ""), ("ia", ""), ("iä", ""), ("in", ""),
        ("t", ""), ("n", ""), ("a", ""), ("ä", ""),
    ]

    /// Spoken forms and their written ones: kirjottaa → kirjoittaa, haluun → haluan, meen → menen,
    /// pitäis → pitäisi.
    private static let spokenRules: [(String, String)] = [
        ("ottaa", "oittaa"), ("otan", "oitan"), ("ottais", "oittaisi"), ("öttää", "öittää"),
        ("uun", "uan"), ("yyn", "yän"), ("een", "enen"), ("is", "isi"), ("ny", "nyt"), ("nu", "nut"),
    ]
}
