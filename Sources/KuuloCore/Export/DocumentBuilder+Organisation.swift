import Foundation

/// Sections 1–3: the organisation, its values and core message; goals; audiences.
extension DocumentBuilder {
    func organisationBlocks() -> [ExportBlock] {
        let organisation = plan.organisation
        let values = organisation.exportStrings("values")
        let coreMessage = organisation.exportString("coreMessage")
        let kind = organisation.exportString("kind").map { texts.value("kind", $0) }
        var fields: [ExportField] = [field(.fieldName, plan.organisationName)]
        if let shortName = organisation.exportString("shortName") { fields.append(field(.fieldShortName, shortName)) }
        fields += [
            field(.fieldKind, kind),
            field(.fieldLanguages, plan.languages.isEmpty ? nil : languageNames(plan.languages)),
            field(.fieldValues, joined: values),
            field(.fieldCoreMessage, coreMessage),
        ]
        let contacts = organisation["publicContacts"] ?? .object([:])
        let contactItems = contacts.exportStrings("emails") + contacts.exportStrings("phones") + contacts.exportStrings("accounts")
        if !contactItems.isEmpty { fields.append(field(.fieldContacts, joined: contactItems)) }
        let specs = fields.map { (field: $0, command: Self.setup) }
        return fieldBlocks(specs)
    }

    func goalsBlocks() -> [ExportBlock] {
        let goals = plan.organisation.exportStrings("goals")
        guard !goals.isEmpty else { return [missingSection([Self.setup])] }
        var blocks: [ExportBlock] = [.list(goals.map { [.text($0)] }, ordered: false)]
        let values = plan.organisation.exportStrings("values")
        if !values.isEmpty {
            blocks.append(.paragraph([.text(texts.text(.goalsServeValues, ["values": values.joined(separator: ", ")]))]))
        }
        return blocks
    }

    func audienceBlocks() -> [ExportBlock] {
        let audiences = plan.organisation.exportStrings("audiences")
        guard !audiences.isEmpty else { return [missingSection([Self.setup])] }
        guard !plan.channels.isEmpty else { return [.list(audiences.map { [.text($0)] }, ordered: false)] }
        let items = audiences.map { audience -> [ExportInline] in
            let key = Self.matchKey(audience)
            let reaching = plan.channels.filter { $0.audiences.contains { Self.matchKey($0) == key } }.map(\.name)
            if reaching.isEmpty { return texts.spans(.audienceNotReached, ["audience": [.text(audience)]]) }
            return texts.spans(.audienceReachedBy, ["audience": [.text(audience)], "channels": [.text(reaching.joined(separator: ", "))]])
        }
        return [.list(items, ordered: false)]
    }

    /// How audience names are compared: case and surrounding spaces ignored.
    static func matchKey(_ text: String) -> String {
        text.lowercased().trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
