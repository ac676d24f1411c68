import Foundation

/// What `kuulo check` reports for a draft: the entities found, the length, and the findings.
public struct CheckReport: Equatable, Sendable {
    /// Hashtags without the sign, in order of appearance.
    public var hashtags: [String]
    /// Mentions without the sign.
    public var mentions: [String]
    /// Links as written.
    public var urls: [String]
    /// Length in graphemes.
    public var graphemes: Int
    /// Length in UTF-16 code units.
    public var utf16: Int
    /// Findings, sorted by position.
    public var findings: [Finding]

    /// Creates a report.
    public init(hashtags: [String], mentions: [String], urls: [String], graphemes: Int, utf16: Int, findings: [Finding]) {
        self.hashtags = hashtags
        self.mentions = mentions
        self.urls = urls
        self.graphemes = graphemes
        self.utf16 = utf16
        self.findings = findings
    }

    /// Whether any finding is an error.
    public var hasErrors: Bool { findings.contains { $0.severity == .error } }

    /// The report as the JSON `kuulo check --format json` prints; messages in `language`.
    public func json(text: String, catalog: CheckCatalog, language: Language) -> JSONValue {
        let scalars = Array(text.unicodeScalars)
        let findingsJSON = findings.map { finding -> JSONValue in
            let start = max(0, min(finding.start, scalars.count))
            let end = max(start, min(finding.end, scalars.count))
            var excerpt = String.UnicodeScalarView()
            excerpt.append(contentsOf: scalars[start..<end])
            return .object([
                "rule": .string(finding.rule.rawValue),
                "severity": .string(finding.severity.rawValue),
                "message": .string(catalog.text(finding, language)),
                "start": .int(start),
                "end": .int(end),
                "excerpt": .string(String(excerpt)),
            ])
        }
        return .object([
            "hashtags": .array(hashtags.map(JSONValue.string)),
            "mentions": .array(mentions.map(JSONValue.string)),
            "urls": .array(urls.map(JSONValue.string)),
            "length": .object(["graphemes": .int(graphemes), "utf16": .int(utf16)]),
            "findings": .array(findingsJSON),
        ])
    }
}
