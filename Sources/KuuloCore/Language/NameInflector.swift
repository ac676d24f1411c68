import Foundation

/// Makes the forms of a name a sentence needs: "LYY" → "LYY:n", "LYY:tä", "LYY:hyn";
/// "Lapin yliopiston ylioppilaskunta" → "Lapin yliopiston ylioppilaskunnan"; "Teekkarikilta ry" →
/// "Teekkarikillan"; English "LYY" → "LYY's".
///
/// Finnish forms are made as candidates from data (`NameInflectionRules`) and a spell checker
/// (Voikko, at the edge) confirms them: for a full name the inflected head word itself, for an
/// abbreviation its ending on a real word that ends in the same sound as the spoken last letter
/// ("LYY:hyn" is confirmed by "pyyhyn"). Without a checker, or when it accepts no candidate, the first
/// candidate is used and the form is marked unconfirmed, for the trustee to look at.
public struct NameInflector: Sendable {
    /// One case's form, and whether the spell checker confirmed it.
    public struct Form: Equatable, Sendable {
        /// The inflected name.
        public var text: String
        /// Whether the spell checker accepted it.
        public var confirmed: Bool
    }

    /// The language's inflection data.
    public let rules: NameInflectionRules

    /// Creates an inflector over a language's rules.
    public init(rules: NameInflectionRules) {
        self.rules = rules
    }

    // MARK: - Forms

    /// Every Finnish case of `name`, confirmed by `speller` where it can.
    public func forms(of name: String, speller: (any SpellChecker)?) -> [GrammaticalCase: Form] {
        let candidates = candidates(for: name)
        var result: [GrammaticalCase: Form] = [:]
        for (grammaticalCase, options) in candidates {
            guard let first = options.first else { continue }
            if let speller, let accepted = options.first(where: { $0.check.allSatisfy(speller.isCorrect) }) {
                result[grammaticalCase] = Form(text: accepted.form, confirmed: true)
            } else {
                result[grammaticalCase] = Form(text: first.form, confirmed: false)
            }
        }
        return result
    }

    /// The English possessive: "LYY's", "Students' Union's"; a name ending in "s" takes an apostrophe.
    public static func englishPossessive(_ name: String) -> String {
        let trimmed = name.trimmingCharacters(in: .whitespaces)
        return trimmed.hasSuffix("s") ? trimmed + "’" : trimmed + "’s"
    }

    // MARK: - Candidates

    /// A candidate form and the word a spell checker is asked about to confirm it.
    public struct Candidate: Equatable, Sendable {
        /// The name in the case.
        public var form: String
        /// The words that confirm it (the inflected head word and the adjectives agreeing with it, or
        /// the ending on a word of the same sound).
        public var check: [String]
    }

    /// The candidates per case, most likely first.
    public func candidates(for name: String) -> [GrammaticalCase: [Candidate]] {
        let trimmed = name.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty else { return [:] }
        if Self.isAbbreviation(trimmed) {
            return rules.wordReading.readsAsWord(trimmed) ? wordAbbreviationCandidates(trimmed) : abbreviationCandidates(trimmed)
        }
        return fullNameCandidates(trimmed)
    }

    /// Whether a name is an abbreviation read letter by letter: one word, every letter upper case,
    /// at least two letters ("LYY", "SYL", "ISYY"; not "Tamko").
    public static func isAbbreviation(_ name: String) -> Bool {
        let letters = name.filter(\.isLetter)
        return !name.contains(" ") && letters.count >= 2 && letters.allSatisfy(\.isUppercase)
    }

    private func abbreviationCandidates(_ name: String) -> [GrammaticalCase: [Candidate]] {
        let last = name.last(where: \.isLetter).map { Character($0.uppercased()) }
        let soundName = last.flatMap { rules.letters[$0] } ?? "consonant"
        guard let sound = rules.sounds[soundName] else { return [:] }
        var result: [GrammaticalCase: [Candidate]] = [:]
        for (grammaticalCase, ending) in sound.endings {
            result[grammaticalCase] = [Candidate(form: name + ":" + ending, check: [Self.attach(ending, to: sound.word)])]
        }
        return result
    }

