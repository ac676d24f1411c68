import KuuloData
import Testing
@testable import KuuloCore

@Suite("Data files")
struct DataFilesTests {
    let data = DataFiles(embedded: EmbeddedFiles.all)

    @Test("every message the code uses has a text in every language, and the catalogs have the same keys")
    func messagesComplete() {
        let catalog = MessageCatalog(data: data)
        for key in MessageKey.allCases {
            for language in Language.allCases {
                #expect(catalog.has(key.rawValue, in: language), "\(key.rawValue) missing in \(language.rawValue)")
            }
        }
        for language in Language.allCases {
            #expect(catalog.keys(in: language) == catalog.keys(in: .en), "\(language.rawValue) has other keys than en")
        }
        #expect(data.warnings.isEmpty)
    }

    @Test("every command has a name in every language, and names are unique")
    func commandsComplete() {
        let registry = CommandRegistry(data: data)
        #expect(registry.commands.count >= 11)
        var seen: Set<String> = []
        for command in registry.commands {
            for language in Language.allCases {
                #expect(command.names[language] != nil, "\(command.id) has no name in \(language.rawValue)")
            }
            for name in command.allNames {
                #expect(!seen.contains(name), "duplicate name \(name)")
                seen.insert(name)
            }
        }
    }

    @Test("every flow parses, and every step has its question in every language")
    func flowsParse() throws {
        let resources = KuuloResources(data: data)
        for path in data.paths(under: "Prompts/flows/") {
            let id = String(path.dropFirst("Prompts/flows/".count).dropLast(".yaml".count))
            let flow = try #require(resources.flow(id), "flow \(id) does not parse: \(data.warnings)")
            for step in flow.steps {
                for language in Language.allCases {
                    #expect(step.question.values[language] != nil, "\(id)/\(step.id) lacks \(language.rawValue)")
                }
            }
        }
    }

    @Test("a broken override is reported with file and line, and the built-in default is used")
    func brokenOverride() {
        let overridden = DataFiles(embedded: EmbeddedFiles.all, overrides: ["Prompts/messages.en.yaml": "greeting: \"unterminated\nsecond: [\n"])
        let catalog = MessageCatalog(data: overridden)
        #expect(catalog.text(.helpHeader, .en) == "Commands:")
        let warning = overridden.warnings.first
        #expect(warning?.path == "Prompts/messages.en.yaml")
        #expect(warning?.line != nil)
    }

    @Test("an override replaces the built-in file")
    func override() {
        let overridden = DataFiles(embedded: EmbeddedFiles.all, overrides: ["Prompts/messages.en.yaml": "helpHeader: \"Our commands:\"\n"])
        #expect(MessageCatalog(data: overridden).text(.helpHeader, .en) == "Our commands:")
    }

    @Test("the Knowledge articles parse and the fixed ids exist in every language")
    func knowledge() {
        let base = KnowledgeBase(data: data)
        let fixed = (1...8).map { "tip-\($0)" } + ["channel-purpose", "hashtag-guide", "post-drafting", "privacy", "crisis-plan", "posting-rhythm",
                                                   "visuals-alt-text", "offline-members", "trustee-motivation", "platform-facebook", "platform-instagram"]
        for id in fixed {
            for language in Language.allCases {
                let article = base.articles[id]?[language]
                #expect(article != nil, "\(id) missing in \(language.rawValue)")
                #expect(article?.sections.count == 5, "\(id)/\(language.rawValue) should have five sections")
                #expect(article?.summary.isEmpty == false)
            }
        }
        #expect(data.warnings.isEmpty, "\(data.warnings)")
        #expect(base.article("platform-instagram", language: .fi)?.limit("hashtags.max")?.value == 5)
        #expect(base.article("platform-instagram", language: .en)?.limit("caption.length")?.value == 2_200)
    }
}
