import Foundation

/// The written plan as a format-neutral outline: the document builder makes it once, and the Markdown
/// and HTML writers render the same outline, so both say the same things in the same order.
struct ExportDocument: Equatable {
    /// The document's language (the HTML `lang` attribute).
    var language: Language
    /// The title.
    var title: String
    /// Lines under the title: revision and date, unrecorded changes.
    var meta: [[ExportInline]]
    /// The opening paragraph.
    var intro: [ExportInline]
    /// The heading of the table of contents.
    var contentsTitle: String
    /// The numbered sections, then the appendix.
    var sections: [ExportSection]
}

/// A top-level section of the written plan.
struct ExportSection: Equatable {
    /// Stable id (`channels`), used for anchors.
    var id: String
    /// The heading as shown, number included.
    var heading: String
    /// The content.
    var blocks: [ExportBlock]
}

/// A block of content inside a section.
enum ExportBlock: Equatable {
    /// A sub-heading; `level` 3 or 4.
    case heading(String, level: Int)
    /// A paragraph.
    case paragraph([ExportInline])
    /// A list of items.
    case list([[ExportInline]], ordered: Bool)
    /// Labelled values.
    case fields([ExportField])
    /// A table whose first column names the row.
    case table(ExportTable)
    /// Something the plan does not cover yet, and the command that fills it.
    case notice([ExportInline])
    /// A table with a bar chart of one of its columns: drawn where the format can draw (HTML), the
    /// table alone where it cannot (Markdown).
    case chart(ExportChart)
}

/// A label and its value: running text, or a list of items.
struct ExportField: Equatable {
    /// The label.
    var label: String
    /// The value as running text (when `items` is empty).
    var value: [ExportInline]
    /// The value as a list.
    var items: [[ExportInline]] = []
    /// Whether the list is ordered.
    var ordered = false
    /// Whether the value is "not decided yet".
    var isMissing = false
}

/// A table with a caption, column headings and rows of cells.
struct ExportTable: Equatable {
    /// What the table shows (the HTML caption).
    var caption: String
    /// Column headings.
    var headers: [String]
    /// Rows; each has as many cells as there are headers.
    var rows: [[[ExportInline]]]
}

/// A bar chart of one column of a table, with the words a screen reader reads instead of the picture.
struct ExportChart: Equatable {
    /// One bar.
    struct Bar: Equatable {
        /// What the bar is (a row's name).
        var label: String
        /// Its length, in any unit; only the ratios matter.
        var value: Double
        /// The value as the document writes it ("1 234", "5,2 %").
        var valueText: String
    }

    /// Stable id, unique in the document (the SVG's title and description ids start with it).
    var id: String
    /// What the chart shows.
    var title: String
    /// The bars, in the table's order.
    var bars: [Bar]
    /// The table the chart is drawn from.
    var table: ExportTable

    /// The text alternative: the title, then every bar in words ("Instagram 1 234; Facebook 567").
    var description: String {
        bars.map { "\($0.label) \($0.valueText)" }.joined(separator: "; ")
    }
}
