import Foundation
import KuuloData
import Testing
@testable import KuuloCore

/// The written plan's "what interests our members" section (tip 5 with real material).
@Suite("Export: what interests members")
struct MembersSectionTests {
    let data = DataFiles(embedded: EmbeddedFiles.all)

    func render(_ document: PlanDocument, _ format: ExportFormat, _ language: Language, lemmatizer: (any Lemmatizer)? = nil) -> String {
        PlanExporter.render(document, format: format, language: language, data: data, lemmatizer: lemmatizer)
    }

    /// The section's text in Markdown from its heading's title, up to the next section.
    func section(_ markdown: String) -> String {
        guard let start = markdown.range(of: ". Mikä jäseniä kiinnostaa\n") ?? markdown.range(of: ". What interests our members\n") else { return "" }
        return String(markdown[start.lowerBound...]).components(separatedBy: "\n## ").first ?? ""
    }

    @Test("figures per channel and per purpose match a calculation done here")
    func figures() {
        let markdown = section(render(ExportFixtures.rich(), .markdown, .en))
        // Instagram: likes + comments + shares + saves of its three posts over their reach.
        let instagram = (90 + 12 + 4 + 14) + (40 + 2) + 5
        let reach = 1_200 + 800 + 500
        #expect(instagram == 167 && reach == 2_500)
        let rate = String(format: "%.1f", Double(instagram) / Double(reach) * 100)
        #expect(markdown.contains("| **Instagram-syöte (@kyy_ry)** | 3 | 2,500 | 800 | \(instagram) | \(rate)% |"), "\(markdown)")
        // Facebook: a post with no reach counts in the posts and the median but not in the rate.
        #expect(markdown.contains("| **Facebook page** | 2 | 300 | 150 | 10 | 3.3% |"))
        #expect(markdown.contains("| **tapahtumat** | 1 | 1,200 | 1,200 | 120 | 10.0% |"))
        #expect(markdown.contains("- 1 December 2026, Instagram-syöte (@kyy_ry): “Syysbileet tulevat! 🎉” — reach 1,200, engagement rate 10.0% (purpose: tapahtumat)"))
        #expect(markdown.contains("Results are reviewed every term; the latest figures were imported on 4 December 2026."))
        let finnish = section(render(ExportFixtures.rich(), .markdown, .fi))
        #expect(finnish.contains("| **Instagram-syöte (@kyy_ry)** | 3 | 2 500 | 800 | 167 | 6,7 % |"), "digits grouped as Finnish writes them (Markdown folds the no-break space)")
        #expect(finnish.contains("Ajanjakso: 5.11.2026–2.12.2026. Alustoilta on tuotu luvut 5 julkaisusta."))
    }

    @Test("the HTML draws an inline SVG chart with a text alternative; Markdown shows the table alone")
    func chart() {
        let html = render(ExportFixtures.rich(), .html, .fi)
        #expect(html.contains("<svg role=\"img\" aria-labelledby=\"chart-channels-title chart-channels-desc\""))
        #expect(html.contains("<title id=\"chart-channels-title\">Tavoitetut ihmiset kanavittain</title>"))
        #expect(html.contains("<desc id=\"chart-channels-desc\">Facebook-sivu 300; Instagram-syöte (@kyy_ry) 2\u{00A0}500</desc>"))
        // The longest bar fills the room between the names and the values; the others in proportion.
        let room = HTMLChart.width - HTMLChart.labelWidth - HTMLChart.valueWidth
        #expect(html.contains("width=\"\(room)\" height=\"20\""))
        #expect(html.contains("width=\"\(Int((300.0 / 2_500 * Double(room)).rounded()))\" height=\"20\""))
        #expect(html.contains("<desc id=\"chart-purposes-desc\">ei yhdistetty luonnokseen 3,6 %; tapahtumat 10,0 %</desc>"))
        #expect(!html.contains("<script"))
        let markdown = render(ExportFixtures.rich(), .markdown, .fi)
        #expect(!markdown.contains("<svg") && !markdown.contains("chart-"))
        #expect(markdown.contains("| Kanava | Julkaisuja | Tavoitettuja | Tavoitettuja (mediaani) | Vuorovaikutuksia | Sitoutumisaste |"))
    }

    @Test("the listening digest by kind, answered or not, quotes without names or privacy cases")
    func digest() {
        for language in Language.allCases {
            for format in [ExportFormat.markdown, .html] {
                let text = render(ExportFixtures.rich(), format, language)
                #expect(!text.contains("1234567"), "a message that needs privacy action is not quoted")
                #expect(!text.contains("Essi Esimerkki"), "the author of a message is never shown")
            }
        }
        let markdown = section(render(ExportFixtures.rich(), .markdown, .fi))
        #expect(markdown.contains("| **Kysymykset** | 2 | 1 | 1 |"))
        #expect(markdown.contains("| **Vaativat yksityisyyden suojaamista** | 1 | 0 | 1 |"))
        #expect(markdown.contains("- **sauna** (4 viestiä): ”Idea: sauna kampukselle.” ”Sauna on liian täynnä.”"))
        // With base forms, an inflected word counts with its base form.
        var document = ExportFixtures.rich()
        document.content.setValue("Saunaan pääsee vasta illalla.", at: ListeningLog.pointer("1").appending("text"))
        let plain = section(render(document, .markdown, .fi))
        #expect(plain.contains("- **sauna** (4 viestiä)"), "without a lemmatizer 'saunaan' is a word of its own")
        let lemmatized = section(render(document, .markdown, .fi, lemmatizer: TableLemmatizer(table: ["saunaan": ["sauna"]])))
        #expect(lemmatized.contains("- **sauna** (5 viestiä)"))
    }

    @Test("a plan without results or a log says the section is not covered; with one of them, which part is missing")
    func missing() {
        let empty = section(render(ExportFixtures.nameOnly(), .markdown, .fi))
        #expect(empty.hasPrefix(". Mikä jäseniä kiinnostaa\n\n> Tätä osaa ei ole vielä kirjattu suunnitelmaan."), "\(empty)")
        var document = ExportFixtures.rich()
        document.content.setValue(nil, at: JSONPointer(tokens: ["insights"]))
        let logOnly = section(render(document, .markdown, .en))
        #expect(logOnly.contains("### How our posts did\n\n> Nothing has been entered here yet."), "\(logOnly)")
        #expect(logOnly.contains("### What members have said"))
    }
}
