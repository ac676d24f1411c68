import Testing
@testable import KuuloCore

@Suite("Hashtag CamelCase")
struct HashtagCamelCaseTests {
    let words = WordListSegmenter(words: [
        "tampereen", "ylioppilaskunta", "student", "students", "union", "life", "vappu", "kesä", "juhla", "a",
    ])

    @Test func capitalisesEachWord() {
        #expect(HashtagCamelCase.suggest(tag: "tampereenylioppilaskunta", segmenter: words) == "TampereenYlioppilaskunta")
        #expect(HashtagCamelCase.suggest(tag: "#studentlife", segmenter: words) == "#StudentLife")
        #expect(HashtagCamelCase.suggest(tag: "＃kesäjuhla", segmenter: words) == "＃KesäJuhla")
        #expect(HashtagCamelCase.suggest(tag: "TAMPEREENYLIOPPILASKUNTA", segmenter: words) == "TampereenYlioppilaskunta")
        #expect(HashtagCamelCase.suggest(tag: "Tampereenylioppilaskunta", segmenter: words) == "TampereenYlioppilaskunta")
    }

    /// Counts the words it is asked to split.
    final class SpySegmenter: WordSegmenter, @unchecked Sendable {
        var asked: [String] = []
        func segment(_ word: String) -> [String]? {
            asked.append(word)
            return nil
        }
    }

    @Test("a short run of capitals is an acronym: kept as written, never sent to the word splitter")
    func acronyms() {
        let spy = SpySegmenter()
        #expect(HashtagCamelCase.suggest(tag: "#TYY", segmenter: spy) == nil)
        #expect(HashtagCamelCase.suggest(tag: "#TYY2026", segmenter: spy) == nil)
        #expect(spy.asked.isEmpty)
        #expect(HashtagCamelCase.suggest(tag: "#TYY_vappu", segmenter: words) == "#TYY_Vappu")
    }

    @Test func keepsDigitsAndUnderscores() {
        #expect(HashtagCamelCase.suggest(tag: "vappu2026", segmenter: words) == "Vappu2026")
        #expect(HashtagCamelCase.suggest(tag: "#2026vappu", segmenter: words) == "#2026Vappu")
        #expect(HashtagCamelCase.suggest(tag: "vappu_2026", segmenter: words) == "Vappu_2026")
        #expect(HashtagCamelCase.suggest(tag: "kesäjuhla2026", segmenter: words) == "KesäJuhla2026")
    }

    @Test func nothingToSuggest() {
        #expect(HashtagCamelCase.suggest(tag: "#vappu", segmenter: words) == nil)  // one word
        #expect(HashtagCamelCase.suggest(tag: "TampereenYlioppilaskunta", segmenter: words) == nil)  // already
        #expect(HashtagCamelCase.suggest(tag: "#Vappu2026", segmenter: words) == nil)  // already
        #expect(HashtagCamelCase.suggest(tag: "#tyyvappu", segmenter: words) == nil)  // unknown word
        #expect(HashtagCamelCase.suggest(tag: "#vappu-juhla", segmenter: words) == nil)  // not a valid tag
        #expect(HashtagCamelCase.suggest(tag: "#2026", segmenter: words) == nil)  // not a valid tag
    }

    @Test func wordListPrefersFewerThenLongerWords() {
        let list = WordListSegmenter(words: ["student", "stu", "dent", "union", "pen", "island", "penis", "land"])
        #expect(list.segment("studentunion") == ["student", "union"])
        #expect(list.segment("penisland") == ["pen", "island"])
        #expect(list.segment("student") == ["student"])
        #expect(list.segment("studentx") == nil)
        #expect(list.segment("") == nil)
    }

    @Test func wordListIgnoresCaseOfListAndShortWords() {
        let list = WordListSegmenter(words: ["Student", "Life", "a"], minimumWordLength: 2)
        #expect(list.segment("studentlife") == ["student", "life"])
        #expect(list.segment("astudent") == nil)
    }

    @Test func chainTakesTheFirstAnswer() {
        let finnish = WordListSegmenter(words: ["kesä", "juhla"])
        let english = WordListSegmenter(words: ["summer", "party", "juhla"])
        let chain = ChainedWordSegmenter([finnish, english])
        #expect(chain.segment("kesäjuhla") == ["kesä", "juhla"])
        #expect(chain.segment("summerparty") == ["summer", "party"])
        #expect(chain.segment("summerjuhla") == ["summer", "juhla"])
        #expect(chain.segment("xyz") == nil)
    }
}
