import Foundation

/// What one column of a content export holds.
public enum InsightField: String, CaseIterable, Sendable {
    case postID, publishTime, permalink, postType, description, views, reach, reactions, likes, comments, shares, saves, follows
    case accountName, accountUsername

    /// The fields that are counts.
    public static let counts: [InsightField] = [.views, .reach, .reactions, .likes, .comments, .shares, .saves, .follows]
}

/// The column names of Meta's content export by field and language (`Prompts/insights/meta-columns.yaml`).
public struct InsightsColumns: Sendable {
    /// Names (lower-cased) to fields.
    let fieldsByName: [String: InsightField]
    /// The fields that must be present.
    let required: Set<InsightField>
    /// Names (lower-cased) of the per-day export's date column.
    let perDayDateNames: Set<String>
    /// The field whose absence, with a date column, marks the per-day export.
    let perDayAbsent: InsightField?
    /// The languages whose names come from real exports.
    public let verifiedLanguages: [String]

    /// Names of each field by language, as written in the data.
    let namesByLanguage: [InsightField: [String: [String]]]

    /// The column name of `field` that an export in `language` has (else the English one).
    public func name(of field: InsightField, language: Language) -> String {
        let names = namesByLanguage[field] ?? [:]
        return (names[language.rawValue] ?? names["en"])?.first ?? field.rawValue
    }

    /// Reads the column data; unknown field names in the data are skipped.
    public init(data: JSONValue) {
        var names: [String: InsightField] = [:]
        var required: Set<InsightField> = []
        var byLanguage: [InsightField: [String: [String]]] = [:]
        for (key, spec) in data["fields"]?.objectValue ?? [:] {
            guard let field = InsightField(rawValue: key) else { continue }
            if spec["required"]?.boolValue == true { required.insert(field) }
            for (language, list) in spec.objectValue ?? [:] where language != "required" {
                byLanguage[field, default: [:]][language] = list.stringArray ?? []
                for name in list.stringArray ?? [] { names[Self.key(name)] = field }
            }
        }
        fieldsByName = names
        namesByLanguage = byLanguage
        self.required = required
        perDayDateNames = Set((data["perDay"]?["dateColumn"]?.objectValue ?? [:]).values.flatMap { $0.stringArray ?? [] }.map(Self.key))
        perDayAbsent = data["perDay"]?["absent"]?.stringValue.flatMap(InsightField.init(rawValue:))
        verifiedLanguages = data["verified"]?.stringArray ?? []
    }

    /// How a header is compared: lower case, surrounding spaces and quotes gone.
    static func key(_ name: String) -> String {
        name.trimmingCharacters(in: .whitespaces.union(CharacterSet(charactersIn: "\""))).lowercased()
    }

    /// The field of a header cell, if Kuulo knows it.
    func field(of header: String) -> InsightField? { fieldsByName[Self.key(header)] }

    /// Whether the header is the per-day export's date column.
    func isPerDayDate(_ header: String) -> Bool { perDayDateNames.contains(Self.key(header)) }
}
