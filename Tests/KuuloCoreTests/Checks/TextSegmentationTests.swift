import Testing
@testable import KuuloCore

@Suite("Text segmentation for the checks")
struct TextSegmentationTests {
    @Test func wordsJoinOverHyphensApostrophesAndColons() {
        let words = WordTokenizer.words(in: "Instagram-postaus, don’t TYY:n esim. 2026-kevät e.g. -ja-")
        #expect(words.map(\.text) == ["Instagram-postaus", "don’t", "TYY:n", "esim", "2026-kevät", "e.g", "ja"])
        #expect(words.map(\.followedByDot) == [false, false, false, true, false, true, false])
        #expect(words[2].isAllCaps == false && WordTokenizer.words(in: "KELA")[0].isAllCaps)
    }

    @Test func wordOffsetsCountCodePoints() {
        let words = WordTokenizer.words(in: "🎉 e\u{0301}lan ääni")
        #expect(words.map(\.start) == [2, 8])
        #expect(words.map(\.end) == [7, 12])
    }

    @Test func paragraphsAreSeparatedByBlankLines() {
        let text = "  Eka rivi\ntoka rivi\n\n \n\r\nKolmas  \n"
        let scalars = Array(text.unicodeScalars)
        let paragraphs = ParagraphSplitter.paragraphs(in: scalars)
        #expect(paragraphs.map { ScalarClass.string(scalars, $0) } == ["Eka rivi\ntoka rivi", "Kolmas"])
        #expect(ParagraphSplitter.paragraphs(in: Array(" \n\n ".unicodeScalars)).isEmpty)
    }

    @Test func sentences() {
        let text = "Tule esim. huomenna! Mitä? 24. joulukuuta on aatto. Klo 18.00 alkaa\nuusi rivi"
        let scalars = Array(text.unicodeScalars)
        let sentences = SentenceSplitter.sentences(in: scalars, range: 0..<scalars.count).map { ScalarClass.string(scalars, $0) }
        #expect(sentences == ["Tule esim. huomenna!", "Mitä?", "24. joulukuuta on aatto.", "Klo 18.00 alkaa", "uusi rivi"])
    }
}
