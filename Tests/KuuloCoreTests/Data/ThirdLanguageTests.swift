import KuuloData
import Testing
@testable import KuuloCore

/// A made-up third language, added as nothing but a data file in an organisation's data folder:
/// no Swift knows its code. The packs are scoped to each test's task, so other tests never see it.
@Suite("A third language as data")
struct ThirdLanguageTests {
    static let pack = """
        code: xx
        names: {xx: zorbu, fi: zorbi, en: Zorbish}
        identifiers: [zorbu, zorbish]
        direction: ltr
        quotes: {open: "«", close: "»"}
        detection:
          functionWords: [zan, blop, kri, vu, tekka]
          endings: [uuk]
          letters: [ŧ]
          labels: [xx, zorbu]
          flags: ["🏴"]
        answers:
          yes: [zaa, za]
          no: [nuu]
        conflict:
          mine: [mek]
          theirs: [tuk]
        numbers:
          "1": [ik]
          "2": [dum]
          "3": [tri, trik]
          "4": [fek]
          "5": [pum]
          "6": [sek]
          "7": [sum]
          "8": [ok]
          "9": [nuk]
          "10": [dek]
        sentences:
          longSentenceWords: 12
        linguistics:
          snowball: porter
        morphology:
          analysis: stem
          compounds: false
        """

    /// The data set with the made-up pack in the organisation's folder.
    let data = DataFiles(embedded: EmbeddedFiles.all, embeddedJSON: EmbeddedFiles.parsedYAML,
                         overrides: ["Prompts/languages/xx.yaml": ThirdLanguageTests.pack])

    func withThirdLanguage<T>(_ body: (Language) throws -> T) throws -> T {
        let packs = LanguagePacks(data: data)
        #expect(data.warnings.isEmpty, "\(data.warnings)")
        return try LanguagePacks.$scoped.withValue(packs) {
            let language = try #require(Language(rawValue: "xx"))
            return try body(language)
        }
    }

    @Test("the pack loads and is listed after Finnish and English, by its code and its names")
    func listed() throws {
        try withThirdLanguage { (xx: Language) throws in
            #expect(Language.allCases == [.fi, .en, xx])
            #expect(Language(identifier: "Zorbish") == xx)
            #expect(Language(identifier: "xx_XX.UTF-8") == xx)
            #expect(xx.pack.name(in: .fi) == "zorbi")
            #expect(xx.pack.name(in: xx) == "zorbu")
            #expect(xx.pack.quotes?.open == "«")
        }
        // Outside the scope the language is not installed.
        #expect(Language(rawValue: "xx") == nil)
        #expect(Language.allCases == [.fi, .en])
    }

    @Test("paragraphs in the third language are detected by its cues, and Finnish and English still are")
    func detected() throws {
        try withThirdLanguage { (xx: Language) throws in
            let detector = LanguageDetector()
            #expect(detector.detect("Zan blop kri tekka vu!", fallback: .fi) == xx)
            #expect(detector.detect("xx: marraŧuuk", fallback: .en) == xx)
            #expect(detector.detect("Tervetuloa syysbileisiin! Liput ovelta klo 20 alkaen.", fallback: .en) == .fi)
            #expect(detector.detect("The board meets today and all members are welcome.", fallback: .fi) == .en)
            #expect(detector.detect("12345", fallback: xx) == xx)
        }
    }

    @Test("yes/no and conflict answers in the third language are understood, and the others' still are")
    func answers() throws {
        let flow = try Flow(json: [
            "id": "test",
            "steps": [["id": "ok", "kind": "yesno", "field": "/ok", "question": "?"]],
        ], path: "test.yaml")
        let step = try #require(flow.steps.first)
        try withThirdLanguage { (xx: Language) throws in
            #expect(try AnswerParser.parse("Zaa", for: step, language: xx).get() == .bool(true))
            #expect(try AnswerParser.parse("nuu", for: step, language: xx).get() == .bool(false))
            #expect(try AnswerParser.parse("kyllä", for: step, language: xx).get() == .bool(true))
            #expect(try AnswerParser.parse("nuu", for: step, language: .fi).get() == .bool(false))
            #expect(throws: AnswerProblem.self) { try AnswerParser.parse("blop", for: step, language: xx).get() }
            #expect(LanguagePacks.current.mineOrTheirs("MEK", language: xx) == true)
            #expect(LanguagePacks.current.mineOrTheirs("tuk", language: .en) == false)
        }
        // Without the pack its words mean nothing.
        #expect(throws: AnswerProblem.self) { try AnswerParser.parse("zaa", for: step, language: .en).get() }
    }

    @Test("number words, the sentence limit and a Knowledge article in the third language come from its pack")
    func packData() throws {
        try withThirdLanguage { (xx: Language) throws in
            #expect(xx.pack.number("trik") == 3)
            #expect(xx.pack.number("dek") == 10)
            #expect(xx.pack.number("kolme") == nil)
            #expect(LongSentenceRule.defaultLimits[xx] == 12)
            let article = try KnowledgeArticle(text: """
                ---
                id: tip-1
                lang: xx
                title: Zan blop
                ---
                Kri tekka vu.
                """, path: "Knowledge/xx/tip-1.md")
            #expect(article.language == xx)
        }
        #expect(throws: DataFileError.self) {
            try KnowledgeArticle(text: "---\nid: tip-1\nlang: xx\ntitle: T\n---\nText.\n", path: "Knowledge/xx/tip-1.md")
        }
    }
}
