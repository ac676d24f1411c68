import Foundation

extension StepStore {
    /// Writes `value`, the answer to `step`, where this store keeps it. A `suggested` answer (Enter on
    /// an offered default) leaves the tags that already have another role where they are; `condition`
    /// is the field the step's `askIf` names (the address a public-contact answer is about); the
    /// `segmenter` suggests CamelCase for tags typed in lower case; with the channel `catalogue`, a
    /// chosen channel it does not have is the trustee's own, by its name.
    func write(_ value: JSONValue, for step: FlowStep, suggested: Bool, condition: JSONPointer?,
               segmenter: (any WordSegmenter)?, catalogue: ChannelCatalogue? = nil, in content: inout JSONValue) {
        let items = value.stringArray ?? []
        switch self {
        case .tagRole:
            HashtagStore.setTags(items, role: step.role ?? "topic", keepingOtherRoles: suggested, in: &content) { name in
                guard name == name.lowercased(), let segmenter else { return name }
                return HashtagCamelCase.suggest(tag: name, segmenter: segmenter) ?? name
            }
        case .tagChannels: HashtagStore.setChannels(items, role: step.role ?? "", in: &content)
        case .tagSets: HashtagStore.setSets(items, in: &content)
        case .channelSet: ChannelStore.setActive(items, catalogue: catalogue, in: &content)
        case .publicContact:
            if value.boolValue == true, let address = condition.flatMap({ content.value(at: $0)?.stringValue }) {
                var emails = content.value(at: PublicContacts.emailsPointer)?.stringArray ?? []
                if !PublicContacts(emails: emails).allowsEmail(address) { emails.append(address) }
                content.setValue(.array(emails.map(JSONValue.string)), at: PublicContacts.emailsPointer)
            }
        }
    }
}
