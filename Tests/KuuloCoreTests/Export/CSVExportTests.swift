import Foundation
import KuuloData
import Testing
@testable import KuuloCore

@Suite("CSV export")
struct CSVExportTests {
    @Test("one record per channel and language, in schedule order, with a localised header")
    func records() {
        let csv = PlanExporter.render(ExportFixtures.rich(), format: .csv, language: .en, data: DataFiles(embedded: EmbeddedFiles.all))
        #expect(csv.hasPrefix("number,status,scheduledAt,timeZone,channel,language,title,text,hashtags,link,altText,author,reviewedBy\r\n"))
        #expect(csv.hasSuffix("\r\n"))
        #expect(csv.contains("\r\n2,review,2026-10-25 03:30,Europe/Helsinki,website,fi,Edustajistovaalit: äänestä!,"))
        #expect(csv.contains("\r\n3,draft,,,stories,,Kysely: mitä kuuluu?,"))
        let order = ["\r\n2,", "\r\n1,approved,2026-12-01 18:00,Europe/Helsinki,instagram,fi,", "\r\n1,approved,2026-12-01 18:00,Europe/Helsinki,instagram,en,",
                     "\r\n1,approved,2026-12-01 18:00,Europe/Helsinki,facebook,fi,", "\r\n10,", "\r\n3,"]
        let positions = order.map { csv.range(of: $0)?.lowerBound }
        #expect(!positions.contains(nil))
        let found = positions.compactMap { $0 }
        #expect(found == found.sorted())
        #expect(PlanExporter.render(ExportFixtures.rich(), format: .csv, language: .fi, data: DataFiles(embedded: EmbeddedFiles.all))
            .hasPrefix("numero,tila,ajankohta,aikavyöhyke,kanava,kieli,otsikko,teksti,"))
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
