import Foundation
import KuuloData
import Testing
@testable import KuuloCore

@Suite("CSV export")
struct CSVExportTests {
    @Test("one record per channel and language, in schedule order, with a localised header and values in words")
    func records() {
        let csv = PlanExporter.render(ExportFixtures.rich(), format: .csv, language: .en, data: DataFiles(embedded: EmbeddedFiles.all))
        #expect(csv.hasPrefix("number,status,scheduledAt,timeZone,channel,language,title,text,hashtags,link,altText,author,reviewedBy\r\n"))
        #expect(csv.hasSuffix("\r\n"))
        #expect(csv.contains("\r\n2,ready for review,2026-10-25 03:30,Europe/Helsinki,Website,Finnish,Edustajistovaalit: äänestä!,"))
        #expect(csv.contains("\r\n3,draft,,,Instagram Stories,,Kysely: mitä kuuluu?,"))
        let order = ["\r\n2,", "\r\n1,approved,2026-12-01 18:00,Europe/Helsinki,Instagram-syöte (@kyy_ry),Finnish,",
                     "\r\n1,approved,2026-12-01 18:00,Europe/Helsinki,Instagram-syöte (@kyy_ry),English,",
                     "\r\n1,approved,2026-12-01 18:00,Europe/Helsinki,Facebook page,Finnish,", "\r\n10,", "\r\n3,"]
        let positions = order.map { csv.range(of: $0)?.lowerBound }
        #expect(!positions.contains(nil))
        let found = positions.compactMap { $0 }
        #expect(found == found.sorted())
        let finnish = PlanExporter.render(ExportFixtures.rich(), format: .csv, language: .fi, data: DataFiles(embedded: EmbeddedFiles.all))
        #expect(finnish.hasPrefix("\u{FEFF}numero;tila;ajankohta;aikavyöhyke;kanava;kieli;otsikko;teksti;"), "Finnish: byte order mark and ';'")
        #expect(finnish.contains("\r\n2;tarkistettavana;2026-10-25 03:30;Europe/Helsinki;Verkkosivut;suomi;"))
        #expect(finnish.contains(";\"Edustajistovaalien äänestys alkaa; ehdokkaat"), "a field holding ';' is quoted in Finnish")
    }

    @Test("fields with commas, quotes or line breaks are quoted, quotes doubled")
    func quoting() {
        #expect(CSVWriter.field("plain") == "plain")
        #expect(CSVWriter.field("a,b") == "\"a,b\"")
        #expect(CSVWriter.field("say \"hi\"") == "\"say \"\"hi\"\"\"")
        #expect(CSVWriter.field("two\nlines") == "\"two\nlines\"")
        #expect(CSVWriter.field(" padded") == "\" padded\"")
    }

    @Test("a plan without drafts gives the header only")
    func headerOnly() {
        let csv = PlanExporter.render(ExportFixtures.nameOnly(), format: .csv, language: .en, data: DataFiles(embedded: EmbeddedFiles.all))
        #expect(csv.components(separatedBy: "\r\n").filter { !$0.isEmpty }.count == 1)
    }
}
