import Foundation
import KuuloCore
@testable import Linguistics
import Testing

@Suite struct SystemSegmenterTests {
    /// A speller that knows a fixed list of words (a fake, not Hunspell): what the segmenter asks is
    /// recorded, so the tests see which parts it tries.
    final class ListSpeller: SpellChecker, @unchecked Sendable {
        let words: Set<String>
        private(set) var asked: [String] = []
        init(_ words: Set<String>) { self.words = words }
        func isCorrect(_ word: String) -> Bool {
            asked.append(word)
            return words.contains(word)
        }
        func suggestions(for word: String) -> [String] { [] }
    }

    @Test func spellerSegmenterSplitsLikeTheWordListSegmenter() {
        let words = ["student", "union", "students", "un", "ion", "home", "coming", "homecoming", "party", "art", "par", "ty", "café", "society"]
        let speller = SpellerSegmenter(speller: ListSpeller(Set(words)))
        let reference = WordListSegmenter(words: words, minimumWordLength: 2)
        for word in ["studentunion", "homecomingparty", "partyart", "cafésociety", "tyy", "x", "", "unionunion", "studentsunion"] {
            #expect(speller.segment(word) == reference.segment(word), "\(word)")
        }
    }

    @Test func spellerSegmenterAcceptsACapitalisedName() {
        let segmenter = SpellerSegmenter(speller: ListSpeller(["London", "party"]))
        #expect(segmenter.segment("londonparty") == ["london", "party"])
    }

    @Test func hunspellSplitsEnglishHashtags() throws {
        let segmenter = SpellerSegmenter(speller: try LazyHunspell())
        #expect(segmenter.segment("studentunion") == ["student", "union"])
        #expect(segmenter.segment("welcomeparty") == ["welcome", "party"])
        #expect(segmenter.segment("xqzzv") == nil)
    }

    @Test func finnishFirstThenEnglish() throws {
        let segmenter = SystemSegmenter()
        _ = try Voikko.sharedFinnish()
        #expect(segmenter.segment("tampereenylioppilaskunta") == ["tampereen", "ylioppilaskunta"])
        #expect(segmenter.segment("studentunion") == ["student", "union"])
    }

    @Test func voikkoIsOpenedOncePerProcess() throws {
        #expect(try Voikko.sharedFinnish() === Voikko.sharedFinnish())
    }

    @Test func hunspellIsOpenedOncePerDictionary() throws {
        let files = try #require(Hunspell.files(of: "en_US", in: Hunspell.defaultSearchPaths))
        let first = try Hunspell.shared(affixPath: files.affix, dictionaryPath: files.words)
        #expect(try first === Hunspell.shared(affixPath: files.affix, dictionaryPath: files.words))
    }

    @Test func lazyHunspellFindsTheDictionaryUpFrontAndOpensItLater() throws {
        #expect(throws: HunspellError.self) {
            _ = try LazyHunspell(dictionary: "xx_KUULO", searchPaths: ["/nonexistent"])
        }
        let lazy = try LazyHunspell()
        let eager = try Hunspell()
        for word in ["members", "recieve", "listening", "diagnosed"] {
            #expect(lazy.isCorrect(word) == eager.spell(word))
            #expect(lazy.suggestions(for: word) == eager.suggest(word))
            #expect(lazy.baseForms(word) == eager.stems(word))
        }
    }
}
