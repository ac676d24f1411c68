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
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var lineStarts: [Int] = []
        var offset = 0
        for line in lines {
            lineStarts.append(offset)
            offset += line.unicodeScalars.count + 1
        }
        var output = ""
        for finding in report.findings {
            let lineIndex = max(0, (lineStarts.lastIndex { $0 <= finding.start }) ?? 0)
            let line = lines.isEmpty ? "" : lines[lineIndex]
            let column = finding.start - lineStarts[lineIndex]
            let severity: String
            switch finding.severity {
            case .error: severity = messages.text(.checkSeverityError, language)
            case .warning: severity = messages.text(.checkSeverityWarning, language)
            case .info: severity = messages.text(.checkSeverityInfo, language)
            }
            output += "\(file):\(lineIndex + 1):\(column + 1): \(severity): \(catalog.text(finding, language)) [\(finding.rule)]\n"
            let scalars = Array(line.unicodeScalars)
            let start = min(column, scalars.count)
            let end = min(max(start + 1, finding.end - lineStarts[lineIndex]), max(scalars.count, start + 1))
            let padding = String(String.UnicodeScalarView(scalars[..<start])).map { $0 == "\t" ? "\t" : " " }.joined()
            output += "  " + line + "\n"
            output += "  " + padding + String(repeating: "^", count: max(1, String(String.UnicodeScalarView(scalars[start..<min(end, scalars.count)])).count)) + "\n"
        }
        let counts = Dictionary(grouping: report.findings, by: \.severity).mapValues(\.count)
        output += messages.text(.checkSummary, language, ["errors": String(counts[.error] ?? 0), "warnings": String(counts[.warning] ?? 0), "infos": String(counts[.info] ?? 0)]) + "\n"
        return output
    }
}
