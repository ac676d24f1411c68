import Foundation

/// A term of a `TermList` found in a text.
public struct TermMatch: Equatable, Sendable {
    /// The category id.
    public var category: String
    /// The term as listed.
    public var term: String
    /// The words as written.
    public var text: String
    /// First code point.
    public var start: Int
    /// One past the last code point.
    public var end: Int
}

/// Finds the terms of a `TermList` among the words of a paragraph.
struct TermMatcher {
    private struct Entry {
        var category: String
        var term: TermList.Term
        var language: Language
    }

    /// What a word gives, worked out once per distinct word and language for the matcher's life (one
    /// check): a text repeats its words, and their forms and candidate terms cost the same each time.
    private final class WordMemo {
        var keys: [Language: [String: Set<String>]] = [:]
        var candidates: [Language: [String: [Entry]]] = [:]
    }

    private let list: TermList
    private let memo = WordMemo()
    private var byFirstWord: [String: [Entry]] = [:]
    private var stems: [Entry] = []
    /// Finnish single-word terms of five letters or more, for compound heads and prefix fallbacks.
    private var finnishHeads: [String: [Entry]] = [:]

    init(_ list: TermList) {
        self.list = list
        for category in list.categories {
            for (language, terms) in category.terms {
                for term in terms {
                    guard let first = term.words.first else { continue }
                    let entry = Entry(category: category.id, term: term, language: language)
                    if first.isStem {
                        stems.append(entry)
                    } else {
                        byFirstWord[first.text, default: []].append(entry)
                        if language.pack.splitsCompounds, term.words.count == 1, first.text.count >= 5 {
                            finnishHeads[first.text, default: []].append(entry)
                        }
                    }
                }
            }
        }
    }

    /// The matches among `tokens` (in order, entity words already left out) of a paragraph in
    /// `language`. Where terms overlap, the first found wins.
    func matches(_ tokens: [WordToken], scalars: [Unicode.Scalar], language: Language, lemmas: LemmaCache) -> [TermMatch] {
        var keys: [Set<String>?] = Array(repeating: nil, count: tokens.count)
        func keysOf(_ index: Int) -> Set<String> {
            if let known = keys[index] { return known }
            let text = tokens[index].text
            let computed = memo.keys[language]?[text] ?? Self.keys(of: tokens[index], language: language, lemmas: lemmas)
            memo.keys[language, default: [:]][text] = computed
            keys[index] = computed
            return computed
        }
        var result: [TermMatch] = []
        var index = 0
        while index < tokens.count {
            let tokenKeys = keysOf(index)
            var matched: TermMatch?
            for entry in memoCandidates(tokens[index], keys: tokenKeys, language: language, lemmas: lemmas) {
                guard let last = phraseEnd(entry, from: index, tokens: tokens, scalars: scalars, keysOf: keysOf),
                      !isIgnored(tokenKeys), !isGeneric(after: last, tokens: tokens, scalars: scalars, keysOf: keysOf) else { continue }
                let range = tokens[index].start..<tokens[last].end
                matched = TermMatch(category: entry.category, term: entry.term.written, text: ScalarClass.string(scalars, range),
                                    start: range.lowerBound, end: range.upperBound)
                index = last
                break
            }
            if let matched { result.append(matched) }
            index += 1
        }
        return result
    }

    // MARK: - Candidates

    /// `candidates`, once per distinct word and language.
    private func memoCandidates(_ token: WordToken, keys: Set<String>, language: Language, lemmas: LemmaCache) -> [Entry] {
        if let known = memo.candidates[language]?[token.text] { return known }
        let found = candidates(token, keys: keys, language: language, lemmas: lemmas)
        memo.candidates[language, default: [:]][token.text] = found
        return found
    }

