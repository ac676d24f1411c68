import Foundation

/// Cuts a section's Markdown into passages — paragraphs and list items — the units an excerpt is
/// chosen from, and tidies a passage for display.
enum PassageSplitter {
    /// The passages of `markdown`, in order, with list markers removed.
    static func passages(of markdown: String) -> [String] {
        var passages: [String] = []
        var current = ""
        func finish() {
            let text = current.trimmingSpaces()
            if !text.isEmpty { passages.append(text) }
            current = ""
        }
        for rawLine in markdown.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            let line = rawLine.trimmingSpaces()
            if line.isEmpty {
                finish()
            } else if let item = listItem(line) {
                finish()
                current = item
            } else {
                current += current.isEmpty ? line : " " + line
            }
        }
        finish()
        return passages.map(plain)
    }

    /// `text` cut to at most about `limit` characters at a word boundary, with an ellipsis.
    static func truncated(_ text: String, limit: Int) -> String {
        guard text.count > limit else { return text }
        let cut = text.prefix(limit)
        let end = cut.lastIndex(of: " ") ?? cut.endIndex
        return String(cut[..<end]).trimmingCharacters(in: CharacterSet(charactersIn: " ,;:–-")) + "…"
    }

    private static func listItem(_ line: String) -> String? {
        TerminalMarkdown.listItem(line)?.text
    }

    /// Removes Markdown's inline marks, as the terminal shows them.
    private static func plain(_ text: String) -> String {
        TerminalMarkdown.inline(text)
    }
}
