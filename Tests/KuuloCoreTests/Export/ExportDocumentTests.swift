import Foundation
import KuuloData
import Testing
@testable import KuuloCore

@Suite("Written plan")
struct ExportDocumentTests {
    let data = DataFiles(embedded: EmbeddedFiles.all)

    func render(_ document: PlanDocument, _ format: ExportFormat, _ language: Language) -> String {
        PlanExporter.render(document, format: format, language: language, data: data)
    }

    @Test("a plan with nothing but the name says what is missing, without naming chat commands the board does not use")
    func nameOnlySaysWhatIsMissing() {
        let finnish = render(ExportFixtures.nameOnly(), .markdown, .fi)
        #expect(finnish.contains("Tätä osaa ei ole vielä kirjattu suunnitelmaan."))
        let english = render(ExportFixtures.nameOnly(), .markdown, .en)
        for document in [finnish, english, render(ExportFixtures.rich(), .markdown, .fi), render(ExportFixtures.rich(), .html, .en)] {
            #expect(!document.contains("`/") && !document.contains("<code>/") && !document.contains("kuulo plan"), "a command line in the document")
        }
        #expect(english.contains("# Social media plan — Kuulolan ylioppilaskunta"))
        #expect(english.contains("Draft — no version of the plan has been recorded yet."))
    }

    @Test("every section and the appendix appear, in the order of the plan templates", arguments: Language.allCases)
    func sectionOrder(language: Language) {
        let markdown = render(ExportFixtures.rich(), .markdown, language)
        let headings = markdown.components(separatedBy: "\n").filter { $0.hasPrefix("## ") }
        #expect(headings.count == 22)
        for (index, heading) in headings.prefix(21).enumerated() {
            #expect(heading.hasPrefix("## \(index + 1). "), "\(heading)")
        }
        #expect(headings.last?.contains(language == .fi ? "Liite" : "Appendix") == true)
        let tips = markdown.components(separatedBy: "\n").filter { $0.hasPrefix("### ") && $0.dropFirst(4).first?.isNumber == true }
        #expect(tips.count == 8)
    }

    @Test("an empty plan exports in every format without a crash")
    func emptyPlan() {
        for format in ExportFormat.allCases {
            for language in Language.allCases {
                #expect(!render(PlanDocument(), format, language).isEmpty)
            }
        }
        #expect(render(PlanDocument(), .markdown, .fi).hasPrefix("# Somesuunnitelma\n"))
    }

    @Test("enum values read as words in the document's language")
    func enumWords() {
        let finnish = render(ExportFixtures.rich(), .markdown, .fi)
        for word in ["kerran viikossa", "vuorokauden sisällä", "lukukausittain", "hyväksytty", "tarkistettavana", "**Järjestön tyyppi:** ylioppilaskunta", "suomi, englanti"] {
            #expect(finnish.contains(word), "missing \(word)")
        }
        for raw in ["weekly", "1-day", "termly", "2-working-days", "student-union"] {
            #expect(!finnish.contains(raw), "raw value \(raw) in the Finnish document")
        }
        let english = render(ExportFixtures.rich(), .markdown, .en)
        for word in ["once a week", "within a day", "every term", "ready for review", "Finnish, English"] {
            #expect(english.contains(word), "missing \(word)")
        }
    }

    @Test("the channel map is a table with every column, and offline reach is stated")
    func channelMap() {
        let markdown = render(ExportFixtures.rich(), .markdown, .en)
        #expect(markdown.contains("| Channel | Purpose | Audience | Content | Posting rhythm | Owners | Response time |"))
        #expect(markdown.contains("| **Instagram-syöte (@kyy_ry)** |"))
        #expect(markdown.contains("Members who are not on social media are reached through: Website, Email newsletter."))
        #expect(markdown.contains("Channels no longer in use: TikTok."))
        #expect(markdown.contains("2–3 posts a week"))
        #expect(markdown.contains("up to one post a week"))
    }

    @Test("Markdown escapes what a trustee typed")
    func markdownEscaping() {
        let markdown = render(ExportFixtures.rich(), .markdown, .fi)
        #expect(markdown.contains("Virallinen tieto \\| päätökset \\<b\\>ja\\</b\\> säännöt \\*aina\\* ajan tasalla & helposti"))
        #expect(MarkdownWriter.escapeBlockStart("# otsikko") == "\\# otsikko")
        #expect(MarkdownWriter.escapeBlockStart("#KYY") == "#KYY")
        #expect(MarkdownWriter.escapeBlockStart("1. sija") == "1\\. sija")
        #expect(MarkdownWriter.escapeBlockStart("- kohta") == "\\- kohta")
        #expect(MarkdownWriter.escape("a\n\n  b &amp; c") == "a b \\&amp; c")
    }

    @Test("HTML is self-contained, escaped and accessible")
    func html() {
        let html = render(ExportFixtures.rich(), .html, .fi)
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"fi\">"))
        #expect(html.contains("<style>") && html.contains("@media print"))
        for external in ["<script", "<link", "src=", "@import", "url("] {
            #expect(!html.contains(external), "external resource marker \(external)")
        }
        #expect(html.contains("&lt;b&gt;ja&lt;/b&gt;"))
        #expect(!html.contains("<b>ja</b>"))
        #expect(html.contains("<th scope=\"col\">Kanava</th>"))
        #expect(html.contains("<th scope=\"row\">Instagram-syöte (@kyy_ry)</th>"))
        #expect(html.contains("<caption>"))
        #expect(render(ExportFixtures.rich(), .html, .en).contains("<html lang=\"en\">"))
    }

    @Test("dates are the plan's own, in the document's language; the yearly review follows the first revision")
    func dates() {
        let finnish = render(ExportFixtures.rich(), .markdown, .fi)
        #expect(finnish.contains("Luonnos 25.11.2026 – hallitus ei ole vielä hyväksynyt suunnitelmaa"))
        #expect(!finnish.contains("Versio 3"), "Kuulo's revision numbers are not the board's versions")
        #expect(finnish.contains("ti 1.12.2026 klo 18.00"))
        #expect(finnish.contains("seuraavan kerran viimeistään 20.8.2027"))
        #expect(finnish.contains("valmis 2.9.2026"))
        #expect(finnish.contains("3/8 vinkkiä"))
        let english = render(ExportFixtures.rich(), .markdown, .en)
        #expect(english.contains("Draft of 25 Nov 2026 — not yet approved by the board") || english.contains("Draft of 25 November 2026 — not yet approved by the board"))
        #expect(english.contains("Tue 1 Dec 2026, 18:00"))
        #expect(english.contains("Sun 10 Jan 2027, 12:00 (Europe/Stockholm)"))
    }

    @Test("changes not yet recorded are pointed out")
    func unrecorded() {
        var document = ExportFixtures.rich()
        document.content.setValue("monthly", at: JSONPointer(tokens: ["metrics", "reviewRhythm"]))
        let markdown = render(document, .markdown, .en)
        #expect(markdown.contains("This document includes changes that have not been recorded as a version yet."))
        #expect(markdown.contains("monthly"))
    }

    @Test("an organisation's own export texts override the defaults word by word")
    func override() {
        let custom = DataFiles(embedded: EmbeddedFiles.all, overrides: ["Prompts/export.en.yaml": "sections:\n  channels: \"Where we are\"\n"])
        let markdown = PlanExporter.render(ExportFixtures.rich(), format: .markdown, language: .en, data: custom)
        #expect(markdown.contains("## 5. Where we are"))
        #expect(markdown.contains("## 7. Content themes and calendar"))
        #expect(custom.warnings.isEmpty)
    }
}
