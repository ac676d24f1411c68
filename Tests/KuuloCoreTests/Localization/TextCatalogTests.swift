import KuuloData
import Testing
@testable import KuuloCore

@Suite("The text catalog")
struct TextCatalogTests {
    let catalog = TextCatalog(tables: [
        .fi: [
            TextKey(.message, "greeting"): .text("Hei {name}!"),
            TextKey(.message, "changes"): .plural([.one: "{count} muutos", .other: "{count} muutosta"]),
        ],
        .en: [
            TextKey(.message, "greeting"): .text("Hi {name}!"),
            TextKey(.message, "farewell"): .text("Bye {name}."),
            TextKey(.message, "changes"): .plural([.one: "{count} change", .other: "{count} changes"]),
            TextKey(.export, ["lists", "months"]): .list(["January", "February"]),
        ],
    ])

    @Test("a text missing in the language comes from English, and one missing in English too is its key's path")
    func fallback() {
        #expect(catalog.text(TextKey(.message, "greeting"), .fi, ["name": "Maija"]) == "Hei Maija!")
        #expect(catalog.text(TextKey(.message, "farewell"), .fi, ["name": "Maija"]) == "Bye Maija.")
        #expect(catalog.entry(TextKey(.message, "farewell"), .fi)?.language == .en)
        #expect(catalog.list(TextKey(.export, ["lists", "months"]), .fi) == ["January", "February"])
        let missing = TextKey(.check, "privacy.phone")
        #expect(!catalog.has(missing, in: .fi) && !catalog.has(missing, in: .en))
        #expect(catalog.template(missing, .fi) == nil)
        #expect(catalog.text(missing, .fi) == "privacy.phone")
        #expect(missing.description == "check.privacy.phone")
        // The thin view keeps its own last resort: the message key.
        let messages = MessageCatalog(tables: [.en: ["greeting": "Hi {name}!"]])
        #expect(messages.text(.goodbye, .fi) == "goodbye")
        #expect(messages.text(.greeting, .fi, ["name": "Matti"]) == "Hi Matti!")
    }

    @Test("placeholders are filled by name; unknown ones and stray braces stay as they are")
    func placeholders() {
        #expect(catalog.text(TextKey(.message, "greeting"), .en, ["name": "Matti", "other": "x"]) == "Hi Matti!")
        #expect(catalog.text(TextKey(.message, "greeting"), .en) == "Hi {name}!")
        #expect(fillTemplate("{a} and {b} and { open", ["a": "1"]) == "1 and {b} and { open")
    }

    @Test("a plural entry gives the form of the count under the language's rule, with {count} filled")
    func plurals() {
        let key = TextKey(.message, "changes")
        #expect(catalog.text(key, .fi, count: 1) == "1 muutos")
        #expect(catalog.text(key, .fi, count: 3) == "3 muutosta")
        #expect(catalog.text(key, .fi, count: 0) == "0 muutosta")
        #expect(catalog.text(key, .en, count: 1) == "1 change")
        #expect(catalog.text(key, .en, ["count": "one"], count: 1) == "one change")
        #expect(catalog.template(key, .fi) == "{count} muutosta")
        #expect(Language.fi.pack.plurals == .oneOther && Language.en.pack.plurals == .oneOther)
    }

    @Test("a language whose pack says other-only takes the other form for every count")
    func otherOnlyLanguage() throws {
        let pack = try LanguagePack(tree: YAMLData.parse("code: xx\nplurals: other\n", path: "xx.yaml"), path: "xx.yaml")
        try LanguagePacks.$scoped.withValue(LanguagePacks(LanguagePacks.builtIn.packs + [pack])) {
            let xx = try #require(Language(rawValue: "xx"))
            let key = TextKey(.message, "items")
            let catalog = TextCatalog(tables: [xx: [key: .plural([.other: "{count} zu"])]])
            #expect(catalog.text(key, xx, count: 1) == "1 zu")
            #expect(catalog.text(key, xx, count: 2) == "2 zu")
        }
        #expect(throws: DataFileError.self) {
            try LanguagePack(tree: YAMLData.parse("code: xx\nplurals: one-few\n", path: "xx.yaml"), path: "xx.yaml")
        }
    }

    @Test("a file's entries: texts, lists and plural mappings, with the mapping keys that lead to them")
    func entries() throws {
        let tree = try YAMLData.parse("""
            texts: {title: "Otsikko"}
            lists: {months: [tammi, helmi]}
            values: {kind: {association: yhdistys, other: muu}}
            count: {one: "{count} kanava", other: "{count} kanavaa"}
            number: 3
            """, path: "test.yaml")
        let entries = Dictionary(uniqueKeysWithValues: TextCatalog.entries(of: tree).map { ($0.components, $0.entry) })
        #expect(entries == [
            ["texts", "title"]: .text("Otsikko"),
            ["lists", "months"]: .list(["tammi", "helmi"]),
            ["values", "kind", "association"]: .text("yhdistys"),
            ["values", "kind", "other"]: .text("muu"),
            ["count"]: .plural([.one: "{count} kanava", .other: "{count} kanavaa"]),
        ])
    }

    @Test("the built-in files under one key scheme give what the three views give")
    func builtInKeys() {
        let data = DataFiles(embedded: EmbeddedFiles.all)
        let catalog = TextCatalog(data: data)
        #expect(catalog.text(.message(.helpHeader), .fi) == MessageCatalog(data: data).text(.helpHeader, .fi))
        #expect(catalog.text(.check("privacy.phone"), .en, ["phone": "040 123"]).hasPrefix("Phone number 040 123:"))
        #expect(catalog.text(TextKey(.export, ["sections", "channels"]), .fi) == ExportTexts(data: data, language: .fi).sectionTitle("channels"))
        #expect(catalog.text(TextKey(.export, ["values", "frequency", "weekly"]), .en) == ExportTexts(data: data, language: .en).value("frequency", "weekly"))
        #expect(catalog.list(TextKey(.export, ["lists", "months"]), .fi)?.count == 12)
        #expect(catalog.keys(.message, in: .fi).count == MessageKey.allCases.count)
        #expect(data.warnings.isEmpty)
    }

    @Test("an organisation's file is laid over the built-in one text by text, and may add plural forms")
    func overrideLayered() {
        let data = DataFiles(embedded: EmbeddedFiles.all, overrides: [
            "Prompts/messages.fi.yaml": "helpHeader: \"Komentomme:\"\nunknownAuthor: {one: \"{count} tuntematon\", other: \"{count} tuntematonta\"}\n",
        ])
        let messages = MessageCatalog(data: data)
        #expect(messages.text(.helpHeader, .fi) == "Komentomme:")
        #expect(messages.text(.greetingAnonymous, .fi, ["org": "TYY", "path": "p", "revision": "2"]).contains("TYY"))
        #expect(messages.text(.unknownAuthor, .fi, count: 2) == "2 tuntematonta")
        #expect(messages.text(.unknownAuthor, .fi, count: 1) == "1 tuntematon")
    }
}
