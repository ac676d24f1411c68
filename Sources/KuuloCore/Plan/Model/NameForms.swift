import Foundation

/// The forms of the organisation's name the texts use (`organisation.nameForms`): made at setup by
/// `NameInflector`, confirmed by Voikko, shown to the trustee, who can correct them (`/nimenmuodot`).
///
/// ```json
/// {"of": "LYY", "fi": {"genitive": "LYY:n", "partitive": "LYY:tä", …}, "en": {"possessive": "LYY’s"}}
/// ```
/// `of` is the name the forms were made for: when the name changes, the forms are made again.
public struct NameForms: PlanEntity {
    /// The name (as `{org}` shows it) the forms belong to.
    public var of: String?
    /// The forms per language code and case.
    public var forms: [String: [GrammaticalCase: String]]
    /// Members this build does not know.
    public var unknown: [String: JSONValue]

    /// Creates forms of `name`.
    public init(of name: String, forms: [String: [GrammaticalCase: String]]) {
        self.of = name
        self.forms = forms
        self.unknown = [:]
    }

    /// Reads `organisation.nameForms`.
    public init(json: JSONValue) {
        var members = PlanMembers(json)
        of = members.string("of")
        var forms: [String: [GrammaticalCase: String]] = [:]
        for code in members.rest.keys.sorted() {
            guard let map = members.stringMap(code) else { continue }
            var cases: [GrammaticalCase: String] = [:]
            for (key, value) in map {
                guard let grammaticalCase = GrammaticalCase(rawValue: key) else { continue }
                cases[grammaticalCase] = value
            }
            forms[code] = cases
        }
        self.forms = forms
        unknown = members.rest
    }

    /// Writes `organisation.nameForms`.
    public var json: JSONValue {
        var writer = PlanMemberWriter(unknown)
        writer.set("of", of)
        for (code, cases) in forms {
            writer.set(code, Dictionary(uniqueKeysWithValues: cases.map { ($0.key.rawValue, $0.value) }))
        }
        return writer.json
    }

    /// The form of the name in `grammaticalCase` in `language`, if stored.
    public func form(_ grammaticalCase: GrammaticalCase, in language: Language) -> String? {
        forms[language.code]?[grammaticalCase]?.nonBlank
    }
}
