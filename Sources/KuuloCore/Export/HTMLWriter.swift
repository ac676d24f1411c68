import Foundation

/// Writes the written plan's outline as one self-contained HTML5 file: inline CSS with print rules,
/// no scripts and no external resources, every text escaped, tables with captions and header scopes.
struct HTMLWriter {
    /// The HTML text, ending with one newline.
    func write(_ document: ExportDocument) -> String {
        var lines: [String] = [
            "<!DOCTYPE html>",
            "<html lang=\"\(document.language.rawValue)\">",
            "<head>",
            "<meta charset=\"utf-8\">",
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">",
            "<meta name=\"generator\" content=\"Kuulo\">",
            "<title>\(Self.escape(document.title))</title>",
            "<style>",
            HTMLStyle.css,
            "</style>",
            "</head>",
            "<body>",
            "<header>",
            "<h1>\(Self.escape(document.title))</h1>",
        ]
        lines += document.meta.map { "<p class=\"meta\">\(inline($0))</p>" }
        lines.append("<p>\(inline(document.intro))</p>")
        lines.append("</header>")
        lines.append("<nav aria-labelledby=\"contents\">")
        lines.append("<h2 id=\"contents\">\(Self.escape(document.contentsTitle))</h2>")
        lines.append("<ul>")
        lines += document.sections.map { "<li><a href=\"#\(Self.escape($0.id))\">\(Self.escape($0.heading))</a></li>" }
        lines.append("</ul>")
        lines.append("</nav>")
        lines.append("<main>")
        for section in document.sections {
            lines.append("<section id=\"\(Self.escape(section.id))\">")
            lines.append("<h2>\(Self.escape(section.heading))</h2>")
            lines += section.blocks.map(block)
            lines.append("</section>")
        }
        lines.append("</main>")
        lines.append("</body>")
        lines.append("</html>")
        return lines.joined(separator: "\n") + "\n"
    }

    private func block(_ block: ExportBlock) -> String {
        switch block {
        case .heading(let text, let level):
            let tag = "h\(max(3, min(6, level)))"
            return "<\(tag)>\(Self.escape(text))</\(tag)>"
        case .paragraph(let spans):
            return "<p>\(inline(spans))</p>"
        case .notice(let spans):
            return "<p class=\"notice\">\(inline(spans))</p>"
        case .list(let items, let ordered):
            return list(items, ordered: ordered)
        case .fields(let fields):
            let entries = fields.map { field -> String in
                let value: String
                if field.items.isEmpty {
                    value = field.isMissing ? "<dd class=\"missing\">\(inline(field.value))</dd>" : "<dd>\(inline(field.value))</dd>"
                } else {
                    value = "<dd>\n\(list(field.items, ordered: field.ordered))\n</dd>"
                }
                return "<dt>\(Self.escape(field.label))</dt>\n" + value
            }
            return "<dl>\n" + entries.joined(separator: "\n") + "\n</dl>"
        case .table(let table):
            return self.table(table)
        case .chart(let chart):
            return HTMLChart(chart: chart).svg + "\n" + self.table(chart.table)
        }
    }

    private func list(_ items: [[ExportInline]], ordered: Bool) -> String {
        let tag = ordered ? "ol" : "ul"
        return "<\(tag)>\n" + items.map { "<li>\(inline($0))</li>" }.joined(separator: "\n") + "\n</\(tag)>"
    }

    private func table(_ table: ExportTable) -> String {
        var lines = ["<table>", "<caption>\(Self.escape(table.caption))</caption>", "<thead>", "<tr>"]
        lines += table.headers.map { "<th scope=\"col\">\(Self.escape($0))</th>" }
        lines += ["</tr>", "</thead>", "<tbody>"]
        for row in table.rows {
            lines.append("<tr>")
            for (index, cell) in row.enumerated() {
                lines.append(index == 0 ? "<th scope=\"row\">\(inline(cell))</th>" : "<td>\(inline(cell))</td>")
            }
            lines.append("</tr>")
        }
        lines += ["</tbody>", "</table>"]
        return lines.joined(separator: "\n")
    }

    private func inline(_ spans: [ExportInline]) -> String {
        spans.map { span in
            switch span {
            case .text(let text): return Self.escape(text)
            case .strong(let text): return "<strong>\(Self.escape(text))</strong>"
            case .code(let text): return "<code>\(Self.escape(text))</code>"
            case .link(let url):
                guard url.hasPrefix("https://") || url.hasPrefix("http://"), !url.contains(where: \.isWhitespace) else { return Self.escape(url) }
                return "<a href=\"\(Self.escape(url))\">\(Self.escape(url))</a>"
            }
        }.joined()
    }

    /// Escapes text for element content and quoted attribute values; drops characters HTML forbids.
    static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            case "\n", "\t": result.unicodeScalars.append(scalar)
            case "\r": continue
            default:
                let value = scalar.value
                let control = value < 0x20 || (0x7F...0x9F).contains(value)
                let nonCharacter = (0xFDD0...0xFDEF).contains(value) || value & 0xFFFE == 0xFFFE
                if !control, !nonCharacter { result.unicodeScalars.append(scalar) }
            }
        }
        return result
    }
}
