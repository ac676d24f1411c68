import Foundation
import KuuloData
import Testing
@testable import KuuloCore

@Suite("CSV export: cells a spreadsheet would run as formulas")
struct CSVInjectionTests {
    @Test("a cell starting with =, +, -, @, tab or carriage return gets a leading apostrophe", arguments: [
        ("=HYPERLINK(\"http://x\")", "\"'=HYPERLINK(\"\"http://x\"\")\""),
        ("+358 40 123", "'+358 40 123"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tcmd", "'\tcmd"),
        ("\r=1", "\"'\r=1\""),
    ])
    func neutralised(raw: String, written: String) {
        #expect(CSVWriter.field(raw) == written)
    }

    @Test("ordinary cells and formula characters later in a cell are left as they are")
    func ordinaryCells() {
        #expect(CSVWriter.field("a=b") == "a=b")
        #expect(CSVWriter.field("2026-12-01 18:00") == "2026-12-01 18:00")
        #expect(CSVWriter.field("'quoted") == "'quoted")
        #expect(CSVWriter.field("") == "")
    }

    @Test("a hostile draft title and text reach the CSV as text, not formulas")
    func hostileDraft() {
        var document = ExportFixtures.rich()
        document.content.setValue("=cmd|' /C calc'!A0", at: JSONPointer(tokens: ["calendar", "drafts", "3", "title"]))
        let csv = PlanExporter.render(document, format: .csv, language: .en, data: DataFiles(embedded: EmbeddedFiles.all))
        #expect(csv.contains(",'=cmd|' /C calc'!A0,"))
        #expect(!csv.contains(",=cmd"))
    }
}