    /// An abbreviation read as a word takes its endings as the word would, in lower case and without
    /// a colon and without consonant gradation: TAMKOn, TAMKOa, TAMKOon; after a final consonant the
    /// linking vowel i: SAMOKin, SAMOKia, SAMOKiin. Voikko does not know such words, so the form
    /// itself is what it is asked about, and it stays unconfirmed unless the trustee's speller knows it.
    private func wordAbbreviationCandidates(_ name: String) -> [GrammaticalCase: [Candidate]] {
        guard let last = name.last?.lowercased().first else { return [:] }
        let stem = Self.vowels.contains(last) ? name : name + "i"
        let vowel = Self.vowels.contains(last) ? last : "i"
        let endings = CaseEndings(back: Self.isBack(name))
        let a = endings.back ? "a" : "ä"
        let lower = stem.lowercased()
        let longVowel = lower.count >= 2 && Self.vowels.contains(lower[lower.index(lower.endIndex, offsetBy: -2)])
        var forms: [GrammaticalCase: String] = [
            .genitive: stem + "n",
            .partitive: stem + (longVowel ? "t" + a : a),
            .illative: stem + (longVowel ? "h" + String(vowel) + "n" : String(vowel) + "n"),
            .essive: stem + "n" + a,
        ]
        for (grammaticalCase, ending) in endings.weakStemEndings { forms[grammaticalCase] = stem + ending }
        return forms.mapValues { [Candidate(form: $0, check: [$0])] }
    }

    /// An ending on a word: straight after it, or after the word's last vowel when the ending begins
    /// with a vowel (ässä + ää → ässää).
    static func attach(_ ending: String, to word: String) -> String {
        guard let first = ending.first, Self.vowels.contains(first), let last = word.last, Self.vowels.contains(last) else {
            return word + ending
        }
        return String(word.dropLast()) + ending
    }

    private func fullNameCandidates(_ name: String) -> [GrammaticalCase: [Candidate]] {
        var words = name.split(separator: " ").map(String.init)
        while words.count > 1, let last = words.last, rules.suffixes.contains(last.lowercased()) { words.removeLast() }
        guard let head = words.popLast() else { return [:] }
        // Adjectives before the head agree with it (Pohjois-Pohjalainen Osakunta → Pohjois-Pohjalaisen
        // Osakunnan); genitives before them stay (Lapin yliopiston ylioppilaskunnan).
        var adjectives: [String] = []
        while let last = words.last, Self.split(last).word.lowercased().hasSuffix("nen"), Self.split(last).word.count > 4 {
            adjectives.insert(last, at: 0)
            words.removeLast()
        }
        let fixed = words.isEmpty ? "" : words.joined(separator: " ") + " "
        let adjectiveForms = adjectives.map { adjective in
            let (prefix, word) = Self.split(adjective)
            return headWordCandidates(word).mapValues { ($0.first).map { prefix + $0 } ?? adjective }
        }
        let (headPrefix, headWord) = Self.split(head)
        var result: [GrammaticalCase: [Candidate]] = [:]
        for (grammaticalCase, forms) in headWordCandidates(headWord) {
            let agreeing = adjectiveForms.map { $0[grammaticalCase] ?? "" }
            var seen = Set<String>()
            result[grammaticalCase] = forms.filter { seen.insert($0).inserted }.map { form in
                let inflected = agreeing + [headPrefix + form]
                return Candidate(form: fixed + inflected.joined(separator: " "), check: inflected.map { Self.split($0).word })
            }
        }
        return result
    }

    /// A word cut after its last hyphen: "Karjala-Seura" → ("Karjala-", "Seura"); the part after
    /// the hyphen is what inflects.
    static func split(_ word: String) -> (prefix: String, word: String) {
        guard let hyphen = word.lastIndex(of: "-"), word.index(after: hyphen) < word.endIndex else { return ("", word) }
        return (String(word[...hyphen]), String(word[word.index(after: hyphen)...]))
    }

    // MARK: - Finnish head words

    static let vowels: Set<Character> = ["a", "e", "i", "o", "u", "y", "ä", "ö", "A", "E", "I", "O", "U", "Y", "Ä", "Ö"]

    /// Whether the word takes back-vowel endings (-a, -ssa): its last non-neutral vowel is a, o or u.
    static func isBack(_ word: String) -> Bool {
        for character in word.lowercased().reversed() {
            if "aou".contains(character) { return true }
            if "äöy".contains(character) { return false }
        }
        return false
    }

