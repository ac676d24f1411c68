import Foundation

/// A horizontal bar chart as inline SVG for the HTML plan: no scripts, no external fonts or images, a
/// `<title>` and `<desc>` that screen readers read instead of the picture (every bar in words), and
/// sizes in a view box so that it scales to the page on screen and in Chromium's PDF.
struct HTMLChart {
    let chart: ExportChart

    /// The view box's width; the chart scales to the column it is in.
    static let width = 640
    /// Room for the bars' names, left of the bars.
    static let labelWidth = 200
    /// Room for the value after the longest bar.
    static let valueWidth = 90
    /// One bar's row.
    static let rowHeight = 28
    /// The longest name shown in full; longer ones end in "…" (the table below has them whole).
    static let labelLength = 26

    /// The `<figure>` with the chart.
    var svg: String {
        let height = max(1, chart.bars.count) * Self.rowHeight + 8
        let longest = chart.bars.map(\.value).max() ?? 0
        let room = Double(Self.width - Self.labelWidth - Self.valueWidth)
        let titleID = HTMLWriter.escape(chart.id) + "-title"
        let descriptionID = HTMLWriter.escape(chart.id) + "-desc"
        var lines = [
            "<figure class=\"chart\">",
            "<svg role=\"img\" aria-labelledby=\"\(titleID) \(descriptionID)\" viewBox=\"0 0 \(Self.width) \(height)\" width=\"\(Self.width)\" height=\"\(height)\">",
            "<title id=\"\(titleID)\">\(HTMLWriter.escape(chart.title))</title>",
            "<desc id=\"\(descriptionID)\">\(HTMLWriter.escape(chart.description))</desc>",
        ]
        for (index, bar) in chart.bars.enumerated() {
            let top = 4 + index * Self.rowHeight
            let middle = top + Self.rowHeight / 2 + 5
            let length = longest > 0 ? max(bar.value > 0 ? 2 : 0, Int((bar.value / longest * room).rounded())) : 0
            let label = bar.label.count > Self.labelLength ? String(bar.label.prefix(Self.labelLength - 1)) + "…" : bar.label
            lines.append("<text x=\"\(Self.labelWidth - 8)\" y=\"\(middle)\" text-anchor=\"end\">\(HTMLWriter.escape(label))</text>")
            lines.append("<rect x=\"\(Self.labelWidth)\" y=\"\(top + 4)\" width=\"\(length)\" height=\"\(Self.rowHeight - 8)\" rx=\"2\"></rect>")
            lines.append("<text x=\"\(Self.labelWidth + length + 6)\" y=\"\(middle)\">\(HTMLWriter.escape(bar.valueText))</text>")
        }
        lines += ["</svg>", "<figcaption>\(HTMLWriter.escape(chart.title))</figcaption>", "</figure>"]
        return lines.joined(separator: "\n")
    }
}
