import Foundation

/// One entry of the `TextCatalog`: a text, a text with a form per plural category, or a list of
/// texts (month names).
///
/// In a file a plural entry is a mapping whose keys are all plural categories, `other` among them:
/// `changes: {one: "{count} muutos", other: "{count} muutosta"}`. Which categories a language uses,
/// and which one a count takes, is its pack's `plurals` rule.
public enum TextEntry: Equatable, Sendable {
    /// One text.
    case text(String)
    /// A text per plural category.
    case plural([PluralCategory: String])
    /// A list of texts.
    case list([String])

    /// Reads an entry from a file's value; `nil` for a mapping that is not a plural entry, or for
    /// anything else that is not text.
    public init?(json: JSONValue) {
        if let text = json.stringValue {
            self = .text(text)
        } else if let items = json.stringArray {
            self = .list(items)
        } else if let forms = Self.pluralForms(json) {
            self = .plural(forms)
        } else {
            return nil
        }
    }

    /// The forms of a plural entry, or `nil` when `json` is not one.
    static func pluralForms(_ json: JSONValue) -> [PluralCategory: String]? {
        guard let members = json.objectValue, members["other"] != nil else { return nil }
        var forms: [PluralCategory: String] = [:]
        for (key, value) in members {
            guard let category = PluralCategory(rawValue: key), let text = value.stringValue else { return nil }
            forms[category] = text
        }
        return forms
    }

    /// The entry as a file holds it: a string, a list of strings, or a mapping of plural categories.
    public var json: JSONValue {
        switch self {
        case .text(let text): return .string(text)
        case .list(let items): return .array(items.map(JSONValue.string))
        case .plural(let forms): return .object(Dictionary(uniqueKeysWithValues: forms.map { ($0.key.rawValue, .string($0.value)) }))
        }
    }

    /// The text to fill: a text as it is, a plural entry's form for `count` under `rule` (the
    /// `other` form when no count is given or the language lacks that form); `nil` for a list.
    public func template(count: Int?, rule: PluralRule) -> String? {
        switch self {
        case .text(let text): return text
        case .plural(let forms):
            let category = count.map(rule.category) ?? .other
            return forms[category] ?? forms[.other]
        case .list: return nil
        }
    }
}

/// A plural category, as CLDR names them.
public enum PluralCategory: String, CaseIterable, Sendable {
    /// Zero (Latvian, Welsh).
    case zero
    /// One (singular in Finnish and English).
    case one
    /// Two (Slovenian, Welsh).
    case two
    /// Few (Polish, Czech).
    case few
    /// Many (Polish, Russian).
    case many
    /// Every other count; every language has it.
    case other
}

/// How a language picks the plural category of a count. A pack names its rule (`plurals: one-other`);
/// a language whose rule Kuulo does not have yet is a new case here.
public enum PluralRule: String, CaseIterable, Sendable {
    /// `one` for exactly 1, else `other`: Finnish, English, Swedish, German, Estonian…
    case oneOther = "one-other"
    /// `other` for every count: Japanese, Chinese, Korean…
    case otherOnly = "other"

    /// The categories a plural entry of the language has.
    public var categories: [PluralCategory] {
        switch self {
        case .oneOther: return [.one, .other]
        case .otherOnly: return [.other]
        }
    }

    /// The category of `count`.
    public func category(for count: Int) -> PluralCategory {
        switch self {
        case .oneOther: return count == 1 ? .one : .other
        case .otherOnly: return .other
        }
    }
}
