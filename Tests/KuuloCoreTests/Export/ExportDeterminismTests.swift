import Foundation
import KuuloData
import Testing
@testable import KuuloCore

@Suite("Export determinism")
struct ExportDeterminismTests {
    @Test("the same plan gives byte-identical output, also after a round trip through the file", arguments: ExportFormat.allCases)
    func sameBytes(format: ExportFormat) throws {
        let data = DataFiles(embedded: EmbeddedFiles.all)
        let schema = try #require(data.tree("Schema/plan.schema.json"))
        let document = ExportFixtures.rich()
        let reread = try PlanDocument.decode(Array(document.encoded().utf8), schema: schema)
        for language in Language.allCases {
            let first = PlanExporter.render(document, format: format, language: language, data: data)
            let second = PlanExporter.render(document, format: format, language: language, data: DataFiles(embedded: EmbeddedFiles.all))
            let third = PlanExporter.render(reread, format: format, language: language, data: data)
            #expect(first == second)
            #expect(first == third)
        }
    }
}

@Suite("Export entry points")
struct ExportEntryPointTests {
    @Test("rendering with the chat's resources equals rendering with the data files", arguments: ExportFormat.allCases)
    func resources(format: ExportFormat) {
        let data = DataFiles(embedded: EmbeddedFiles.all)
        let viaResources = PlanExporter.render(ExportFixtures.rich(), format: format, language: .fi, resources: KuuloResources(data: data))
        #expect(viaResources == PlanExporter.render(ExportFixtures.rich(), format: format, language: .fi, data: data))
    }

    @Test("format names as a user types them")
    func formatNames() {
        #expect(ExportFormat(name: "MD") == .markdown)
        #expect(ExportFormat(name: "ical") == .ics)
        #expect(ExportFormat(name: "htm") == .html)
        #expect(ExportFormat(name: "pdf") == nil)
        #expect(ExportFormat.allCases.map(\.fileExtension) == ["md", "html", "ics", "csv"])
    }
}