    private func candidates(_ token: WordToken, keys: Set<String>, language: Language, lemmas: LemmaCache) -> [Entry] {
        var found: [Entry] = []
        for key in keys.sorted() { found += byFirstWord[key] ?? [] }
        found += stems.filter { entry in keys.contains { $0.hasPrefix(entry.term.words[0].text) } }
        // A Finnish compound whose last part is a term: `uupumusmasennus`.
        for base in Self.finnishBases(token, lemmas: lemmas) {
            let characters = Array(base)
            guard characters.count >= 8 else { continue }
            for cut in 3...(characters.count - 5) {
                found += finnishHeads[String(characters[cut...])] ?? []
            }
        }
        // Without Finnish base forms, an inflected form is recognised by its start: `masennukseen`.
        if language.pack.splitsCompounds, !lemmas.has(language) {
            let surface = Array(Self.surface(token.text))
            for (head, entries) in finnishHeads.sorted(by: { $0.key < $1.key }) where surface.count <= head.count + 5 {
                if String(surface).hasPrefix(String(head.dropLast())) { found += entries }
            }
        }
        return found
    }

    private func phraseEnd(_ entry: Entry, from index: Int, tokens: [WordToken], scalars: [Unicode.Scalar],
                           keysOf: (Int) -> Set<String>) -> Int? {
        var last = index
        for word in entry.term.words.dropFirst() {
            let next = last + 1
            guard next < tokens.count, Self.onlySpaceBetween(tokens[last], tokens[next], scalars),
                  Self.matches(word, keysOf(next)) else { return nil }
            last = next
        }
        return last
    }

    private func isIgnored(_ keys: Set<String>) -> Bool {
        list.ignored.values.joined().contains { term in term.words.count == 1 && Self.matches(term.words[0], keys) }
    }

    private func isGeneric(after last: Int, tokens: [WordToken], scalars: [Unicode.Scalar], keysOf: (Int) -> Set<String>) -> Bool {
        let next = last + 1
        guard next < tokens.count, Self.onlySpaceBetween(tokens[last], tokens[next], scalars) else { return false }
        let keys = keysOf(next)
        return list.genericWhenFollowedBy.values.joined().contains { term in term.words.first.map { Self.matches($0, keys) } ?? false }
    }

    // MARK: - Word forms

    /// The forms a word is compared by: as written (lower-case), without an English plural or
    /// possessive, its Finnish base forms (a short paragraph may be taken for English) and, in an
    /// English paragraph, its English ones; for `a-b`, the same for `b` too. (English base forms of
    /// every Finnish word cost a third of a check's time and add nothing: English words in Finnish
    /// text are not inflected the English way.)
    static func keys(of token: WordToken, language: Language, lemmas: LemmaCache) -> Set<String> {
        var keys: Set<String> = []
        var parts = [token.text]
        if let last = token.text.split(whereSeparator: { $0 == "-" || $0 == "\u{2010}" || $0 == "\u{2011}" }).last,
           last.count < token.text.count {
            parts.append(String(last))
        }
        for part in parts {
            let surface = Self.surface(part)
            keys.insert(surface)
            if surface.hasSuffix("'s") { keys.insert(String(surface.dropLast(2))) }
            if surface.hasSuffix("s"), surface.count > 3 { keys.insert(String(surface.dropLast())) }
            if surface.hasSuffix("es"), surface.count > 4 { keys.insert(String(surface.dropLast(2))) }
            keys.formUnion(lemmas.baseForms(part, .fi))
            // Finnish base forms are tried in every language (Finnish words turn up in any post), the text's own too.
            if language != .fi { keys.formUnion(lemmas.baseForms(part, language)) }
        }
        return keys
    }

    private static func finnishBases(_ token: WordToken, lemmas: LemmaCache) -> [String] {
        lemmas.baseForms(token.text, .fi)
    }

    static func surface(_ word: String) -> String {
        word.lowercased().replacingOccurrences(of: "\u{2019}", with: "'")
    }

    static func matches(_ word: TermList.Word, _ keys: Set<String>) -> Bool {
        word.isStem ? keys.contains { $0.hasPrefix(word.text) } : keys.contains(word.text)
    }

    static func onlySpaceBetween(_ first: WordToken, _ second: WordToken, _ scalars: [Unicode.Scalar]) -> Bool {
        first.end <= second.start && scalars[first.end..<second.start].allSatisfy { $0 == " " || $0 == "\u{00A0}" }
    }
}
