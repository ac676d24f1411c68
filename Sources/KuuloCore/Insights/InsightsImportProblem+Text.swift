import Foundation

extension InsightsImportProblem {
    /// What to tell the trustee about an export `file` that did not read: the message, its placeholders
    /// and one detail line per malformed row (at most twenty).
    public func described(file: String, resources: KuuloResources, language: Language) -> (key: MessageKey, arguments: [String: String], details: [String]) {
        let messages = resources.messages
        switch self {
        case .notCSV(let csv):
            let reason: String
            switch csv {
            case .empty: reason = messages.text(.insightsCSVEmpty, language)
            case .unterminatedQuote(let line): reason = messages.text(.insightsCSVQuote, language, ["line": String(line)])
            }
            return (.insightsErrorCSV, ["file": file, "problem": reason], [])
        case .missingColumns(let fields, let unknown):
            let names = fields.map { resources.insightsColumns.name(of: $0, language: language) }
            return (.insightsErrorMissing, ["file": file, "columns": names.joined(separator: ", "),
                                            "unknown": unknown.isEmpty ? "–" : unknown.joined(separator: ", ")], [])
        case .perDayExport:
            return (.insightsErrorPerDay, ["file": file], [])
        case .malformedRows(let rows):
            let details = rows.prefix(20).map { row in
                let problem: MessageKey
                switch row.problem {
                case .missingValue: problem = .insightsProblemMissing
                case .badTime: problem = .insightsProblemTime
                case .badNumber: problem = .insightsProblemNumber
                case .wrongCellCount: problem = .insightsProblemCells
                }
                return messages.text(.insightsRowProblem, language, ["line": String(row.line), "column": row.column,
                                                                     "problem": messages.text(problem, language), "value": row.value])
            }
            return (.insightsErrorRows, ["file": file], Array(details))
        }
    }
}

/// One file the front end read for the session: its name as typed and its text, or why it could not
/// be read.
public struct ReadFile: Equatable, Sendable {
    /// The path as the trustee typed it.
    public var path: String
    /// The text, or the reason it could not be read.
    public var contents: Result<String, ReadFailure>

    /// A file read (or not).
    public init(path: String, contents: Result<String, ReadFailure>) {
        self.path = path
        self.contents = contents
    }
}

/// Why a file could not be read, in the user's words.
public struct ReadFailure: Error, Equatable, Sendable {
    /// The reason, ready to show.
    public var reason: String

    /// A failure with its reason.
    public init(reason: String) {
        self.reason = reason
    }
}

/// What the session does with files it asked the front end to read.
public enum FileRequest: Equatable, Sendable {
    /// Import them as Meta content exports (`/results import FILE…`).
    case insightsImport
}
