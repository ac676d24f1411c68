import KuuloData
import Testing
@testable import KuuloCore

/// The build-time indexes of the text files give the same texts as reading the files whole.
@Suite("Embedded text index")
struct EmbeddedTextIndexTests {
    /// The built-in data set as the app opens it (texts read by key), and the same without indexes.
    static func catalogs(overrides: [String: String] = [:]) -> (indexed: TextCatalog, whole: TextCatalog) {
        let indexed = DataFiles(embedded: EmbeddedFiles.all, embeddedJSON: EmbeddedFiles.parsedYAML, overrides: overrides) { path in
            EmbeddedFiles.textIndex(path).map { EmbeddedTextIndex(keys: $0.keys, entries: $0.entries) }
        }
        let whole = DataFiles(embedded: EmbeddedFiles.all, embeddedJSON: EmbeddedFiles.parsedYAML, overrides: overrides)
        return (TextCatalog(data: indexed), TextCatalog(data: whole))
    }

    @Test("every key of every namespace in both languages has the same entry either way", arguments: TextKey.Namespace.allCases)
    func sameEntries(namespace: TextKey.Namespace) {
        let (indexed, whole) = Self.catalogs()
        for language in [Language.fi, .en] {
            let keys = whole.keys(namespace, in: language)
            #expect(!keys.isEmpty)
            #expect(indexed.keys(namespace, in: language) == keys)
            for key in keys {
                #expect(indexed.ownEntry(key, in: language) == whole.ownEntry(key, in: language), "\(key) in \(language.code)")
            }
            #expect(indexed.ownEntry(TextKey(namespace, ["no-such-key"]), in: language) == nil)
        }
    }

    @Test("an organisation's file is laid over the built-in one as before: its own texts and the built-in rest")
    func overrideStillLaidOver() {
        let (indexed, _) = Self.catalogs(overrides: ["Prompts/messages.en.yaml": "helpHeader: \"Our commands:\"\n"])
        #expect(indexed.text(.message(.helpHeader), .en) == "Our commands:")
        #expect(indexed.text(.message(.greetingNewPlan), .en) != MessageKey.greetingNewPlan.rawValue)
    }

    @Test("a key holding a dot stays apart from a path of two keys")
    func dottedKeys() {
        let index = EmbeddedTextIndex(tree: ["privacy.phone": "one", "privacy": ["phone": "two"]])
        #expect(index.entry(["privacy.phone"]) == .text("one"))
        #expect(index.entry(["privacy", "phone"]) == .text("two"))
        #expect(index.entry(["privacy"]) == nil)
    }
}
