import Foundation

/// Word-wraps text to a terminal's width: lines break only between words, never inside one; a word
/// longer than the width stands alone on its line. A line keeps its indentation, and the lines a
/// list item wraps onto line up with its text after the bullet or number ("  • ", "  3) ", "  #12  ")
/// or, in an indented two-column line such as `/help`'s "  /plan    What the plan holds", with its
/// second column.
/// Kuulo's output layer calls it only when writing to a terminal; piped output is left as it is.
public enum TextWrapper {
    /// The narrowest width worth wrapping to; below it text is left alone.
    public static let minimumWidth = 20

    /// `text` wrapped to `width` columns (a character counts as one column).
    public static func wrap(_ text: String, width: Int) -> String {
        guard width >= minimumWidth else { return text }
        return text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { wrapLine(String($0), width: width) }
            .joined(separator: "\n")
    }

    private static func wrapLine(_ line: String, width: Int) -> String {
        guard line.count > width else { return line }
        let hang = String(repeating: " ", count: hangingIndent(of: line, width: width))
        let indent = String(line.prefix { $0 == " " })
        var lines: [String] = []
        var current = indent
        var hasWord = false
        for word in line.dropFirst(indent.count).split(separator: " ", omittingEmptySubsequences: false) {
            if !hasWord {
                // The first word of a line; spaces where a line was broken are dropped.
                guard !word.isEmpty else { continue }
                current += word
                hasWord = true
            } else if current.count + 1 + word.count <= width {
                current += " " + word
            } else {
                lines.append(trimmingTrailingSpaces(current))
                current = hang + word
                hasWord = !word.isEmpty
            }
        }
        lines.append(trimmingTrailingSpaces(current))
        return lines.joined(separator: "\n")
    }

    /// Where the wrapped lines of `line` start: under the text after its indentation and any bullet,
    /// number or first column; no hanging indent when that would leave too little room.
    static func hangingIndent(of line: String, width: Int) -> Int {
        let characters = Array(line)
        var index = 0
        while index < characters.count, characters[index] == " " { index += 1 }
        if index > 0, let column = secondColumn(characters, from: index), column <= width / 2 {
            index = column
        } else if index + 1 < characters.count, "•-*–".contains(characters[index]), characters[index + 1] == " " {
            index += 2
        } else {
            var end = index
            if end < characters.count, characters[end] == "#" { end += 1 }
            let digitsStart = end
            while end < characters.count, characters[end].isNumber { end += 1 }
            if end > digitsStart {
                if end < characters.count, characters[end] == ")" || characters[end] == "." { end += 1 }
                if end < characters.count, characters[end] == " " {
                    while end < characters.count, characters[end] == " " { end += 1 }
                    index = end
                }
            }
        }
        while index < characters.count, characters[index] == " " { index += 1 }
        return index <= width / 2 ? index : 0
    }

    /// Where the second column of an indented "term  text" line starts: after the first run of two
    /// or more spaces; `nil` when the line has no such run before its text ends.
    private static func secondColumn(_ characters: [Character], from start: Int) -> Int? {
        var index = start
        while index + 1 < characters.count {
            if characters[index] == " ", characters[index + 1] == " " {
                while index < characters.count, characters[index] == " " { index += 1 }
                return index < characters.count ? index : nil
            }
            index += 1
        }
        return nil
    }

    private static func trimmingTrailingSpaces(_ text: String) -> String {
        var result = text
        while result.hasSuffix(" ") { result.removeLast() }
        return result
    }
}
