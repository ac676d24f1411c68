import Foundation

/// A `LemmaTable` cache file looked up where it lies, without parsing it into a dictionary: its lines
/// are sorted by the word's UTF-8 bytes, so a word is found by binary search. A run that loads a search
/// snapshot asks only for the question's words and the synonyms' base forms, a few hundred look-ups,
/// where reading the whole table would cost more than the search.
///
/// Words the file does not hold go to `fallback` (Voikko, opened only then), as in `LemmaTable`.
public struct LemmaFile: Lemmatizer, SpellChecker {
    private let bytes: [UInt8]
    /// Where each line starts and where its word ends (at the first tab or the line's end), in order.
    private let lines: [(start: Int, wordEnd: Int, end: Int)]
    /// The lemmatizer asked for words not in the file (and for spelling).
    public let fallback: (any Lemmatizer)?

    /// The file's lines, or `nil` when they are not in strictly increasing byte order of their words
    /// (a file written by an older Kuulo, or damaged): then read it as a `LemmaTable`.
    public init?(bytes: [UInt8], fallback: (any Lemmatizer)?) {
        var lines: [(start: Int, wordEnd: Int, end: Int)] = []
        var start = 0
        var wordEnd: Int?
        for (position, byte) in bytes.enumerated() {
            if byte == UInt8(ascii: "\t"), wordEnd == nil { wordEnd = position }
            guard byte == UInt8(ascii: "\n") else { continue }
            if position > start { lines.append((start, wordEnd ?? position, position)) }
            start = position + 1
            wordEnd = nil
        }
        if start < bytes.count { lines.append((start, wordEnd ?? bytes.count, bytes.count)) }
        for (earlier, later) in zip(lines, lines.dropFirst()) {
            guard bytes[earlier.start..<earlier.wordEnd].lexicographicallyPrecedes(bytes[later.start..<later.wordEnd]) else { return nil }
        }
        self.bytes = bytes
        self.lines = lines
        self.fallback = fallback
    }

    /// The kept base forms, else the fallback's.
    public func baseForms(_ word: String) -> [String] {
        entry(word) ?? fallback?.baseForms(word) ?? []
    }

    /// Whether the fallback accepts the word (every word without a speller).
    public func isCorrect(_ word: String) -> Bool {
        (fallback as? any SpellChecker)?.isCorrect(word) ?? true
    }

    /// The kept suggestions, else the fallback's, if it is a speller.
    public func suggestions(for word: String) -> [String] {
        entry(LemmaTable.suggestionKey(word)) ?? (fallback as? any SpellChecker)?.suggestions(for: word) ?? []
    }

    /// The fields after `word` on its line, or `nil` when no line starts with it.
    private func entry(_ word: String) -> [String]? {
        let key = Array(word.utf8)
        guard !key.isEmpty else { return nil }
        var low = 0
        var high = lines.count
        while low < high {
            let middle = (low + high) / 2
            let line = lines[middle]
            let found = bytes[line.start..<line.wordEnd]
            if found.elementsEqual(key) {
                guard line.wordEnd < line.end else { return [] }
                return bytes[(line.wordEnd + 1)..<line.end].split(separator: UInt8(ascii: "\t"), omittingEmptySubsequences: false)
                    .map { String(decoding: $0, as: UTF8.self) }
            }
            if found.lexicographicallyPrecedes(key) { low = middle + 1 } else { high = middle }
        }
        return nil
    }
}
