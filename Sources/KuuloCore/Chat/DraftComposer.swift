import Foundation

/// Builds a post's text from a draft's parts, in the order a reader needs them.
public enum DraftComposer {
    /// Key message, details, call to action with the link (or "link in bio" where links are not
    /// clickable), signature, then the hashtags. With `body` (another language's version), that text
    /// takes the place of the key message, details and call to action.
    public static func compose(_ draft: JSONValue, body: String? = nil, linkInBio: Bool, linkInBioText: String) -> String {
        compose(Draft(number: "", json: draft), body: body, linkInBio: linkInBio, linkInBioText: linkInBioText)
    }

    /// Builds the post's text from a typed draft (see `compose(_:body:linkInBio:linkInBioText:)`); with
    /// `hashtagsInText` false the hashtags are left for the first comment.
    public static func compose(_ draft: Draft, body: String? = nil, linkInBio: Bool, linkInBioText: String, hashtagsInText: Bool = true) -> String {
        let paragraphs = message(draft, body: body, link: true, linkInBio: linkInBio, linkInBioText: linkInBioText)
        return (paragraphs + closing(draft, hashtagsInText: hashtagsInText)).joined(separator: "\n\n")
    }

    /// One caption in several languages: the draft's own language first, then each other version,
    /// then the signature and the hashtags once. A clickable link is given once, after the first
    /// language; where links are not clickable each language says "link in bio" in its own words.
    public static func composeTogether(_ draft: Draft, others: [(body: String, linkInBioText: String)], linkInBio: Bool,
                                       linkInBioText: String, hashtagsInText: Bool = true) -> String {
        var paragraphs = message(draft, body: nil, link: true, linkInBio: linkInBio, linkInBioText: linkInBioText)
        for other in others {
            paragraphs += message(draft, body: other.body, link: linkInBio, linkInBio: linkInBio, linkInBioText: other.linkInBioText)
        }
        return (paragraphs + closing(draft, hashtagsInText: hashtagsInText)).joined(separator: "\n\n")
    }

    /// The hashtags as one line, for a caption or a first comment; `nil` without any.
    public static func hashtagLine(_ draft: Draft) -> String? {
        let tags = draft.hashtags ?? []
        return tags.isEmpty ? nil : tags.joined(separator: " ")
    }

    /// The message in one language: key message, details and call to action (or `body`), with the link.
    private static func message(_ draft: Draft, body: String?, link: Bool, linkInBio: Bool, linkInBioText: String) -> [String] {
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
        if link, let url = draft.link, !url.isEmpty {
            let shown = linkInBio ? linkInBioText : url
            action = action.isEmpty ? shown : action + " " + shown
        }
        if !action.isEmpty { paragraphs.append(action) }
        return paragraphs
    }

    /// The signature, then the hashtags when they go in the text.
    private static func closing(_ draft: Draft, hashtagsInText: Bool) -> [String] {
        var paragraphs: [String] = []
        if let signature = draft.signature, !signature.isEmpty { paragraphs.append(signature) }
        if hashtagsInText, let tags = hashtagLine(draft) { paragraphs.append(tags) }
        return paragraphs
    }
}
