import Foundation

/// Decides whether a word the speller rejects is still a word: an abbreviation, an acronym, a name
/// of the plan, a social-media word, or a compound or inflection of those.
struct WordAcceptance {
    let speller: any SpellChecker
    let language: Language
    let vocabulary: SocialMediaVocabulary
    /// Names and the organisation's own words, lower-case.
    let known: Set<String>
    let lemmas: LemmaCache

    /// Whether `token` is no misspelling.
    func accepts(_ token: WordToken) -> Bool {
        if token.hasDigit || token.letters.count < 2 { return true }
        // Composed characters for the speller (a paste from macOS may have `a` + U+0308 for `ä`).
        let word = token.text.precomposedStringWithCanonicalMapping.replacingOccurrences(of: "\u{2019}", with: "'")
        if accepts(word: word, followedByDot: token.followedByDot) { return true }
        // An acronym the dictionary does not know: TYY, ESN.
        return token.isAllCaps && token.letters.count <= 5
    }

    private func accepts(word: String, followedByDot: Bool) -> Bool {
        if acceptsWhole(word, followedByDot: followedByDot) { return true }
        // TYY:n, ry:ssä: an abbreviation or acronym with its case ending after a colon.
        if let colon = word.firstIndex(of: ":") {
            let head = String(word[..<colon])
            let ending = word[word.index(after: colon)...]
            if ending.count <= 5, ending.allSatisfy(\.isLetter),
               acceptsWhole(head, followedByDot: false) || head == head.uppercased() && head.count <= 6 { return true }
        }
        // Instagram-postaus, Kuulo-sovellus: every part is a word.
        let parts = word.split(whereSeparator: { $0 == "-" || $0 == "\u{2010}" || $0 == "\u{2011}" }).map(String.init)
        if parts.count > 1, parts.allSatisfy({ accepts(word: $0, followedByDot: false) }) { return true }
        // don't / TYY's
        if let possessive = language.pack.possessiveSuffix, word.lowercased().hasSuffix(possessive) {
            return acceptsWhole(String(word.dropLast(possessive.count)), followedByDot: false)
        }
        return language.pack.splitsCompounds && isCompoundOfVocabulary(word)
    }

    private func acceptsWhole(_ word: String, followedByDot: Bool) -> Bool {
        guard !word.isEmpty else { return false }
        if speller.isCorrect(word) || followedByDot && speller.isCorrect(word + ".") { return true }
        if vocabulary.isAbbreviation(word, followedByDot: followedByDot) || vocabulary.isAcronym(word) { return true }
        if isKnown(word) { return true }
        return vocabulary.accepts(word, baseForms: lemmas.baseForms(word, language))
    }

    /// A name or own word, or one inflected: `Kuulo` → `Kuulon`, `Kuulossa`.
    private func isKnown(_ word: String) -> Bool {
        let key = word.lowercased()
        if known.contains(key) { return true }
        return known.contains { name in
            name.count >= 3 && key.hasPrefix(name) && key.count - name.count <= 5 && key.dropFirst(name.count).allSatisfy(\.isLetter)
        }
    }

    /// `somepostaus`, `livelähetys`, `syyssitsit`: a compound of a vocabulary word and a word the
    /// speller knows (either way round) or of two vocabulary words. A modifier the speller does not
    /// know alone (`syys`, `kevät`) counts when it makes a compound with a probe head (`syysjuhla`).
    private func isCompoundOfVocabulary(_ word: String) -> Bool {
        let characters = Array(word)
        guard characters.count >= 6 else { return false }
        for cut in 2...(characters.count - 3) {
            let modifier = String(characters[..<cut])
            let head = String(characters[cut...])
            let modifierInVocabulary = vocabulary.accepts(modifier)
            let headInVocabulary = vocabulary.accepts(head)
            guard modifierInVocabulary || headInVocabulary else { continue }
            let modifierAccepted = modifierInVocabulary || speller.isCorrect(modifier)
                || headInVocabulary && vocabulary.compoundProbes.contains { speller.isCorrect(modifier + $0) }
            if modifierAccepted && (headInVocabulary || speller.isCorrect(head)) { return true }
        }
        return false
    }
}
