import Testing
@testable import KuuloCore

/// An expected entity: its exact text and code-point range.
struct ExpectedSpan: Equatable, Sendable, CustomStringConvertible {
    let text: String
    let start: Int
    let end: Int

    init(_ text: String, _ start: Int, _ end: Int) {
        self.text = text
        self.start = start
        self.end = end
    }

    init(_ entity: TextEntity) {
        self.init(entity.text, entity.start, entity.end)
    }

    var description: String { "\(text)[\(start),\(end))" }
}

/// One row of an extraction table.
struct ExtractionCase: Sendable, CustomTestStringConvertible {
    let note: String
    let text: String
    let expected: [ExpectedSpan]

    init(_ note: String, _ text: String, _ expected: [ExpectedSpan]) {
        self.note = note
        self.text = text
        self.expected = expected
    }

    var testDescription: String { note }
}

@Suite("Hashtag extraction")
struct HashtagExtractorTests {
    static let cases: [ExtractionCase] = [
        .init("tag before !", "Tervetuloa #vappu!", [.init("#vappu", 11, 17)]),
        .init("tag at start before .", "#vappu.", [.init("#vappu", 0, 6)]),
        .init("Finnish letters and digits", "Juhlat #kesäjuhla2026 alkavat", [.init("#kesäjuhla2026", 7, 21)]),
        .init("å, Ä, Ö and underscore", "#Åbo_Akademi ja #ÄÖ", [.init("#Åbo_Akademi", 0, 12), .init("#ÄÖ", 16, 19)]),
        .init("tag at end", "Nähdään #Kampuksella", [.init("#Kampuksella", 8, 20)]),
        .init("underscores inside", "#tag_name_2 ok", [.init("#tag_name_2", 0, 11)]),
        .init("underscore before # blocks", "_#tag", []),
        .init("followed by # drops both", "#a#b", []),
        .init("followed by full-width ＃", "#tag＃x", []),
        .init("trailing # drops", "#tag# jee", []),
        .init("followed by :// drops", "#tag://x", []),
        .init("digits only", "#2026", []),
        .init("number then letters", "#2026 #1st", [.init("#1st", 6, 10)]),
        .init("no letter at all", "#1_2 #_ #〃", []),
        .init("letter before #", "abc#def", []),
        .init("letter before # (e-mail-like)", "e-mail#tag", []),
        .init("HTML entity &#39;", "It&#39;s #great", [.init("#great", 9, 15)]),
        .init("HTML entity &#x27; has letters but follows &", "a&#x27;b", []),
        .init("full-width ＃ in Japanese", "＃ハッシュタグ。", [.init("＃ハッシュタグ", 0, 7)]),
        .init("full-width alphanumerics", "＃ｈａｓｈｔａｇ１２３", [.init("＃ｈａｓｈｔａｇ１２３", 0, 11)]),
        .init("CJK letter before # blocks", "日本語#タグ", []),
        .init("kanji", "#漢字 is", [.init("#漢字", 0, 3)]),
        .init("Arabic", "#السياسة اليوم", [.init("#السياسة", 0, 8)]),
        .init("Persian with ZWNJ", "#می\u{200C}خواهم", [.init("#می\u{200C}خواهم", 0, 9)]),
        .init("Hebrew geresh and gershayim", "#וכו׳ #מ״כ", [.init("#וכו׳", 0, 5), .init("#מ״כ", 6, 10)]),
        .init("Thai combining marks", "#ผู้เริ่ม", [.init("#ผู้เริ่ม", 0, 9)]),
        .init("Catalan middle dot", "#il·lusió", [.init("#il·lusió", 0, 9)]),
        .init("astral letter", "#\u{20021}", [.init("#\u{20021}", 0, 2)]),
        .init("emoji right after", "#vappu🎉 juhla", [.init("#vappu", 0, 6)]),
        .init("heart with VS16 right after", "#vappu❤️", [.init("#vappu", 0, 6)]),
        .init("skin-tone emoji right after", "#vappu👍🏽", [.init("#vappu", 0, 6)]),
        .init("keycap #️⃣ is not a tag", "#️⃣ #vappu", [.init("#vappu", 4, 10)]),
        .init("keycap digit ends a tag", "#vappu1️⃣", [.init("#vappu1", 0, 7)]),
        .init("emoji before # is a boundary", "🎉#vappu", [.init("#vappu", 1, 7)]),
        .init("URL fragment is no tag", "https://example.com/page#section ja #tag", [.init("#tag", 36, 40)]),
        .init("tag in www link", "www.x.fi/#a #b", [.init("#b", 12, 14)]),
        .init("tag after slash in links (twitter-text)", "http://twitter.com/#hashtag twitter.com/#hashtag", []),
        .init("tag in bare-domain link", "Ilmo: tyy.fi/#vappu", []),
        .init("tag before a domain", "#test.com", [.init("#test", 0, 5)]),
        .init("punctuation after tags", "#vappu, #wappu; #kesä: #juhla? #ok",
              [.init("#vappu", 0, 6), .init("#wappu", 8, 14), .init("#kesä", 16, 21), .init("#juhla", 23, 29), .init("#ok", 31, 34)]),
        .init("hyphen ends", "#tag-name", [.init("#tag", 0, 4)]),
        .init("space ends", "#vappu 2026", [.init("#vappu", 0, 6)]),
        .init("# then space", "# vappu", []),
        .init("newlines", "#a\n#b", [.init("#a", 0, 2), .init("#b", 3, 5)]),
        .init("double hash", "##vappu", [.init("#vappu", 1, 7)]),
        .init("brackets", "(#hashtag1 )#hashtag2", [.init("#hashtag1", 1, 10), .init("#hashtag2", 12, 21)]),
        .init("empty text", "", []),
    ]

    @Test("extracts exactly the expected hashtags", arguments: cases)
    func extractsHashtags(_ row: ExtractionCase) {
        let found = HashtagExtractor().hashtags(in: row.text).map(ExpectedSpan.init)
        #expect(found == row.expected, "\(row.text)")
    }

    @Test func bodyAndKindOfHashtag() throws {
        let tag = try #require(HashtagExtractor().hashtags(in: "Hei ＃Vappu!").first)
        #expect(tag.kind == .hashtag)
        #expect(tag.text == "＃Vappu")
        #expect(tag.body == "Vappu")
        #expect(tag.range == 4..<10)
    }

    @Test func decomposedLettersCountAsCodePoints() {
        // "ä" as a + combining diaeresis: two code points, one character.
        let text = "#kesa\u{0308} #x"
        let found = HashtagExtractor().hashtags(in: text).map(ExpectedSpan.init)
        #expect(found == [.init("#kesa\u{0308}", 0, 6), .init("#x", 7, 9)])
    }
}
