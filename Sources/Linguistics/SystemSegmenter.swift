import Foundation
import KuuloCore

/// Word boundaries for CamelCase hashtag advice from what is installed: Voikko for Finnish and the
/// Hunspell English word list. Each part is loaded on first use, since most runs never need it, and
/// the English list only when Voikko has no answer (it is the slower of the two to load).
public final class SystemSegmenter: WordSegmenter, @unchecked Sendable {
    private let lock = NSLock()
    private var finnishOpened = false
    private var finnish: VoikkoSegmenter?
    private var englishLoaded = false
    private var english: WordListSegmenter?

    /// Folders searched for `en_US.dic`.
    public static let dictionaryFolders = ["/usr/share/hunspell", "/usr/share/myspell/dicts", "/usr/share/myspell"]

    /// Creates the segmenter; nothing is loaded yet.
    public init() {}

    /// Voikko's split if it has one whose words join back to `word`, else the English word list's
    /// (the same answer as a `ChainedWordSegmenter` of the two).
    public func segment(_ word: String) -> [String]? {
        lock.lock()
        defer { lock.unlock() }
        if !finnishOpened {
            finnish = try? VoikkoSegmenter()
            finnishOpened = true
        }
        if let words = finnish?.segment(word), words.joined() == word { return words }
        if !englishLoaded {
            english = Self.englishWords().map { WordListSegmenter(lowercasedWords: $0) }
            englishLoaded = true
        }
        if let words = english?.segment(word), words.joined() == word { return words }
        return nil
    }

    /// The words of Hunspell's English dictionary (lower-cased, affix flags dropped): lines of at least
    /// two letters, after the first line (the word count).
    static func englishWords() -> [String]? {
        for folder in dictionaryFolders {
            guard let data = FileManager.default.contents(atPath: folder + "/en_US.dic"),
                  let text = String(data: data, encoding: .utf8) ?? String(data: data, encoding: .isoLatin1) else { continue }
            return words(ofDictionary: text)
        }
        return nil
    }

    /// The words of a Hunspell `.dic` text. ASCII lines (nearly all of an English list) are read byte
    /// by byte; any other line goes through `Character`'s letter test.
    static func words(ofDictionary text: String) -> [String] {
        var words: [String] = []
        let utf8 = Array(text.utf8)
        var lineStart = 0
        var isFirstLine = true
        while lineStart < utf8.count {
            var lineEnd = lineStart
            while lineEnd < utf8.count, utf8[lineEnd] != 0x0A { lineEnd += 1 }
            defer { lineStart = lineEnd + 1 }
            guard lineEnd > lineStart else { continue }
            if isFirstLine {
                isFirstLine = false
                continue
            }
            var wordEnd = lineStart
            var asciiLetters = utf8[lineStart] != UInt8(ascii: "/")
            while wordEnd < lineEnd, utf8[wordEnd] != UInt8(ascii: "/") {
                let byte = utf8[wordEnd] | 0x20
                if byte < UInt8(ascii: "a") || byte > UInt8(ascii: "z") { asciiLetters = false }
                wordEnd += 1
            }
            if asciiLetters {
                let length = wordEnd - lineStart
                if length >= 2 {
                    words.append(String(unsafeUninitializedCapacity: length) { buffer in
                        for offset in 0..<length { buffer[offset] = utf8[lineStart + offset] | 0x20 }
                        return length
                    })
                }
            } else {
                let line = String(decoding: utf8[lineStart..<lineEnd], as: UTF8.self)
                let word = line.split(separator: "/", maxSplits: 1).first.map(String.init) ?? line
                if word.count >= 2, word.allSatisfy(\.isLetter) { words.append(word.lowercased()) }
            }
        }
        return words
    }
}
