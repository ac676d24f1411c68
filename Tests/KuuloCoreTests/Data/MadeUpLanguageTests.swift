import Foundation
import KuuloData
import Testing
@testable import KuuloCore

/// The made-up language `xx` in `Tests/Fixtures/language-xx` (written by `scripts/make-test-language.py`):
/// a language added as files only, laid over the built-in data as an organisation's folder would be.
@Suite("A made-up third language as data")
struct MadeUpLanguageTests {
    static let folder = TextTrees.fixture("language-xx")

    /// The fixture's files keyed as `DataFiles` overrides (`Prompts/flows/setup.xx.yaml`).
    static let overrides: [String: String] = {
        var files: [String: String] = [:]
        let root = folder.standardizedFileURL.path + "/"
        guard let walker = FileManager.default.enumerator(atPath: root) else { return files }
        for case let relative as String in walker where relative.hasSuffix(".yaml") {
            if let data = FileManager.default.contents(atPath: root + relative) {
                files[relative] = String(decoding: data, as: UTF8.self)
            }
        }
        return files
    }()

    static var data: DataFiles {
        DataFiles(embedded: EmbeddedFiles.all, embeddedJSON: EmbeddedFiles.parsedYAML, overrides: overrides)
    }

    @Test("the fixture holds a language pack and every kind of text file")
    func fixtureComplete() {
        let paths = Set(Self.overrides.keys)
        #expect(paths.contains("Prompts/languages/xx.yaml"))
        #expect(paths.contains("Prompts/messages.xx.yaml"))
        #expect(paths.contains("Prompts/export.xx.yaml"))
        #expect(paths.contains("Prompts/commands.xx.yaml"))
        for path in EmbeddedFiles.all.keys where path.hasSuffix(".en.yaml") {
            let counterpart = String(path.dropLast(".en.yaml".count)) + ".xx.yaml"
            #expect(paths.contains(counterpart), "\(counterpart) is missing; run python3 scripts/make-test-language.py")
        }
        #expect(Self.data.tree("Prompts/languages/xx.yaml")?["code"] == .string("xx"))
    }

    @Test("after the overlay every step of every flow asks its question, hint, label and options in xx")
    func flowsInMadeUpLanguage() throws {
        let data = Self.data
        let flows = data.paths(under: "Prompts/flows/")
        #expect(flows.count >= 7)
        for path in flows {
            let tree = try #require(data.tree(path))
            let steps = tree["steps"]?.arrayValue ?? []
            #expect(!steps.isEmpty, "\(path)")
            for step in steps {
                let id = step["id"]?.stringValue ?? "?"
                let question = step["question"]?["xx"]?.stringValue ?? ""
                #expect(question.hasPrefix("«") && question.hasSuffix("»"), "\(path) \(id): \(question)")
                for key in ["hint", "help", "label"] where step[key]?["en"] != nil {
                    #expect(step[key]?["xx"]?.stringValue?.hasPrefix("«") == true, "\(path) \(id) \(key)")
                }
                for option in step["options"]?.arrayValue ?? [] {
                    #expect(option["label"]?["xx"]?.stringValue?.hasPrefix("«") == true, "\(path) \(id) option")
                }
            }
            if let english = tree["intro"]?["en"]?.stringValue {
                #expect(tree["intro"]?["xx"]?.stringValue == "«\(english)»", "\(path) intro")
            }
        }
        #expect(data.warnings.isEmpty, "\(data.warnings)")
    }

    @Test("placeholders survive, and the other languages are untouched")
    func placeholdersAndOtherLanguages() throws {
        let data = Self.data
        let setup = try #require(data.tree("Prompts/flows/setup.yaml"))
        #expect(setup["outro"]?["xx"]?.stringValue?.contains("{org.possessive}") == true)
        let builtIn = try #require(DataFiles(embedded: EmbeddedFiles.all).tree("Prompts/flows/setup.yaml"))
        #expect(setup["outro"]?["fi"] == builtIn["outro"]?["fi"])
        #expect(setup["steps"]?.arrayValue?.count == builtIn["steps"]?.arrayValue?.count)
    }

    @Test("every command has an xx name, usage and summary")
    func commandsInMadeUpLanguage() throws {
        let commands = try #require(Self.data.tree("Prompts/commands.yaml")?["commands"]?.arrayValue)
        #expect(commands.count >= 11)
        for command in commands {
            let id = command["id"]?.stringValue ?? "?"
            #expect(command["names"]?["xx"]?.stringValue == command["names"]?["en"]?.stringValue.map { "xx-" + $0 }, "\(id)")
            #expect(command["usage"]?["xx"]?.stringValue?.hasPrefix("«") == true, "\(id)")
            #expect(command["summary"]?["xx"]?.stringValue?.hasPrefix("«") == true, "\(id)")
        }
        let draft = commands.first { $0["id"] == .string("draft") }
        #expect(draft?["actions"]?["approve"]?["xx"] == .string("xx-approve"))
    }

    @Test("messages, check messages and export texts have the same keys in xx as in English")
    func catalogsComplete() throws {
        let data = Self.data
        let english = EmbeddedFiles.all.keys.filter { $0.hasSuffix(".en.yaml") && LanguageOverlay.textFile($0) == nil }
        #expect(english.count >= 12)
        for path in english {
            let counterpart = String(path.dropLast(".en.yaml".count)) + ".xx.yaml"
            let keys = try #require(data.tree(path)?.objectValue?.keys)
            let madeUp = try #require(data.tree(counterpart)?.objectValue?.keys, "\(counterpart)")
            #expect(Set(keys) == Set(madeUp), "\(counterpart)")
        }
    }
}