    /// The candidate forms of one head word per case, most likely first.
    func headWordCandidates(_ word: String) -> [GrammaticalCase: [String]] {
        let back = Self.isBack(word)
        let a = back ? "a" : "ä"
        let endings = CaseEndings(back: back)
        let lower = word.lowercased()
        var stems: [(weak: String, strong: String, partitive: String, illative: String)] = []
        if lower.hasSuffix("nen"), word.count > 4 {
            let base = String(word.dropLast(3))
            stems.append((base + "se", base + "se", base + "s" + "t" + a, base + "seen"))
        } else if lower.hasSuffix("t"), word.count > 3, let before = lower.dropLast().last, Self.vowels.contains(before) {
            return pluralCandidates(word, endings: endings)
        } else if let last = lower.last, "uyoö".contains(last) == false, lower.hasSuffix("s"), word.count > 3,
                  let before = lower.dropLast().last, "uyoö".contains(before) {
            let base = String(word.dropLast())
            stems.append((base + "kse", base + "kse", word + "t" + a, base + "kseen"))
            stems.append((base + "de", base + "te", word + "t" + a, base + "teen"))
        } else if lower.hasSuffix("e"), word.count > 3, let before = lower.dropLast().last, !Self.vowels.contains(before) {
            // kirje → kirjeen, kirjettä, kirjeeseen; then the loanword type (Athene → Athenen).
            stems.append((word + "e", word + "e", word + "tt" + a, word + "eseen"))
            stems.append((word, word, word + a, word + "en"))
        } else if let last = word.last, Self.vowels.contains(last) {
            let strong = word
            let graded = gradedStems(word)
            for weak in graded.regular + [word] + graded.uncertain {
                stems.append((weak, strong, strong + a, strong + last.lowercased() + "n"))
            }
        } else {
            let strong = word + "i"
            stems.append((strong, strong, strong + a, strong + "in"))
        }
        var result: [GrammaticalCase: [String]] = [:]
        // Two vowels at the end: radio → radiota, museo → museota, but Italia → Italiaa (either way
        // for -ia/-ea words: korkeaa, korkeata); the dictionary picks.
        let lastTwo = Array(lower.suffix(2))
        if lastTwo.count == 2, lastTwo[0] != lastTwo[1], lastTwo.allSatisfy({ Self.vowels.contains($0) }) {
            let withT = word + "t" + a
            result[.partitive] = "aä".contains(lastTwo[1]) ? [word + a, withT] : [withT, word + a]
        }
        for stem in stems {
            result[.genitive, default: []].append(stem.weak + "n")
            if !(result[.partitive] ?? []).contains(stem.partitive) { result[.partitive, default: []].append(stem.partitive) }
            result[.illative, default: []].append(stem.illative)
            for (grammaticalCase, ending) in endings.weakStemEndings {
                result[grammaticalCase, default: []].append(stem.weak + ending)
            }
            result[.essive, default: []].append(stem.strong + "n" + a)
        }
        return result
    }

    /// The weak-grade stems of a vowel-final word: the gradations that fit the consonants before its
    /// last vowel. Double consonants and clusters grade regularly (kilta → killa, liitto → liito) and
    /// come before the word itself; a single consonant only sometimes (sota → soda, but Prodeko stays),
    /// so it comes after.
    func gradedStems(_ word: String) -> (regular: [String], uncertain: [String]) {
        guard let lastVowel = word.last else { return ([], []) }
        let body = String(word.dropLast())
        var stems: [String] = []
        var uncertain: [String] = []
        for (strong, weak) in rules.gradation {
            // A rule written with vowels ("uku") covers the vowel after it too.
            if strong.last.map({ Self.vowels.contains($0) }) == true {
                if word.lowercased().hasSuffix(strong) { uncertain.append(String(word.dropLast(strong.count)) + weak) }
                continue
            }
            guard body.lowercased().hasSuffix(strong) else { continue }
            let before = body.dropLast(strong.count)
            // A single consonant grades only after a vowel (kota → koda-, not linja → linj-).
            if strong.count == 1 {
                if let previous = before.last, Self.vowels.contains(previous) { uncertain.append(String(before) + weak + String(lastVowel)) }
                continue
            }
            stems.append(String(before) + weak + String(lastVowel))
            break
        }
        return (stems, stems.isEmpty ? uncertain : [])
    }

    private func pluralCandidates(_ word: String, endings: CaseEndings) -> [GrammaticalCase: [String]] {
        var base = String(word.dropLast())
        guard let last = base.last else { return [:] }
        // ylioppilaat → ylioppilai-: a long vowel shortens before the plural i, and the illative is -isiin.
        let longVowel = base.count > 2 && base.dropLast().last == last && Self.vowels.contains(last)
        if longVowel {
            base = String(base.dropLast())
        } else {
            switch last {
            case "i": base = String(base.dropLast()) + "e"
            case "a": base = String(base.dropLast()) + "o"
            case "ä": base = String(base.dropLast()) + "ö"
            case "e": base = String(base.dropLast())
            default: break
            }
        }
        let a = endings.back ? "a" : "ä"
        var result: [GrammaticalCase: [String]] = [
            .genitive: [base + "iden", base + "ien"],
            .partitive: [base + "it" + a],
            .illative: longVowel ? [base + "isiin", base + "ihin"] : [base + "ihin"],
            .essive: [base + "in" + a],
        ]
        for (grammaticalCase, ending) in endings.weakStemEndings {
            result[grammaticalCase] = [base + "i" + ending]
        }
        return result
    }

    /// The endings that follow the weak stem, in one vowel harmony.
    struct CaseEndings {
        var back: Bool
        var weakStemEndings: [(GrammaticalCase, String)] {
            let a = back ? "a" : "ä"
            return [(.inessive, "ss" + a), (.elative, "st" + a), (.adessive, "ll" + a), (.ablative, "lt" + a), (.allative, "lle")]
        }
    }
}
