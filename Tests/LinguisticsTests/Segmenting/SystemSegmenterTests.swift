import Foundation
import KuuloCore
@testable import Linguistics
import Testing

@Suite struct SystemSegmenterTests {
    /// The word-list reading as it was before the byte-level fast path, kept as the reference.
    private static func referenceWords(_ text: String) -> [String] {
        var words: [String] = []
        for line in text.split(separator: "\n").dropFirst() {
            let word = line.split(separator: "/", maxSplits: 1).first.map(String.init) ?? String(line)
            if word.count >= 2, word.allSatisfy(\.isLetter) { words.append(word.lowercased()) }
        }
        return words
    }

    @Test func dictionaryWordsMatchTheCharacterLevelReading() {
        let text = "\n12\nhello/MS\nA\nAB/x\nNew York\ncafé/S\nÉcole\nx1/Z\n/odd\n\nSchiff\u{308}/A\nDoesn't\nÅland/M\n"
        #expect(SystemSegmenter.words(ofDictionary: text) == Self.referenceWords(text))
        #expect(SystemSegmenter.words(ofDictionary: text).contains("café"))
    }

    @Test func installedEnglishListMatchesTheCharacterLevelReading() throws {
        let path = "/usr/share/hunspell/en_US.dic"
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else { return }
        let words = SystemSegmenter.words(ofDictionary: text)
        #expect(words.count > 10_000)
        #expect(words == Self.referenceWords(text))
    }

    @Test func englishSegmenterSplitsLikeTheWordListSegmenter() {
        let words = ["student", "union", "students", "un", "ion", "home", "coming", "homecoming", "party", "art", "par", "ty", "café", "society"]
        let fast = WordListSegmenter(lowercasedWords: words)
        let reference = WordListSegmenter(words: words, minimumWordLength: 2)
        for word in ["studentunion", "homecomingparty", "partyart", "cafésociety", "tyy", "x", "", "unionunion", "studentsunion"] {
            #expect(fast.segment(word) == reference.segment(word), "\(word)")
        }
        if let installed = SystemSegmenter.englishWords() {
            let fastInstalled = WordListSegmenter(lowercasedWords: installed)
            let referenceInstalled = WordListSegmenter(words: installed, minimumWordLength: 2)
            for word in ["studentunion", "freshersweek", "tyy", "syysjuhla", "welcomeparty", "helpdesk"] {
                #expect(fastInstalled.segment(word) == referenceInstalled.segment(word), "\(word)")
            }
        }
    }

    @Test func finnishFirstThenEnglish() {
        let segmenter = SystemSegmenter()
        if (try? Voikko(language: "fi")) != nil {
            #expect(segmenter.segment("tampereenylioppilaskunta") == ["tampereen", "ylioppilaskunta"])
        }
        if Hunspell.files(of: "en_US", in: Hunspell.defaultSearchPaths) != nil {
            #expect(segmenter.segment("studentunion")?.joined() == "studentunion")
        }
    }

    @Test func lazyHunspellFindsTheDictionaryUpFrontAndOpensItLater() throws {
        #expect(throws: HunspellError.self) {
            _ = try LazyHunspell(dictionary: "xx_KUULO", searchPaths: ["/nonexistent"])
        }
        guard Hunspell.files(of: "en_US", in: Hunspell.defaultSearchPaths) != nil else { return }
        let lazy = try LazyHunspell()
        let eager = try Hunspell()
        for word in ["members", "recieve", "listening", "diagnosed"] {
            #expect(lazy.isCorrect(word) == eager.spell(word))
            #expect(lazy.suggestions(for: word) == eager.suggest(word))
            #expect(lazy.baseForms(word) == eager.stems(word))
        }
    }
}
