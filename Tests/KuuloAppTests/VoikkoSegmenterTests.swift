import KuuloCore
import Linguistics
import Testing

/// Voikko with the Finnish dictionary (`voikko-fi`), which the README's set-up installs. These tests
/// fail, rather than skip, when it is missing: the hashtag advice depends on it.
@Suite("Hashtag Voikko segmenter")
struct VoikkoHashtagSegmenterTests {
    @Test func missingDictionaryIsATypedError() {
        do {
            _ = try Voikko(language: "xx-kuulo")
            Issue.record("Voikko opened a language that has no dictionary")
        } catch {
            if case .unavailable(let language, let reason) = error {
                #expect(language == "xx-kuulo")
                #expect(!reason.isEmpty)
            }
        }
    }

    @Test func spellingAndBaseForms() throws {
        let voikko = try Voikko()
        #expect(voikko.spell("Tampere"))
        #expect(!voikko.spell("tampere"))
        #expect(!voikko.spell("xqzvbnm"))
        #expect(voikko.baseForms("kritiikkiin") == ["kritiikki"])
        #expect(voikko.baseForms("opiskelijoille") == ["opiskelija"])
        #expect(voikko.baseForms("xqzvbnm").isEmpty)
        let structures = voikko.analyze("opiskelijakunta").compactMap { $0["STRUCTURE"] }
        #expect(structures == ["=pppppppppp=ppppp"])
    }

    @Test func wordsAsFinnishWritesThem() throws {
        let segmenter = try VoikkoSegmenter()
        #expect(segmenter.segment("tampereenylioppilaskunta") == ["tampereen", "ylioppilaskunta"])
        #expect(segmenter.segment("helsinginyliopisto") == ["helsingin", "yliopisto"])
        #expect(segmenter.segment("jyväskylänylioppilaskunta") == ["jyväskylän", "ylioppilaskunta"])
        // Compounds are one word: a screen reader reads them as one.
        #expect(segmenter.segment("opiskelijakunta") == ["opiskelijakunta"])
        #expect(segmenter.segment("kesätapahtuma") == ["kesätapahtuma"])
        // `vapun` is also the holiday, so this is a compound; `Pirkanmaa` is a name, not Pirkka + maa.
        #expect(segmenter.segment("vapunvietto") == ["vapunvietto"])
        #expect(segmenter.segment("pirkanmaa") == ["pirkanmaa"])
        #expect(segmenter.segment("xqzvbnm") == nil)
    }

    @Test func compoundParts() throws {
        let segmenter = try VoikkoSegmenter(granularity: .compoundParts)
        #expect(segmenter.segment("opiskelijakunta") == ["opiskelija", "kunta"])
        #expect(segmenter.segment("kesätapahtuma") == ["kesä", "tapahtuma"])
    }

    @Test func camelCaseSuggestions() throws {
        let words = try VoikkoSegmenter()
        #expect(HashtagCamelCase.suggest(tag: "#tampereenylioppilaskunta", segmenter: words) == "#TampereenYlioppilaskunta")
        #expect(HashtagCamelCase.suggest(tag: "#jyväskylänylioppilaskunta", segmenter: words) == "#JyväskylänYlioppilaskunta")
        #expect(HashtagCamelCase.suggest(tag: "#vappu2026", segmenter: words) == "#Vappu2026")
        #expect(HashtagCamelCase.suggest(tag: "#opiskelijakunta", segmenter: words) == nil)
        #expect(HashtagCamelCase.suggest(tag: "#TampereenYlioppilaskunta", segmenter: words) == nil)
        let bilingual = ChainedWordSegmenter([words, WordListSegmenter(words: ["student", "life"])])
        #expect(HashtagCamelCase.suggest(tag: "#studentlife", segmenter: bilingual) == "#StudentLife")
        #expect(HashtagCamelCase.suggest(tag: "#studentlife", segmenter: words) == nil)
        let parts = try VoikkoSegmenter(granularity: .compoundParts)
        #expect(HashtagCamelCase.suggest(tag: "#opiskelijakunta", segmenter: parts) == "#OpiskelijaKunta")
    }
}
