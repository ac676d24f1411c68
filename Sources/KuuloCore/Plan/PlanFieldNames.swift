import Foundation

/// A plan field and its value as a trustee reads them: "Arvot: avoimuus, yhteisöllisyys" instead of
/// `/organisation/values` and `["avoimuus","yhteisöllisyys"]`. The name is the label of the flow step
/// that writes the field, else the title of the plan section that holds it; the last resort is the
/// path's words.
struct PlanFieldNames {
    let resources: KuuloResources
    let language: Language

    /// The field's name in words.
    func name(_ path: JSONPointer) -> String {
        if path.tokens.count == 2, path.tokens[0] == "organisation", let key = Self.organisationFields[path.tokens[1]] {
            return ExportTexts(data: resources.data, language: language).text(key)
        }
        for step in steps where Self.matches(step.field, path) {
            if let label = step.label?.text(language).nonBlank { return label }
            if let name = step.editName?.text(language).nonBlank { return name }
        }
        let structure = PlanStructure(data: resources.data)
        let section = structure.sections.first { section in
            section.fields.contains { path.tokens.starts(with: $0.pointer.tokens) }
        }
        if let section {
            // A whole numbered record (draft 3 created on two machines) is named with its number.
            if let last = path.tokens.last, !last.isEmpty, last.allSatisfy(\.isNumber),
               section.fields.contains(where: { $0.pointer.tokens == Array(path.tokens.dropLast()) }) {
                return section.title.text(language) + " › " + last
            }
            return section.title.text(language)
        }
        return path.tokens.joined(separator: " › ")
    }

    /// The organisation's fields, named as the written plan names them.
    static let organisationFields: [String: ExportTextKey] = [
        "name": .fieldName, "shortName": .fieldShortName, "kind": .fieldKind, "values": .fieldValues, "coreMessage": .fieldCoreMessage,
    ]

    /// A value as words: text as it is, a list joined with commas, a record as its texts, anything else compact.
    static func value(_ value: JSONValue) -> String {
        switch value {
        case .string(let text): return text
        case .array(let items) where items.allSatisfy { $0.stringValue != nil }:
            return items.compactMap(\.stringValue).joined(separator: ", ")
        case .object(let members):
            // A whole record (a draft made on two machines): its texts in the order of their keys,
            // without the keys, which are not words to show.
            return members.keys.sorted().compactMap { key in members[key].map { Self.value($0) } }.filter { !$0.isEmpty }.joined(separator: "; ")
        default: return JSONWriter.compact(value)
        }
    }

    private var steps: [FlowStep] {
        resources.data.paths(under: "Prompts/flows/")
            .map { ($0 as NSString).lastPathComponent }
            .filter { $0.split(separator: ".").count == 2 && $0.hasSuffix(".yaml") }
            .compactMap { resources.flow(String($0.dropLast(".yaml".count))) }
            .flatMap(\.steps)
    }

    /// Whether a step's field (`/trustees/{user}/role`) is `path`, a placeholder matching any token.
    static func matches(_ field: String, _ path: JSONPointer) -> Bool {
        let pattern = field.split(separator: "/", omittingEmptySubsequences: false).dropFirst()
        guard pattern.count == path.tokens.count else { return false }
        return zip(pattern, path.tokens).allSatisfy { $0.hasPrefix("{") || $0 == $1 }
    }
}
