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
