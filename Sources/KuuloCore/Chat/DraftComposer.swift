import Foundation

/// Builds a post's text from a draft's parts, in the order a reader needs them.
public enum DraftComposer {
    /// Key message, details, call to action with the link (or "link in bio" where links are not
    /// clickable), signature, then the hashtags. With `body` (another language's version), that text
    /// takes the place of the key message, details and call to action.
    public static func compose(_ draft: JSONValue, body: String? = nil, linkInBio: Bool, linkInBioText: String) -> String {
        compose(Draft(number: "", json: draft), body: body, linkInBio: linkInBio, linkInBioText: linkInBioText)
    }

    /// Builds the post's text from a typed draft (see `compose(_:body:linkInBio:linkInBioText:)`).
    public static func compose(_ draft: Draft, body: String? = nil, linkInBio: Bool, linkInBioText: String) -> String {
        var paragraphs: [String] = []
        var action: String
        if let body {
            paragraphs.append(body)
            action = ""
        } else {
            for text in [draft.keyMessage, draft.details] {
                if let text, !text.isEmpty { paragraphs.append(text) }
            }
            action = draft.callToAction ?? ""
        }
        if let link = draft.link, !link.isEmpty {
            let shown = linkInBio ? linkInBioText : link
            action = action.isEmpty ? shown : action + " " + shown
        }
        if !action.isEmpty { paragraphs.append(action) }
        if let signature = draft.signature, !signature.isEmpty { paragraphs.append(signature) }
        let tags = draft.hashtags ?? []
        if !tags.isEmpty { paragraphs.append(tags.joined(separator: " ")) }
        return paragraphs.joined(separator: "\n\n")
    }
}
