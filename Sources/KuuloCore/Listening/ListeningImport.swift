import Foundation

/// One thing said, read from a file, not yet in the log.
public struct HeardMessage: Equatable, Sendable {
    /// What was said.
    public var text: String
    /// Where.
    public var source: ListeningEntry.Source
    /// When, as wall-clock time in the plan's zone (`2026-12-06T14:30`), if the file says.
    public var at: String?
    /// Who, if the file says.
    public var author: String?

    /// A message.
    public init(text: String, source: ListeningEntry.Source, at: String? = nil, author: String? = nil) {
        self.text = text
        self.source = source
        self.at = at
        self.author = author
    }
}

/// Why a file of member messages was not imported (nothing of it is).
public enum ListeningImportProblem: Error, Equatable, Sendable {
    /// JSON that is not Facebook's comment export.
    case notCommentsExport
    /// Not JSON and not CSV with a text column.
    case unreadable
    /// A CSV row without text, or with a time that does not read: the line.
    case badRow(line: Int)
}

/// Reads member messages from Facebook's "Download your information" comment files (`comments_v2`)
/// and from plain CSV (a text column; time, source and author optional).
public enum ListeningImport {
    /// Column names of the plain CSV, by field (any language's).
    static let textColumns: Set<String> = ["text", "teksti", "comment", "kommentti", "message", "viesti", "text/texte"]
    static let timeColumns: Set<String> = ["time", "aika", "at", "date", "päivämäärä", "timestamp"]
    static let sourceColumns: Set<String> = ["source", "lähde"]
    static let authorColumns: Set<String> = ["author", "kirjoittaja", "name", "nimi"]

    /// Reads `text` (the file's content), taking times to `zone`.
    public static func read(_ text: String, timeZone: String?) -> Result<[HeardMessage], ListeningImportProblem> {
        let zone = timeZone.flatMap(ExportTimeZone.init(known:)) ?? .helsinki
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.hasPrefix("{") || trimmed.hasPrefix("[") {
            guard let json = try? JSONParser.parse(Array(trimmed.utf8)) else { return .failure(.unreadable) }
            return facebookComments(json, zone: zone)
        }
        return csv(text, zone: zone)
    }

    /// `{"comments_v2": [{"timestamp": …, "data": [{"comment": {"timestamp", "comment", "author"}}], "title": …}]}`
    /// (or the bare array). Facebook writes the UTF-8 bytes of the text as Latin-1 escapes ("Ã¤" for "ä"); they are repaired.
    static func facebookComments(_ json: JSONValue, zone: ExportTimeZone) -> Result<[HeardMessage], ListeningImportProblem> {
        guard let items = json["comments_v2"]?.arrayValue ?? json["comments"]?.arrayValue ?? json.arrayValue else { return .failure(.notCommentsExport) }
        var messages: [HeardMessage] = []
        for item in items {
            for data in item["data"]?.arrayValue ?? [] {
                guard let comment = data["comment"], let raw = comment["comment"]?.stringValue else { continue }
                let seconds = comment["timestamp"]?.intValue ?? item["timestamp"]?.intValue
                let local = seconds.map { zone.local(UTCInstant(seconds: $0)) }
                messages.append(HeardMessage(text: repairMojibake(raw), source: .comment, at: local.map(Self.text),
                                             author: comment["author"]?.stringValue.map(repairMojibake)))
            }
        }
        return messages.isEmpty && !items.isEmpty ? .failure(.notCommentsExport) : .success(messages)
    }

    /// Plain CSV with a header: a text column, and optionally time, source and author.
    static func csv(_ text: String, zone: ExportTimeZone) -> Result<[HeardMessage], ListeningImportProblem> {
        guard let table = try? CSVTable.parse(text) else { return .failure(.unreadable) }
        let header = table.header.map { $0.lowercased() }
        guard let textColumn = header.firstIndex(where: textColumns.contains) else { return .failure(.unreadable) }
        let timeColumn = header.firstIndex(where: timeColumns.contains)
        let sourceColumn = header.firstIndex(where: sourceColumns.contains)
        let authorColumn = header.firstIndex(where: authorColumns.contains)
        var messages: [HeardMessage] = []
        for row in table.rows {
            func cell(_ index: Int?) -> String? {
                guard let index, index < row.cells.count else { return nil }
                let value = row.cells[index].trimmingCharacters(in: .whitespaces)
                return value.isEmpty ? nil : value
            }
            guard let said = cell(textColumn) else { return .failure(.badRow(line: row.line)) }
            var at: String?
            if let time = cell(timeColumn) {
                guard let local = InsightsTimeText.parse(time, zone: zone) else { return .failure(.badRow(line: row.line)) }
                at = Self.text(local)
            }
            let source = cell(sourceColumn).flatMap { ListeningEntry.Source(rawValue: $0.lowercased()) } ?? .other
            messages.append(HeardMessage(text: said, source: source, at: at, author: cell(authorColumn)))
        }
        return .success(messages)
    }

    /// A typed time (`6.12.2026 14.30`, `12/06/2026 2:30 PM`, `2026-12-06 14:30`) as the log stores it, or `nil`.
    public static func time(_ typed: String, timeZone: String?) -> String? {
        InsightsTimeText.parse(typed, zone: timeZone.flatMap(ExportTimeZone.init(known:)) ?? .helsinki).map(text)
    }

    /// `2026-12-06T14:30`.
    static func text(_ local: LocalDateTime) -> String {
        String(format: "%04d-%02d-%02dT%02d:%02d", local.date.year, local.date.month, local.date.day, local.hour, local.minute)
    }

    /// Text whose UTF-8 bytes were read as Latin-1 ("Ã¤" for "ä", "ðŸ˜€" for an emoji), made right again;
    /// text that is not such, unchanged.
    public static func repairMojibake(_ text: String) -> String {
        let scalars = text.unicodeScalars
        guard scalars.contains(where: { $0.value >= 0x80 }), scalars.allSatisfy({ $0.value <= 0xFF }) else { return text }
        let bytes = scalars.map { UInt8($0.value) }
        guard let repaired = String(validating: bytes, as: UTF8.self) else { return text }
        return repaired
    }
}
