import Foundation

/// Fills the placeholders that name a case: `{org.genitive}` → "LYY:n", `{org.possessive}` → "LYY’s".
///
/// The forms come from the plan (`organisation.nameForms`, confirmed at setup and correctable by the
/// trustee) when they belong to the name shown; otherwise they are made on the spot from the
/// language's rules (`NameInflector`, unconfirmed), so a text never shows a bare name where the
/// sentence needs another case.
public enum NamePlaceholder {
    /// The names texts may inflect.
    public static let names: Set<String> = ["org", "itemName", "channel"]

    /// The arguments `{name.case}` for every case of `language`, for the name `base`.
    public static func arguments(_ name: String, base: String, stored: NameForms?, language: Language, data: DataFiles) -> [String: String] {
        guard !base.isEmpty else { return [:] }
        let forms = self.forms(of: base, stored: stored, language: language, data: data)
        var arguments: [String: String] = [:]
        for grammaticalCase in GrammaticalCase.allCases {
            arguments["\(name).\(grammaticalCase.rawValue)"] = forms[grammaticalCase] ?? base
        }
        return arguments
    }

    /// The forms of `base` in `language`: the stored ones where they belong to `base`, the rest made.
    public static func forms(of base: String, stored: NameForms?, language: Language, data: DataFiles) -> [GrammaticalCase: String] {
        var forms = made(base, language: language, data: data, speller: nil).mapValues(\.text)
        if let stored, stored.of == base || stored.of == nil {
            forms.merge(stored.forms[language.code] ?? [:]) { _, kept in kept }
        }
        return forms
    }

    /// The forms made by the language's rules, confirmed by `speller` where given.
    public static func made(_ base: String, language: Language, data: DataFiles, speller: (any SpellChecker)?) -> [GrammaticalCase: NameInflector.Form] {
        if language == .en {
            return [.possessive: NameInflector.Form(text: NameInflector.englishPossessive(base), confirmed: true)]
        }
        guard let rules = NameInflectionRules.load(language, data: data) else { return [:] }
        return NameInflector(rules: rules).forms(of: base, speller: speller)
    }

    /// The arguments `{name.case}` for a channel's name: the catalogue's hand-written forms when the
    /// name is a catalogue channel's, else the forms stored with the plan's own channel (`own`, made
    /// when it was added and correctable by the trustee), else forms made by the rules.
    public static func channelArguments(_ name: String, channel: String, own: NameForms? = nil, catalogue: ChannelCatalogue,
                                        language: Language, data: DataFiles) -> [String: String] {
        let entry = catalogue.entries.first { $0.name.text(language) == channel }
        let stored = entry.map { NameForms(of: channel, forms: $0.forms) } ?? own
        return arguments(name, base: channel, stored: stored, language: language, data: data)
    }
}
