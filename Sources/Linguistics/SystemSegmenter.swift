import Foundation
import KuuloCore

/// Word boundaries for CamelCase hashtag advice from what is installed: Voikko for Finnish and the
/// Hunspell English word list. Loaded on first use, since most runs never need it.
public final class SystemSegmenter: WordSegmenter, @unchecked Sendable {
    private let lock = NSLock()
    private var loaded: ChainedWordSegmenter?

    /// Folders searched for `en_US.dic`.
    public static let dictionaryFolders = ["/usr/share/hunspell", "/usr/share/myspell/dicts", "/usr/share/myspell"]

    /// Creates the segmenter; nothing is loaded yet.
    public init() {}

    public func segment(_ word: String) -> [String]? {
        lock.lock()
        defer { lock.unlock() }
        if loaded == nil { loaded = Self.load() }
        return loaded?.segment(word)
    }

    private static func load() -> ChainedWordSegmenter {
        var parts: [any WordSegmenter] = []
        if let finnish = try? VoikkoSegmenter() { parts.append(finnish) }
        if let words = englishWords() { parts.append(WordListSegmenter(words: words, minimumWordLength: 2)) }
        return ChainedWordSegmenter(parts)
    }

    /// The words of Hunspell's English dictionary (lower-cased, affix flags dropped).
    static func englishWords() -> [String]? {
        for folder in dictionaryFolders {
            guard let data = FileManager.default.contents(atPath: folder + "/en_US.dic"),
                  let text = String(data: data, encoding: .utf8) ?? String(data: data, encoding: .isoLatin1) else { continue }
            var words: [String] = []
            for line in text.split(separator: "\n").dropFirst() {
                let word = line.split(separator: "/", maxSplits: 1).first.map(String.init) ?? String(line)
                if word.count >= 2, word.allSatisfy(\.isLetter) { words.append(word.lowercased()) }
            }
            return words
        }
        return nil
    }
}
