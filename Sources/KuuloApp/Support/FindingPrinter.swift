import Foundation
import KuuloCore

/// Shows findings to people: `file:line:column: severity: message [rule]`, the line, and a caret
/// under the problem.
struct FindingPrinter {
    let messages: MessageCatalog
    let catalog: CheckCatalog
    let language: Language

    func render(_ report: CheckReport, text: String, file: String) -> String {
        guard !report.findings.isEmpty else { return messages.text(.checkClean, language) + "\n" }
        return findingLines(report, text: text, file: file) + summary(report.findings)
    }

    /// Each finding with its place and a caret under it; a finding about the post as a whole (an empty
    /// range: alt text, schedule) gets no line or caret.
    func findingLines(_ report: CheckReport, text: String, file: String) -> String {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var lineStarts: [Int] = []
        var offset = 0
        for line in lines {
            lineStarts.append(offset)
            offset += line.unicodeScalars.count + 1
        }
        var output = ""
        // A line's code points, made once however many findings it has (a pasted megabyte is one line).
        var lineScalars: [Int: [Unicode.Scalar]] = [:]
        for finding in report.findings {
            if finding.start == finding.end {
                output += "\(file): \(severityText(finding.severity)): \(catalog.text(finding, language)) [\(finding.rule)]\n"
                continue
            }
            let lineIndex = Self.lineIndex(of: finding.start, lineStarts: lineStarts)
            let column = finding.start - lineStarts[lineIndex]
            output += "\(file):\(lineIndex + 1):\(column + 1): \(severityText(finding.severity)): \(catalog.text(finding, language)) [\(finding.rule)]\n"
            if lineScalars[lineIndex] == nil { lineScalars[lineIndex] = Array(lines[lineIndex].unicodeScalars) }
            output += excerptLines(lineScalars[lineIndex] ?? [], start: column, end: finding.end - lineStarts[lineIndex])
        }
        return output
    }

    /// The index of the last line starting at or before `offset` (0 when none does), by binary search:
    /// a text of a million lines with thousands of findings is not scanned once per finding.
    static func lineIndex(of offset: Int, lineStarts: [Int]) -> Int {
        var low = 0
        var high = lineStarts.count
        while low < high {
            let middle = (low + high) / 2
            if lineStarts[middle] <= offset { low = middle + 1 } else { high = middle }
        }
        return max(0, low - 1)
    }

    /// The longest stretch of a line shown under a finding: a pasted wall of text is shown around the
    /// problem, not whole.
    static let window = 100

    /// The line (or a window of it, with … where it is cut) and carets under `start..<end`. The line is
    /// made terminal-safe here, piece by piece, so that the carets line up under the visible stand-ins
    /// of control characters (`<U+202E>` is eight columns wide).
    func excerptLines(_ scalars: [Unicode.Scalar], start column: Int, end columnEnd: Int) -> String {
        func text(_ range: Range<Int>) -> String {
            TerminalSafeText.make(String(String.UnicodeScalarView(scalars[range])))
        }
        let start = min(max(0, column), scalars.count)
        let end = min(max(start + 1, columnEnd), max(scalars.count, start + 1))
        let from = start > Self.window / 2 ? start - Self.window / 4 : 0
        let to = min(scalars.count, from + Self.window)
        let shown = (from > 0 ? "…" : "") + text(from..<to) + (to < scalars.count ? "…" : "")
        let padding = (from > 0 ? " " : "") + text(from..<start).map { $0 == "\t" ? "\t" : " " }.joined()
        let marked = text(start..<max(start, min(end, to))).count
        return "  " + shown + "\n" + "  " + padding + String(repeating: "^", count: max(1, marked)) + "\n"
    }

    /// The count of errors, warnings and notes.
    func summary(_ findings: [Finding]) -> String {
        let counts = Dictionary(grouping: findings, by: \.severity).mapValues(\.count)
        return messages.text(.checkSummary, language, ["errors": String(counts[.error] ?? 0), "warnings": String(counts[.warning] ?? 0), "infos": String(counts[.info] ?? 0)]) + "\n"
    }

    /// `--list-rules` as a table: id, severity and summary in aligned columns, one rule a line.
    func ruleTable(_ listing: RuleListing) -> String {
        let idWidth = listing.entries.map { $0.id.rawValue.count }.max() ?? 0
        let severityWidth = Severity.allCases.map { severityText($0).count }.max() ?? 0
        return listing.entries.map { entry in
            pad(entry.id.rawValue, idWidth) + "  " + pad(severityText(entry.severity), severityWidth) + "  " + entry.summary + "\n"
        }.joined()
    }

    private func pad(_ text: String, _ width: Int) -> String {
        text + String(repeating: " ", count: max(0, width - text.count))
    }

    private func severityText(_ severity: Severity) -> String {
        switch severity {
        case .error: return messages.text(.checkSeverityError, language)
        case .warning: return messages.text(.checkSeverityWarning, language)
        case .info: return messages.text(.checkSeverityInfo, language)
        }
    }
}
