import Foundation

/// Writes the written plan's outline as CommonMark with GitHub-style tables. Text from the plan is
/// escaped so that a trustee's `*`, `_`, `|` or a leading `#` never turns into formatting.
struct MarkdownWriter {
    /// The Markdown text, ending with one newline.
    func write(_ document: ExportDocument) -> String {
        var chunks: [String] = ["# " + Self.escape(document.title)]
        chunks += document.meta.map(inline)
        chunks.append(inline(document.intro))
        for section in document.sections {
            chunks.append("## " + Self.escape(section.heading))
            chunks += section.blocks.map(block)
        }
        return chunks.joined(separator: "\n\n") + "\n"
    }

    private func block(_ block: ExportBlock) -> String {
        switch block {
        case .heading(let text, let level):
            return String(repeating: "#", count: max(1, min(6, level))) + " " + Self.escape(text)
        case .paragraph(let spans):
            return Self.escapeBlockStart(inline(spans))
        case .notice(let spans):
            return "> " + Self.escapeBlockStart(inline(spans))
        case .list(let items, let ordered):
            return items.enumerated().map { index, item in (ordered ? "\(index + 1). " : "- ") + Self.escapeBlockStart(inline(item)) }
                .joined(separator: "\n")
        case .fields(let fields):
            return fields.map(field).joined(separator: "\n")
        case .table(let table):
            return self.table(table)
        case .chart(let chart):
            // Markdown cannot draw: the numbers the chart is drawn from say the same.
            return self.table(chart.table)
        }
    }

    private func field(_ field: ExportField) -> String {
        let label = "- **" + Self.escape(field.label) + ":**"
        if field.items.isEmpty {
            let value = inline(field.value)
            return label + " " + (field.isMissing ? "*" + value + "*" : value)
        }
        let items = field.items.enumerated().map { index, item in
            "  " + (field.ordered ? "\(index + 1). " : "- ") + Self.escapeBlockStart(inline(item))
        }
        return ([label] + items).joined(separator: "\n")
    }

    private func table(_ table: ExportTable) -> String {
        func row(_ cells: [String]) -> String {
            "| " + cells.joined(separator: " | ") + " |"
        }
        var lines = [row(table.headers.map(Self.escape)), row(table.headers.map { _ in "---" })]
        lines += table.rows.map { cells in
            row(cells.enumerated().map { index, cell in
                let text = inline(cell)
                return index == 0 ? "**" + text + "**" : text
            })
        }
        return lines.joined(separator: "\n")
    }

    private func inline(_ spans: [ExportInline]) -> String {
        spans.map { span -> String in
            switch span {
            case .text(let text): return Self.escape(text)
            case .strong(let text): return "**" + Self.escape(text) + "**"
            case .code(let text): return "`" + text.replacingOccurrences(of: "`", with: "'") + "`"
            case .link(let url):
                let safe = !url.contains { $0 == " " || $0 == "<" || $0 == ">" } && (url.hasPrefix("https://") || url.hasPrefix("http://"))
                return safe ? "<" + url + ">" : Self.escape(url)
            }
        }.joined().trimmingCharacters(in: .whitespaces)
    }

    /// Escapes inline Markdown punctuation (`_` only where it could start or end emphasis) and folds line
    /// breaks and runs of spaces into one space.
    static func escape(_ text: String) -> String {
        var result = ""
        var lastWasSpace = false
        let characters = Array(text)
        func isWordCharacter(_ index: Int) -> Bool {
            characters.indices.contains(index) && (characters[index].isLetter || characters[index].isNumber)
        }
        for (index, character) in characters.enumerated() {
            if character.isWhitespace {
                if !lastWasSpace { result.append(" ") }
                lastWasSpace = true
                continue
            }
            lastWasSpace = false
            switch character {
            case "\\", "`", "*", "[", "]", "<", ">", "|", "~":
                result.append("\\")
            case "_" where !isWordCharacter(index - 1) || !isWordCharacter(index + 1):
                result.append("\\")
            case "&" where looksLikeEntity(characters[(index + 1)...]):
                result.append("\\")
            default:
                break
            }
            result.append(character)
        }
        return result
    }

    /// Escapes what would start a heading, list or block quote at the start of a block.
    static func escapeBlockStart(_ text: String) -> String {
        guard let first = text.first else { return text }
        let rest = text.dropFirst()
        switch first {
        case "#":
            let hashes = text.prefix { $0 == "#" }
            let after = text.dropFirst(hashes.count).first
            return hashes.count <= 6 && (after == nil || after == " ") ? "\\" + text : text
        case "-", "+", "=":
            return rest.first == nil || rest.first == " " || rest.allSatisfy({ $0 == first }) ? "\\" + text : text
        default:
            let digits = text.prefix { $0.isASCII && $0.isNumber }
            if !digits.isEmpty, digits.count <= 9 {
                let after = text.dropFirst(digits.count)
                if let marker = after.first, marker == "." || marker == ")", after.dropFirst().first == nil || after.dropFirst().first == " " {
                    return String(digits) + "\\" + after
                }
            }
            return text
        }
    }

    private static func looksLikeEntity(_ rest: ArraySlice<Character>) -> Bool {
        let name = rest.prefix { $0.isLetter || $0.isNumber || $0 == "#" }
        return !name.isEmpty && rest.dropFirst(name.count).first == ";"
    }
}
