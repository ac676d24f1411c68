import Foundation

/// Why an export was not imported. Nothing of a file is imported unless all of it reads.
public enum InsightsImportProblem: Error, Equatable, Sendable {
    /// Not CSV Kuulo can read.
    case notCSV(CSVTable.Problem)
    /// A required column is missing; `unknown` lists the header cells Kuulo did not recognise.
    case missingColumns([InsightField], unknown: [String])
    /// The per-day export (one row per post and day) instead of the per-post one.
    case perDayExport
    /// Rows that could not be read: the line and what was wrong.
    case malformedRows([MalformedRow])

    /// One row that could not be read.
    public struct MalformedRow: Error, Equatable, Sendable {
        /// The line of the file the row starts on.
        public var line: Int
        /// What was wrong.
        public var problem: Kind
        /// The column it concerns, as written in the header.
        public var column: String
        /// The value that was there.
        public var value: String
    }

    /// What was wrong with a row.
    public enum Kind: Equatable, Sendable {
        case missingValue, badTime, badNumber, wrongCellCount
    }
}

/// Reads Meta Business Suite's per-post content export (Facebook or Instagram) into posts.
public struct MetaExportReader {
    /// What a read gave: the posts, and the header cells that were not recognised (skipped).
    public struct Reading: Equatable, Sendable {
        /// The posts, in the file's order.
        public var posts: [InsightPost]
        /// Header cells Kuulo does not know, as written.
        public var unknownColumns: [String]
    }

    let columns: InsightsColumns
    let zone: ExportTimeZone

    /// A reader with the column names of `columns`, reading times in the plan's zone `timeZone`.
    public init(columns: InsightsColumns, timeZone: String?) {
        self.columns = columns
        self.zone = timeZone.flatMap(ExportTimeZone.init(known:)) ?? .helsinki
    }

    /// Reads the text of one export; `source` (the file's name) is kept with each post.
    public func read(_ text: String, source: String) -> Result<Reading, InsightsImportProblem> {
        let table: CSVTable
        do {
            table = try CSVTable.parse(text)
        } catch {
            return .failure(.notCSV(error))
        }
        var fieldColumns: [InsightField: Int] = [:]
        var unknown: [String] = []
        var hasDate = false
        for (index, name) in table.header.enumerated() {
            if let field = columns.field(of: name) {
                if fieldColumns[field] == nil { fieldColumns[field] = index }
            } else if columns.isPerDayDate(name) {
                hasDate = true
            } else if !name.isEmpty {
                unknown.append(name)
            }
        }
        if hasDate, let absent = columns.perDayAbsent, fieldColumns[absent] == nil { return .failure(.perDayExport) }
        let missing = InsightField.allCases.filter { columns.required.contains($0) && fieldColumns[$0] == nil }
        if !missing.isEmpty { return .failure(.missingColumns(missing, unknown: unknown)) }
        var posts: [InsightPost] = []
        var problems: [InsightsImportProblem.MalformedRow] = []
        for row in table.rows {
            switch post(from: row, header: table.header, columns: fieldColumns, source: source) {
            case .success(let post): posts.append(post)
            case .failure(let problem): problems.append(problem)
            }
        }
        if !problems.isEmpty { return .failure(.malformedRows(problems)) }
        return .success(Reading(posts: posts, unknownColumns: unknown))
    }

    private func post(from row: CSVTable.Row, header: [String], columns fieldColumns: [InsightField: Int],
                      source: String) -> Result<InsightPost, InsightsImportProblem.MalformedRow> {
        func cell(_ field: InsightField) -> String? {
            guard let index = fieldColumns[field], index < row.cells.count else { return nil }
            let value = row.cells[index].trimmingCharacters(in: .whitespaces)
            return value.isEmpty ? nil : value
        }
        func problem(_ kind: InsightsImportProblem.Kind, _ field: InsightField) -> InsightsImportProblem.MalformedRow {
            let index = fieldColumns[field] ?? 0
            return .init(line: row.line, problem: kind, column: index < header.count ? header[index] : field.rawValue, value: cell(field) ?? "")
        }
        if row.cells.count > header.count {
            return .failure(.init(line: row.line, problem: .wrongCellCount, column: "", value: String(row.cells.count)))
        }
        guard let id = cell(.postID) else { return .failure(problem(.missingValue, .postID)) }
        guard let time = cell(.publishTime) else { return .failure(problem(.missingValue, .publishTime)) }
        guard let local = InsightsTimeText.parse(time, zone: zone) else { return .failure(problem(.badTime, .publishTime)) }
        var counts: [InsightField: Int] = [:]
        for field in InsightField.counts {
            guard let text = cell(field) else { continue }
            guard let value = Self.count(text) else { return .failure(problem(.badNumber, field)) }
            counts[field] = value
        }
        let permalink = cell(.permalink)
        return .success(InsightPost(id: id, platform: Self.platform(permalink: permalink, postType: cell(.postType)),
                                    publishedAt: String(format: "%04d-%02d-%02dT%02d:%02d", local.date.year, local.date.month, local.date.day,
                                                        local.hour, local.minute),
                                    permalink: permalink, postType: cell(.postType), description: cell(.description), counts: counts,
                                    source: source))
    }

    /// A count as exports write it: `1234`, `1 234`, `1,234` or `1 234` (a no-break space); never negative.
    static func count(_ text: String) -> Int? {
        let digits = text.filter { !($0 == " " || $0 == "\u{00A0}" || $0 == "\u{202F}" || $0 == ",") }
        guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return Int(digits)
    }

    /// `instagram` or `facebook`, from the link's host or an Instagram post type (`IG image`).
    static func platform(permalink: String?, postType: String?) -> String? {
        let link = permalink?.lowercased() ?? ""
        if link.contains("instagram.com") || postType?.uppercased().hasPrefix("IG") == true { return "instagram" }
        if link.contains("facebook.com") || link.contains("fb.com") { return "facebook" }
        return nil
    }
}
