import Foundation

/// Renders the Markdown of Knowledge articles as chat messages for a terminal: a heading becomes a
/// heading-styled message of its own, list items get a bullet ("  • ") or keep their number, emphasis,
/// code and link marks go, and Kuulo's section markers (`<!-- kuulo: pitfalls -->`) are dropped.
/// The one place Markdown is turned into terminal text: the article shown for `?` in a flow and the
/// passages of knowledge answers (through ``inline(_:)``) both go through it.
public enum TerminalMarkdown {
    /// `markdown` as messages: one heading-styled message per heading and one plain message for the
    /// text up to the next heading (paragraphs separated by an empty line).
    public static func messages(_ markdown: String) -> [ChatMessage] {
        var messages: [ChatMessage] = []
        var blocks: [String] = []
        var paragraph: [String] = []
        func endParagraph() {
            if !paragraph.isEmpty { blocks.append(paragraph.joined(separator: " ")) }
            paragraph = []
        }
        func endSection() {
            endParagraph()
            if !blocks.isEmpty { messages.append(ChatMessage(blocks.joined(separator: "\n\n"), style: .plain)) }
            blocks = []
        }
        var listItems: [String] = []
        func endList() {
            if !listItems.isEmpty { blocks.append(listItems.joined(separator: "\n")) }
            listItems = []
        }
        for rawLine in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = String(rawLine).trimmingSpaces()
            if line.hasPrefix("<!--") && line.hasSuffix("-->") { continue }
            if let heading = heading(line) {
                endList()
                endSection()
                // An empty line above a heading sets it apart from the text before it.
                messages.append(ChatMessage("\n" + inline(heading), style: .heading))
            } else if line.isEmpty {
                endList()
                endParagraph()
            } else if let item = listItem(line) {
                endParagraph()
                listItems.append((item.number.map { "  \($0). " } ?? "  • ") + inline(item.text))
            } else if !listItems.isEmpty, rawLine.hasPrefix("  ") {
                // A list item continued on the next line.
                listItems[listItems.count - 1] += " " + inline(line)
            } else {
                endList()
                paragraph.append(inline(line))
            }
        }
        endList()
        endSection()
        return messages
    }

    /// `text` without Markdown's inline marks: `**strong**`, `*emphasis*`, `_emphasis_`, `` `code` ``,
    /// and `[link text](address)` as "link text (address)".
    public static func inline(_ text: String) -> String {
        var result = text.replacingOccurrences(of: "**", with: "").replacingOccurrences(of: "`", with: "")
        result = replacingLinks(in: result)
        for mark: Character in ["*", "_"] { result = removingEmphasis(mark, in: result) }
        return result
    }

    /// The text of a `#`–`######` heading line.
    static func heading(_ line: String) -> String? {
        let hashes = line.prefix { $0 == "#" }
        guard (1...6).contains(hashes.count), line.dropFirst(hashes.count).hasPrefix(" ") else { return nil }
        return String(line.dropFirst(hashes.count)).trimmingSpaces()
    }

    /// A list item's text and, for a numbered item, its number.
    static func listItem(_ line: String) -> (number: String?, text: String)? {
        for marker in ["- ", "* ", "+ "] where line.hasPrefix(marker) {
            return (nil, String(line.dropFirst(marker.count)))
        }
        let digits = line.prefix { $0.isNumber }
        if !digits.isEmpty, line.dropFirst(digits.count).hasPrefix(". ") {
            return (String(digits), String(line.dropFirst(digits.count + 2)))
        }
        return nil
    }

    /// `[text](address)` → `text (address)`; a bracket without an address stays as it is.
    private static func replacingLinks(in text: String) -> String {
        var result = ""
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "[") {
            guard let close = rest[open...].firstIndex(of: "]"),
                  rest[rest.index(after: close)...].hasPrefix("("),
                  let end = rest[close...].firstIndex(of: ")") else { break }
            result += rest[..<open]
            let label = rest[rest.index(after: open)..<close]
            let address = rest[rest.index(close, offsetBy: 2)..<end]
            result += label == address ? String(label) : "\(label) (\(address))"
            rest = rest[rest.index(after: end)...]
        }
        return result + rest
    }

    /// Removes a pair of emphasis marks around a word or phrase (`*sana*`), leaving marks that are
    /// not emphasis alone: a lone asterisk, `2 * 3`, `snake_case`.
    private static func removingEmphasis(_ mark: Character, in text: String) -> String {
        let characters = Array(text)
        var output: [Character] = []
        var index = 0
        while index < characters.count {
            let character = characters[index]
            let before: Character? = index > 0 ? characters[index - 1] : nil
            let opens = character == mark && (before.map { !$0.isLetter && !$0.isNumber } ?? true)
                && index + 1 < characters.count && !characters[index + 1].isWhitespace
            if opens, let close = closing(mark, in: characters, after: index) {
                output += characters[(index + 1)..<close]
                index = close + 1
            } else {
                output.append(character)
                index += 1
            }
        }
        return String(output)
    }

    private static func closing(_ mark: Character, in characters: [Character], after open: Int) -> Int? {
        var index = open + 2
        while index < characters.count {
            if characters[index] == mark, !characters[index - 1].isWhitespace {
                let after: Character? = index + 1 < characters.count ? characters[index + 1] : nil
                if after.map({ !$0.isLetter && !$0.isNumber }) ?? true { return index }
            }
            index += 1
        }
        return nil
    }
}
