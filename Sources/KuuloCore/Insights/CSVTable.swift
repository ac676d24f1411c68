import Foundation

/// A table read from CSV text as spreadsheets and Meta's exports write it: an optional UTF-8 byte-order
/// mark, a header row, cells separated by `,`, `;` or a tab (whichever the header row uses most), quoted
/// cells with `""` for a quote and line breaks inside, CRLF or LF line ends. Each row keeps the line
/// of the file it starts on, for messages.
public struct CSVTable: Equatable, Sendable {
    /// One data row and the line it starts on (1-based, the header is line 1 or later).
    public struct Row: Equatable, Sendable {
        /// The line of the file the row starts on.
        public var line: Int
        /// Its cells, as written (quotes removed).
        public var cells: [String]
    }

    /// Why a text could not be read as a table.
    public enum Problem: Error, Equatable, Sendable {
        /// There is no header row.
        case empty
        /// A quoted cell that starts on `line` never ends.
        case unterminatedQuote(line: Int)
    }

    /// The header's cells, trimmed.
    public var header: [String]
    /// The data rows; blank lines are left out.
    public var rows: [Row]
    /// The separator found in the header row.
    public var separator: Character

    /// Reads `text`.
    public static func parse(_ text: String) throws(Problem) -> CSVTable {
        var body = Substring(text)
        if body.first == "\u{FEFF}" { body = body.dropFirst() }
        let separator = Self.separator(ofFirstLine: body)
        var records: [Row] = []
        var cells: [String] = []
        var cell = ""
        var quoted = false
        var line = 1
        var recordLine = 1
        var quoteLine = 1
        var index = body.startIndex
        func endRecord() {
            cells.append(cell)
            if !(cells.count == 1 && cells[0].trimmingCharacters(in: .whitespaces).isEmpty) {
                records.append(Row(line: recordLine, cells: cells))
            }
            cells = []
            cell = ""
        }
        while index < body.endIndex {
            let character = body[index]
            let next = body.index(after: index)
            if quoted {
                if character == "\"" {
                    if next < body.endIndex, body[next] == "\"" {
                        cell.append("\"")
                        index = body.index(after: next)
                        continue
                    }
                    quoted = false
                } else {
                    if character == "\n" || character == "\r\n" { line += 1 }
                    cell.append(character == "\r\n" ? "\n" : character)
                }
            } else if character == "\"" && cell.trimmingCharacters(in: .whitespaces).isEmpty {
                cell = ""
                quoted = true
                quoteLine = line
            } else if character == separator {
                cells.append(cell)
                cell = ""
            } else if character == "\n" || character == "\r\n" || character == "\r" {
                endRecord()
                line += 1
                recordLine = line
            } else {
                cell.append(character)
            }
            index = next
        }
        if quoted { throw .unterminatedQuote(line: quoteLine) }
        if !cell.isEmpty || !cells.isEmpty { endRecord() }
        guard let first = records.first else { throw .empty }
        return CSVTable(header: first.cells.map { $0.trimmingCharacters(in: .whitespaces) }, rows: Array(records.dropFirst()),
                        separator: separator)
    }

    /// The separator the first line uses most (outside quotes): `,`, `;` or a tab.
    static func separator(ofFirstLine text: Substring) -> Character {
        var counts: [Character: Int] = [",": 0, ";": 0, "\t": 0]
        var quoted = false
        for character in text {
            if character == "\"" { quoted.toggle() }
            if !quoted, character == "\n" || character == "\r\n" || character == "\r" { break }
            if !quoted, counts[character] != nil { counts[character, default: 0] += 1 }
        }
        var best: Character = ","
        for candidate: Character in [";", "\t"] where (counts[candidate] ?? 0) > (counts[best] ?? 0) { best = candidate }
        return best
    }
}
