import Foundation

/// A Knowledge article: Markdown with YAML front matter (id, lang, title, tags, source, verifiedOn,
/// summary, serves, asks, phrasings, limits).
public struct KnowledgeArticle: Equatable, Sendable {
    /// What a section holds, as marked in the article by a line `<!-- kuulo: pitfalls -->` or
    /// `<!-- kuulo: worksheet -->` under its heading; unmarked sections are advice.
    public enum SectionKind: String, Equatable, Sendable {
        /// Advice: may be shown as an answer.
        case advice
        /// Mistakes to avoid: searched, never shown as advice.
        case pitfalls
        /// Questions to decide together: searched, never shown as advice.
        case worksheet
    }

    /// A `## ` section of the body.
    public struct Section: Equatable, Sendable {
        /// The heading text, without the hashes.
        public var heading: String
        /// The Markdown under it (without the kind marker).
        public var body: String
        /// What it holds.
        public var kind: SectionKind = .advice
    }

    /// The marker line of a section's kind: `<!-- kuulo: pitfalls -->`.
    static func sectionKind(marker line: String) -> SectionKind? {
        let text = line.trimmingSpaces()
        guard text.hasPrefix("<!-- kuulo:"), text.hasSuffix("-->") else { return nil }
        let name = String(text.dropFirst("<!-- kuulo:".count).dropLast(3)).trimmingSpaces()
        return SectionKind(rawValue: name)
    }

    /// A platform limit kept as data in the front matter.
    public struct Limit: Equatable, Sendable {
        /// Stable key such as `caption.length`.
        public var key: String
        /// The figure.
        public var value: Int
        /// Unit, e.g. `characters`.
        public var unit: String
        /// Where it was seen.
        public var source: String
        /// When it was last checked (YYYY-MM-DD).
        public var verifiedOn: String
        /// Whether the figure is approximate.
        public var approximate: Bool
        /// Free note.
        public var note: String?
    }

    /// Fixed id shared by the language versions (`tip-7`).
    public var id: String
    /// The article's language.
    public var language: Language
    /// Title.
    public var title: String
    /// Search words.
    public var tags: [String]
    /// Typical questions the article answers, phrased as trustees ask them (front matter `asks`). Search
    /// indexes them as a field of their own, so a question finds the article through everyday words the
    /// text itself does not use; they are never shown.
    public var asks: [String]
    /// More everyday phrasings of what the article answers (front matter `phrasings`), written apart
    /// from the articles: search matches a question to the nearest of these and `asks`, each on its own
    /// (`ExampleIndex`), and counts them in the example-question field too. Never shown.
    public var phrasings: [String]
    /// Where the facts come from.
    public var source: String
    /// When the facts were last checked.
    public var verifiedOn: String
    /// A two-to-three sentence summary.
    public var summary: String
    /// Which of the seed values the article serves (`listening`, `interaction`, `member-centredness`).
    public var serves: [String]
    /// Platform limits, where the article has them.
    public var limits: [Limit]
    /// The body's sections in order.
    public var sections: [Section]
    /// The whole Markdown body.
    public var body: String

    /// Parses an article file; throws when the front matter is missing or lacks required fields.
    public init(text: String, path: String) throws(DataFileError) {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard lines.first?.trimmingSpaces() == "---",
              let end = lines.dropFirst().firstIndex(where: { $0.trimmingSpaces() == "---" })
        else {
            throw DataFileError(path: path, line: 1, column: 1, problem: "front matter between --- lines is missing")
        }
        let front = try YAMLData.parse(lines[1..<end].joined(separator: "\n"), path: path)
        func required(_ key: String) throws(DataFileError) -> String {
            guard let value = front[key]?.stringValue, !value.isEmpty else {
                throw DataFileError(path: path, line: 1, column: 1, problem: "front matter needs '\(key)'")
            }
            return value
        }
        self.id = try required("id")
        guard let language = Language(rawValue: try required("lang")) else {
            let codes = Language.allCases.map(\.code).joined(separator: ", ")
            throw DataFileError(path: path, line: 1, column: 1, problem: "lang must be an installed language (\(codes))")
        }
        self.language = language
        self.title = try required("title")
        self.tags = front["tags"]?.stringArray ?? []
        self.asks = front["asks"]?.stringArray ?? []
        self.phrasings = front["phrasings"]?.stringArray ?? []
        self.source = front["source"]?.stringValue ?? ""
        self.verifiedOn = front["verifiedOn"]?.stringValue ?? ""
        self.summary = (front["summary"]?.stringValue ?? "").trimmingSpacesAndNewlines()
        self.serves = front["serves"]?.stringArray ?? []
        self.limits = (front["limits"]?.arrayValue ?? []).compactMap { raw in
            guard let key = raw["key"]?.stringValue, let value = raw["value"]?.intValue else { return nil }
            return Limit(key: key, value: value, unit: raw["unit"]?.stringValue ?? "", source: raw["source"]?.stringValue ?? "",
                         verifiedOn: raw["verifiedOn"]?.stringValue ?? "", approximate: raw["approximate"]?.boolValue ?? false,
                         note: raw["note"]?.stringValue)
        }
        var bodyLines: [String] = []
        var sections: [Section] = []
        for line in lines[(end + 1)...] {
            if let kind = Self.sectionKind(marker: line) {
                if !sections.isEmpty { sections[sections.count - 1].kind = kind }
                continue
            }
            bodyLines.append(line)
            if line.hasPrefix("## ") {
                sections.append(Section(heading: String(line.dropFirst(3)).trimmingSpaces(), body: ""))
            } else if !sections.isEmpty {
                sections[sections.count - 1].body += line + "\n"
            }
        }
        self.body = bodyLines.joined(separator: "\n").trimmingSpacesAndNewlines()
        self.sections = sections.map {
            Section(heading: $0.heading, body: $0.body.trimmingSpacesAndNewlines(), kind: $0.kind)
        }
    }

    /// The limit with `key`, if the article has it.
    public func limit(_ key: String) -> Limit? {
        limits.first { $0.key == key }
    }
}
