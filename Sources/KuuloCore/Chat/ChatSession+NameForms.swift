import Foundation

extension ChatSession {
    /// Makes the forms of the organisation's name when the plan has none for the name the texts show
    /// (after setup, or after the name changed), stores them (`organisation.nameForms`) and says which
    /// it will use, so the trustee can correct them (`/nimenmuodot`). The spell checker of each
    /// language (Voikko for Finnish) confirms the forms; those it cannot confirm are named.
    mutating func refreshNameForms() -> [ChatEffect] {
        guard let base = organisationName else { return [] }
        var organisation = Organisation(json: document.content["organisation"] ?? .object([:]))
        if let stored = organisation.nameForms, stored.of == base || stored.of == nil { return [] }
        // The draft checks' session: the checkers are opened once for the whole chat.
        let spellers = context.services.checkServices == nil ? [:] : context.checks.services?.spellCheckers ?? [:]
        var forms: [String: [GrammaticalCase: String]] = [:]
        var shown: [NameInflector.Form] = []
        for language in Language.allCases {
            let made = NamePlaceholder.made(base, language: language, data: resources.data, speller: spellers[language])
            forms[language.code] = made.mapValues(\.text)
            if language == self.language {
                shown = GrammaticalCase.cases(for: language).compactMap { made[$0] }
            }
        }
        organisation.nameForms = NameForms(of: base, forms: forms)
        document.content.setValue(organisation.json, at: JSONPointer(tokens: ["organisation"]))
        guard !shown.isEmpty else { return [] }
        var lines = [context.text(.nameFormsMade, ["org": base, "forms": shown.map(\.text).joined(separator: ", ")])]
        let unconfirmed = shown.filter { !$0.confirmed }.map(\.text)
        if unconfirmed.count == shown.count, spellers[self.language] != nil {
            // The dictionary knows none of them: the name itself is new to it (SAMOK, Prodeko).
            lines.append(context.text(.nameFormsUnknownName, ["org": base]))
        } else if !unconfirmed.isEmpty {
            lines.append(context.text(.nameFormsUnconfirmed, ["forms": unconfirmed.joined(separator: ", ")]))
        }
        return [.say(ChatMessage(lines.joined(separator: " "), style: .hint))]
    }
}
