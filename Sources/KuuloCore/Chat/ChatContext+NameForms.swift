import Foundation

extension ChatContext {
    /// Makes the forms of the organisation's name `base` when the plan has none for it (after setup,
    /// or after the name changed), stores them (`organisation.nameForms`) and says which it will use,
    /// so the trustee can correct them (`/nimenmuodot`). The spell checker of each language (Voikko
    /// for Finnish) confirms the forms; those it cannot confirm are named.
    mutating func refreshNameForms(of base: String?) -> [ChatEffect] {
        guard let base else { return [] }
        var organisation = Organisation(json: document.content["organisation"] ?? .object([:]))
        if let stored = organisation.nameForms, stored.of == base || stored.of == nil { return [] }
        // The draft checks' session: the checkers are opened once for the whole chat.
        let spellers = services.checkServices == nil ? [:] : checks.services?.spellCheckers ?? [:]
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
        let first = text(.nameFormsMade, ["org": base, "forms": shown.map(\.text).joined(separator: ", ")])
        return [.say(ChatMessage(([first] + unconfirmedLines(shown, name: base, spellers: spellers)).joined(separator: " "), style: .hint))]
    }

    /// Makes the forms of the names of the plan's own channels (`kind: other`: a Discord server, a
    /// printed newsletter) that have none for their current name, confirmed by the dictionary, stores
    /// them with the channel and says which it will use (the cases `/nimenmuodot` asks for them), so the
    /// trustee can correct them. Catalogue channels have hand-written forms in the catalogue.
    mutating func refreshChannelNameForms() -> [ChatEffect] {
        let catalogue = resources.channelCatalogue
        // Only channels whose forms are missing or belong to an older name; the dictionaries are opened
        // only when there is one (this runs after every flow).
        let unmade = ChannelStore.custom(in: document.content, catalogue: catalogue).compactMap { key -> (String, Channel, String)? in
            guard let json = document.content.value(at: JSONPointer(tokens: ["channels", key])) else { return nil }
            let channel = Channel(id: key, json: json)
            guard let name = channel.name?.nonBlank, channel.nameForms?.of != name else { return nil }
            return (key, channel, name)
        }
        guard !unmade.isEmpty else { return [] }
        let spellers = services.checkServices == nil ? [:] : checks.services?.spellCheckers ?? [:]
        let asked = Self.channelCasesAsked(resources.flow("names"))
        var effects: [ChatEffect] = []
        for (key, found, name) in unmade {
            let pointer = JSONPointer(tokens: ["channels", key])
            var channel = found
            var forms: [String: [GrammaticalCase: String]] = [:]
            var shown: [NameInflector.Form] = []
            for language in Language.allCases {
                let made = NamePlaceholder.made(name, language: language, data: resources.data, speller: spellers[language])
                forms[language.code] = made.mapValues(\.text)
                if language == self.language { shown = (asked[language] ?? []).compactMap { made[$0] } }
            }
            channel.nameForms = NameForms(of: name, forms: forms)
            document.content.setValue(channel.json, at: pointer)
            guard !shown.isEmpty else { continue }
            let first = text(.channelNameFormsMade, ["channel": name, "forms": shown.map(\.text).joined(separator: ", ")])
            effects.append(.say(ChatMessage(([first] + unconfirmedLines(shown, name: name, spellers: spellers)).joined(separator: " "), style: .hint)))
        }
        return effects
    }

    /// The cases of a channel's name `/nimenmuodot` asks for, per language: the steps of its
    /// `custom-channel` block, by the last token of their field (`/channels/{item}/nameForms/fi/partitive`).
    static func channelCasesAsked(_ flow: Flow?) -> [Language: [GrammaticalCase]] {
        var cases: [Language: [GrammaticalCase]] = [:]
        for step in flow?.steps ?? [] where step.each == .customChannel {
            let tokens = step.field.split(separator: "/").map(String.init)
            guard tokens.count >= 2, let language = Language(rawValue: tokens[tokens.count - 2]),
                  let grammaticalCase = GrammaticalCase(rawValue: tokens[tokens.count - 1]) else { continue }
            cases[language, default: []].append(grammaticalCase)
        }
        return cases
    }

    /// What to say about forms the dictionary did not confirm.
    private func unconfirmedLines(_ shown: [NameInflector.Form], name: String, spellers: [Language: any SpellChecker]) -> [String] {
        let unconfirmed = shown.filter { !$0.confirmed }.map(\.text)
        if unconfirmed.count == shown.count, spellers[self.language] != nil {
            // The dictionary knows none of them: the name itself is new to it (SAMOK, Prodeko).
            return [text(.nameFormsUnknownName, ["org": name])]
        }
        return unconfirmed.isEmpty ? [] : [text(.nameFormsUnconfirmed, ["forms": unconfirmed.joined(separator: ", ")])]
    }
}
