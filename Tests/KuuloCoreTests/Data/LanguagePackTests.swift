import KuuloData
import Testing
@testable import KuuloCore

@Suite("Language packs")
struct LanguagePackTests {
    let data = DataFiles(embedded: EmbeddedFiles.all, embeddedJSON: EmbeddedFiles.parsedYAML)

    @Test("the language packs compiled into KuuloCore are the files in Prompts/languages")
    func builtInCopyIsCurrent() {
        let files = EmbeddedFiles.all.filter { $0.key.hasPrefix(LanguagePacks.folder) }
        #expect(!files.isEmpty)
        // After changing a pack: swift run kuulo-embed --language-packs Sources/KuuloCore/Localization/LanguagePacks+BuiltIn.swift . Prompts/languages/*.yaml
        #expect(LanguagePacks.builtInFiles == files, "LanguagePacks+BuiltIn.swift is out of date")
    }

    @Test("the installed packs are Finnish and English, in that order, read from the data without warnings")
    func installed() {
        let packs = LanguagePacks(data: data)
        #expect(packs.languages == [.fi, .en])
        #expect(LanguagePacks.builtIn.languages == [.fi, .en])
        #expect(Language.allCases == [.fi, .en])
        #expect(data.warnings.isEmpty, "\(data.warnings)")
    }

    @Test("every pack is complete: names in every language, cues, answer and number words, a sentence limit")
    func complete() {
        let packs = LanguagePacks(data: data)
        for pack in packs.packs {
            for language in packs.languages {
                #expect(pack.names[language.code]?.isEmpty == false, "\(pack.code) has no name in \(language.code)")
            }
            #expect(!pack.detection.functionWords.isEmpty && !pack.detection.labels.isEmpty, "\(pack.code)")
            #expect(!pack.yesWords.isEmpty && !pack.noWords.isEmpty && pack.yesWords.isDisjoint(with: pack.noWords), "\(pack.code)")
            #expect(!pack.mineWords.isEmpty && !pack.theirsWords.isEmpty && pack.mineWords.isDisjoint(with: pack.theirsWords), "\(pack.code)")
            #expect(Set(pack.numbers.map { $0.value }).isSuperset(of: 1...10), "\(pack.code) lacks number words")
            #expect((pack.longSentenceWords ?? 0) > 0, "\(pack.code)")
            #expect(pack.dictionaryPackage != nil && pack.snowball != nil, "\(pack.code)")
        }
    }

    @Test("Finnish and English answer as they did before the packs")
    func finnishAndEnglishUnchanged() {
        let packs = LanguagePacks.current
        for word in ["k", "Kyllä", "kylla", "joo", "juu", "y", "yes", "yeah", "true"] {
            #expect(packs.yesOrNo(word, language: .fi) == true, "\(word)")
            #expect(packs.yesOrNo(word, language: .en) == true, "\(word)")
        }
        for word in ["e", "ei", "n", "NO", "nope", "false"] {
            #expect(packs.yesOrNo(word, language: .en) == false, "\(word)")
        }
        #expect(packs.yesOrNo("maybe", language: .en) == nil)
        for word in ["o", "oma", "m", "mine", "minun"] { #expect(packs.mineOrTheirs(word, language: .fi) == true, "\(word)") }
        for word in ["t", "toisen", "theirs", "their"] { #expect(packs.mineOrTheirs(word, language: .en) == false, "\(word)") }
        #expect(LongSentenceRule.defaultLimits == [.fi: 20, .en: 25])
        #expect(SpellingRule.packages == [.fi: "voikko-fi", .en: "hunspell-en-us"])
        #expect(Language(identifier: "suomeksi") == .fi)
        #expect(Language(identifier: "fi_FI.UTF-8") == .fi)
        #expect(Language(identifier: " Englanniksi ") == .en)
        #expect(Language(identifier: "en_GB") == .en)
        #expect(Language(identifier: "sv") == nil)
        #expect(Language(rawValue: "xx") == nil)
        #expect(Language.fi.pack.number("kolme") == 3)
        #expect(Language.en.pack.number("Tenth") == 10)
        #expect(Language.fi.pack.name(in: .en) == "Finnish")
    }

    @Test("a pack with an unknown key or a word list of the wrong kind is refused with the key named")
    func broken() throws {
        let unknown = try YAMLData.parse("code: xx\nanswerz: {}\n", path: "Prompts/languages/xx.yaml")
        #expect(throws: DataFileError.self) { try LanguagePack(tree: unknown, path: "Prompts/languages/xx.yaml") }
        do {
            _ = try LanguagePack(tree: unknown, path: "Prompts/languages/xx.yaml")
        } catch {
            #expect(error.problem.contains("answerz"))
            #expect(error.path == "Prompts/languages/xx.yaml")
        }
        let wrongKind = try YAMLData.parse("code: xx\nanswers: {yes: 3}\n", path: "p.yaml")
        #expect(throws: DataFileError.self) { try LanguagePack(tree: wrongKind, path: "p.yaml") }
        let noCode = try YAMLData.parse("names: {xx: X}\n", path: "p.yaml")
        #expect(throws: DataFileError.self) { try LanguagePack(tree: noCode, path: "p.yaml") }
    }

    @Test("a broken pack in a data folder is reported and the built-in pack of that name stays")
    func brokenOverride() {
        let overridden = DataFiles(embedded: EmbeddedFiles.all, overrides: ["Prompts/languages/fi.yaml": "code: fi\nsentences: {longSentenceWords: many}\n"])
        let packs = LanguagePacks(data: overridden)
        #expect(packs.languages == [.fi, .en])
        #expect(packs.pack(code: "fi")?.longSentenceWords == 20)
        #expect(overridden.warnings.first?.path == "Prompts/languages/fi.yaml")
    }
}
