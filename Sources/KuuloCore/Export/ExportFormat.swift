import Foundation

/// The file formats the plan can be exported to.
public enum ExportFormat: String, CaseIterable, Sendable {
    /// The written plan as Markdown.
    case markdown
    /// The written plan as one self-contained, print-friendly HTML5 file.
    case html
    /// The content calendar and the routines as RFC 5545 iCalendar.
    case ics
    /// The drafts and their schedule as RFC 4180 CSV.
    case csv

    /// Reads a format name as a user types it: `markdown`/`md`, `html`/`htm`, `ics`/`ical`/`icalendar`, `csv`.
    public init?(name: String) {
        switch name.lowercased().trimmingCharacters(in: .whitespaces) {
        case "markdown", "md": self = .markdown
        case "html", "htm": self = .html
        case "ics", "ical", "icalendar", "calendar": self = .ics
        case "csv": self = .csv
        default: return nil
        }
    }

    /// The usual file extension, without the dot.
    public var fileExtension: String {
        switch self {
        case .markdown: return "md"
        case .html: return "html"
        case .ics: return "ics"
        case .csv: return "csv"
        }
    }

    /// The media type of the output.
    public var mediaType: String {
        switch self {
        case .markdown: return "text/markdown; charset=utf-8"
        case .html: return "text/html; charset=utf-8"
        case .ics: return "text/calendar; charset=utf-8"
        case .csv: return "text/csv; charset=utf-8; header=present"
        }
    }
}
