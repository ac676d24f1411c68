import KuuloData
import Testing
@testable import KuuloCore

@Suite("Trustees in the written plan")
struct TrusteeNameExportTests {
    let data = DataFiles(embedded: EmbeddedFiles.all)

    @Test("a trustee saved without a name is shown as having none, never by their id")
    func noSlugAsName() {
        var document = PlanDocument()
        document.content = ["trustees": ["matti-meikalainen": ["role": "puheenjohtaja"], "aino-aalto": ["name": "Aino Aalto"]]]
        let finnish = PlanExporter.render(document, format: .markdown, language: .fi, data: data)
        #expect(!finnish.contains("matti-meikalainen"))
        #expect(finnish.contains("| **(nimeä ei ole kirjattu)** | puheenjohtaja |"))
        #expect(finnish.contains("| **Aino Aalto** |"))
        #expect(finnish.contains("Osa tiedoista puuttuu vielä."))
        let english = PlanExporter.render(document, format: .csv, language: .en, data: data)
            + PlanExporter.render(document, format: .html, language: .en, data: data)
        #expect(!english.contains("matti-meikalainen"))
    }
}
