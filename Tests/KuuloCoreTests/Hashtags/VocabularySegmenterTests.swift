import Testing
@testable import KuuloCore

@Suite("Hashtag word boundaries that know student words")
struct VocabularySegmenterTests {
    /// An English word list that, like Hunspell, would cut `sitsit` into `sits` + `it`.
    let english = WordListSegmenter(words: ["sits", "it", "nowhere", "back", "to", "school"], minimumWordLength: 2)
    let finnish: Set<String> = ["viikko", "ilta"]
    let vocabulary = SocialMediaVocabulary(words: ["sitsit", "appro"], stems: ["sits"])

    var segmenter: VocabularySegmenter {
        VocabularySegmenter(base: english, isFinnishWord: { [finnish] in finnish.contains($0) }, vocabulary: { [vocabulary] in vocabulary })
    }

    @Test("a student word is one word, never split by the English list")
    func studentWordWhole() {
        #expect(english.segment("sitsit") == ["sits", "it"], "the case this guards against")
        #expect(segmenter.segment("sitsit") == ["sitsit"])
        #expect(HashtagCamelCase.suggest(tag: "#sitsit", segmenter: segmenter) == nil)
    }

    @Test("a student word beside an English word: each its own word")
    func besideEnglish() {
        #expect(segmenter.segment("nowheresitsit") == ["nowhere", "sitsit"])
        #expect(HashtagCamelCase.suggest(tag: "#nowheresitsit", segmenter: segmenter) == "#NowhereSitsit")
    }

    @Test("a student word joined to a Finnish word is a compound, one word")
    func finnishCompound() {
        #expect(segmenter.segment("sitsiviikko") == ["sitsiviikko"])
        #expect(HashtagCamelCase.suggest(tag: "#sitsiviikko", segmenter: segmenter) == nil)
    }

    @Test("everything else goes to the other segmenter as before")
    func othersUnchanged() {
        #expect(segmenter.segment("backtoschool") == ["back", "to", "school"])
        #expect(segmenter.segment("xyzzyqwerty") == nil)
    }
}
