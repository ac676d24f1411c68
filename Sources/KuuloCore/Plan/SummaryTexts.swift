import Foundation

/// A version's summary shown in the reader's language: summaries are stored as they were written
/// ("Kanavat – kesken", "Tili 2"), so `/history` in English showed them in Finnish. A stored summary that
/// one of Kuulo's summary texts makes in another language — a flow's `summary`, or a `revision…` message
/// ("{flow} – kesken", "Kumottu versio {number}") — is made again in the reader's, with the same values (a
/// value that is itself such a summary, a flow's name, translated too). Anything else is shown as stored.
public struct SummaryTexts {
    /// One summary text in every language, as its literal pieces and placeholder names.
    private struct Template {
        var texts: [Language: String]
        var patterns: [Language: NSRegularExpression]
        var names: [String]
    }

    private var templates: [Template] = []

    /// The summary texts of the flows in `flows` and of `messages`.
    init(flows: [Flow], messages: MessageCatalog) {
        var groups = flows.map(\.summary.values)
        for key in MessageKey.allCases where key.rawValue.hasPrefix("revision") {
            let languages = Language.allCases.filter { messages.has(key.rawValue, in: $0) }
            groups.append(Dictionary(uniqueKeysWithValues: languages.map { ($0, messages.text(key, $0)) }))
        }
        templates = groups.compactMap(Self.template)
    }

    /// The summaries of the flows and messages in `data`.
    public init(data: DataFiles) {
        self.init(flows: KuuloResources.flows(in: data), messages: MessageCatalog(data: data))
    }

    /// `summary` in `language` when it is a known summary of another language, else as stored.
    public func shown(_ summary: String, in language: Language) -> String {
        shown(summary, in: language, depth: 0)
    }

    private func shown(_ summary: String, in language: Language, depth: Int) -> String {
        guard depth < 3 else { return summary }
        let range = NSRange(summary.startIndex..., in: summary)
        for template in templates {
            if template.patterns[language]?.firstMatch(in: summary, range: range) != nil { continue }
            for (other, pattern) in template.patterns where other != language {
                guard let match = pattern.firstMatch(in: summary, range: range), let target = template.texts[language] else { continue }
                var values: [String: String] = [:]
                for (index, name) in template.names.enumerated() {
                    guard let found = Range(match.range(at: index + 1), in: summary) else { continue }
                    values[name] = shown(String(summary[found]), in: language, depth: depth + 1)
                }
                return fillTemplate(target, values)
            }
        }
        return summary
    }

    /// A template for texts with the same placeholders in every language, each with text of its own.
    private static func template(_ texts: [Language: String]) -> Template? {
        guard texts.count > 1, Set(texts.values).count > 1 else { return nil }
        var patterns: [Language: NSRegularExpression] = [:]
        var names: [String]?
        for (language, text) in texts {
            // The placeholders in the same order in every language (all of Kuulo's summaries have them so).
            guard let (pattern, found) = regex(text), names == nil || found == names else { return nil }
            names = found
            patterns[language] = pattern
        }
        return names.map { Template(texts: texts, patterns: patterns, names: $0) }
    }

    /// `text` as an anchored pattern capturing each `{placeholder}`; `nil` for a text that is only placeholders.
    private static func regex(_ text: String) -> (NSRegularExpression, [String])? {
        var pattern = "^"
        var names: [String] = []
        var literal = ""
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            literal += rest[..<open]
            pattern += NSRegularExpression.escapedPattern(for: String(rest[..<open])) + "(.+?)"
            names.append(String(rest[rest.index(after: open)..<close]))
            rest = rest[rest.index(after: close)...]
        }
        literal += rest
        pattern += NSRegularExpression.escapedPattern(for: String(rest)) + "$"
        guard !literal.trimmingCharacters(in: .whitespaces).isEmpty, let compiled = try? NSRegularExpression(pattern: pattern) else { return nil }
        return (compiled, names)
    }
}
