import Foundation

/// The texts a draft is posted as, put together from its parts for each of its channels: a text per
/// language, or one caption with every language where the channel (or the draft's `captions`) wants
/// it, and the hashtags in the caption or, where the channel puts them there, in the first comment.
struct DraftVersions {
    /// The plan's content.
    let content: JSONValue
    /// Texts ("link in bio"), platform limits and the channel catalogue.
    let resources: KuuloResources
    /// The chat's language: a draft's language when it names none.
    let language: Language

    /// Every text of the draft: for each channel, the version in the language it was written in and
    /// one for each other language that has been written; or, where the channel (or the draft's
    /// `captions`) wants one caption, a single text with every language (language `fi+en`).
    func versions(_ key: String) -> [DraftVersion] {
        guard let json = content.value(at: DraftFlowHooks.pointer(key)) else { return [] }
        let draft = Draft(number: key, json: json)
        let limits = resources.platformLimits
        let catalogue = resources.channelCatalogue
        let primary = draft.language ?? language.rawValue
        let others = draft.otherLanguages(besides: primary)
        let captions = json["captions"]?.stringValue
        var versions: [DraftVersion] = []
        // The texts are put together for the channels the trustee chose; texts of a channel taken off
        // the list are not kept.
        for channel in draft.channels ?? [] {
            let planChannel = Channel(id: channel, json: content["channels"]?[channel] ?? .object([:]))
            let kind = planChannel.kind ?? channel
            let platformID = catalogue.entry(kind)?.platform ?? limits.platform(for: kind)?.id
            let platform = platformID.flatMap { limits.platform(for: $0) }
            let linkInBio = platform?.limit("links.clickable")?.value == 0
            let tagsInText = !planChannel.hashtagsInFirstComment
            let inBio = { (code: String) in resources.messages.text(.draftLinkInBio, Language(rawValue: code) ?? language, [:]) }
            let written = others.filter { !(draft.versions?[$0] ?? "").isEmpty }
            let together = captions == "bilingual" || (captions != "separate" && planChannel.bilingualCaptions)
            if together, !written.isEmpty {
                let text = DraftComposer.composeTogether(draft, others: written.map { (draft.versions?[$0] ?? "", inBio($0)) }, linkInBio: linkInBio,
                                                         linkInBioText: inBio(primary), hashtagsInText: tagsInText)
                versions.append(DraftVersion(channel: channel, language: ([primary] + written).joined(separator: "+"), text: text, platform: platform,
                                             publishAt: draft.scheduledAt))
                continue
            }
            for code in [primary] + written {
                let body = code == primary ? nil : draft.versions?[code]
                let text = DraftComposer.compose(draft, body: body, linkInBio: linkInBio, linkInBioText: inBio(code), hashtagsInText: tagsInText)
                versions.append(DraftVersion(channel: channel, language: code, text: text, platform: platform, publishAt: draft.scheduledAt))
            }
        }
        return versions
    }

    /// The first comment of each of the draft's channels that puts the hashtags there.
    func firstComments(_ key: String) -> [String: JSONValue] {
        guard let json = content.value(at: DraftFlowHooks.pointer(key)) else { return [:] }
        let draft = Draft(number: key, json: json)
        guard let tags = DraftComposer.hashtagLine(draft) else { return [:] }
        var comments: [String: JSONValue] = [:]
        for channel in draft.channels ?? [] where Channel(id: channel, json: content["channels"]?[channel] ?? .object([:])).hashtagsInFirstComment {
            comments[channel] = .string(tags)
        }
        return comments
    }
}
