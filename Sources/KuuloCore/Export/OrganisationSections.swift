import Foundation

/// Sections 1–3: the organisation, its values and core message; goals; audiences.
struct OrganisationSections: DocumentPart {
    let context: DocumentContext

    func organisationBlocks() -> [ExportBlock] {
        let organisation = plan.organisation
        let values = organisation.values.nonBlank
        let coreMessage = organisation.coreMessage?.nonBlank
        var kind = organisation.kind?.nonBlank.map { texts.value("kind", $0) }
        // A student union is one or the other; its name says which ("… ylioppilaskunta").
        if organisation.kind == "student-union",
           let word = texts.list("unionKindWords").first(where: { plan.organisationName?.lowercased().contains($0) == true }) {
            kind = word
        }
        var fields = [field(.fieldName, plan.organisationName)]
        if let shortName = organisation.shortName?.nonBlank { fields.append(field(.fieldShortName, shortName)) }
        fields += [
            field(.fieldKind, kind),
            field(.fieldLanguages, plan.languages.isEmpty ? nil : languageNames(plan.languages)),
            field(.fieldValues, joined: values),
            field(.fieldCoreMessage, coreMessage),
        ]
        return fieldBlocks(fields)
    }

    func goalsBlocks() -> [ExportBlock] {
        let goals = plan.organisation.goals.nonBlank
        guard !goals.isEmpty else { return [missingSection()] }
        var blocks: [ExportBlock] = [.list(goals.map { [.text($0)] }, ordered: false)]
        let values = plan.organisation.values.nonBlank
        if !values.isEmpty {
            blocks.append(.paragraph([.text(texts.text(.goalsServeValues, ["values": values.joined(separator: ", ")]))]))
        }
        return blocks
    }

    func audienceBlocks() -> [ExportBlock] {
        let audiences = plan.organisation.audiences.nonBlank
        guard !audiences.isEmpty else { return [missingSection()] }
        guard !plan.channels.isEmpty else { return [.list(audiences.map { [.text($0)] }, ordered: false)] }
        let items = audiences.map { audience -> [ExportInline] in
            let key = Self.matchKey(audience)
            let reaching = plan.channels.filter { $0.audiences.contains { Self.matchKey($0) == key } }.map(\.name)
            if reaching.isEmpty { return texts.spans(.audienceNotReached, ["audience": [.text(audience)]]) }
            return texts.spans(.audienceReachedBy, ["audience": [.text(audience)], "channels": [.text(reaching.joined(separator: ", "))]])
        }
        return [.list(items, ordered: false)]
    }
}
