import Foundation
import KuuloData
import Testing
@testable import KuuloCore

@Suite("Export golden files")
struct ExportGoldenTests {
    let data = DataFiles(embedded: EmbeddedFiles.all)

    @Test("the rich plan renders as its golden file", arguments: ExportFormat.allCases, Language.allCases)
    func rich(format: ExportFormat, language: Language) throws {
        let text = PlanExporter.render(ExportFixtures.rich(), format: format, language: language, data: data)
        try GoldenFile.check(text, "rich.\(language.rawValue).\(format.fileExtension)")
    }

    @Test("a plan with nothing but the organisation's name renders as its golden file", arguments: ExportFormat.allCases, Language.allCases)
    func nameOnly(format: ExportFormat, language: Language) throws {
        let text = PlanExporter.render(ExportFixtures.nameOnly(), format: format, language: language, data: data)
        try GoldenFile.check(text, "name-only.\(language.rawValue).\(format.fileExtension)")
    }

    @Test("channels with no owner yet are said so in words, not as '0 henkilön kesken'", arguments: Language.allCases)
    func noOwners(language: Language) {
        var document = ExportFixtures.nameOnly()
        document.content.setValue(["kind": "instagram-feed", "purpose": "Kuvat", "cadence": ["min": 1, "max": 3, "per": "week"]],
                                  at: JSONPointer(tokens: ["channels", "instagram-feed"]))
        let text = PlanExporter.render(document, format: .markdown, language: language, data: data)
        #expect(!text.contains("0 henkilön") && !text.contains("0 people"), "\(text)")
        #expect(text.contains(language == .fi ? "kanaville ei ole vielä nimetty vastuuhenkilöitä" : "no one has been named to look after them yet"))
    }

    @Test("the fixture plans are kept as plan files that pass the schema, for the binary and the validators")
    func fixturePlans() throws {
        let schema = try #require(data.tree("Schema/plan.schema.json"))
        for (name, document) in [("rich-plan.json", ExportFixtures.rich()), ("name-only-plan.json", ExportFixtures.nameOnly())] {
            let encoded = document.encoded()
            try GoldenFile.check(encoded, name)
            let decoded = try PlanDocument.decode(Array(encoded.utf8), schema: schema)
            #expect(decoded.content == document.content)
            #expect(decoded.revision == document.revision)
        }
    }
}
