import Foundation

/// A post in the content calendar (`calendar.drafts.<n>`), written with the drafting flow: its parts,
/// the texts assembled for each channel and language, and where it is in review.
///
/// This is the one reader of a draft: the exports, the checks, `kuulo check --draft` and the chat all
/// ask it which channels and languages a draft has and which texts go where.
public struct Draft: PlanEntity {
    /// Where a draft is in review, in the order it goes through them.
    public enum Status: String, CaseIterable, Sendable {
        /// Being written.
        case draft
        /// Ready for someone else to review.
        case review
        /// Approved for publishing.
        case approved
        /// Published.
        case published
    }

    /// The key in `calendar.drafts` (`3`).
    public var number: String
    /// The channel keys the trustee chose.
    public var channels: [String]?
    /// Which of the channels' purposes it serves.
    public var purpose: String?
    /// The key message, first in the text.
    public var keyMessage: String?
    /// The details.
    public var details: String?
    /// What the reader should do.
    public var callToAction: String?
    /// A link.
    public var link: String?
    /// The language the parts are written in.
    public var language: String?
    /// The other languages the post needs a version in.
    public var otherLanguages: [String]?
    /// The post in each other language, by code.
    public var versions: [String: String]?
    /// The hashtags.
    public var hashtags: [String]?
    /// The signature.
    public var signature: String?
    /// `none`, `image` or `video` as the flow writes it, or a list of items with alt texts.
    public var media: DraftMedia?
    /// The alt text of the one image or video the flow asks about.
    public var altText: String?
    /// The local wall time it goes out, `2026-12-01T18:00`.
    public var scheduledAt: String?
    /// The IANA zone of `scheduledAt`.
    public var timeZone: String?
    /// Where it is in review.
    public var status: Status?
    /// Its title (the key message when the flow assembles it).
    public var title: String?
    /// Who wrote it.
    public var author: String?
    /// When it was marked ready (UTC).
    public var readyAt: String?
    /// Who reviewed it.
    public var reviewedBy: String?
    /// When it was reviewed (UTC).
    public var reviewedAt: String?
    /// Who published it.
    public var publishedBy: String?
    /// When it was published (UTC).
    public var publishedAt: String?
    /// The assembled texts by channel key, then language code (`fi+en` for one caption in both).
    public var texts: [String: [String: String]]?
    /// `plan` (as each channel's languages say), `bilingual` or `separate`: how the languages are posted.
    public var captions: String?
    /// The first comment by channel key, where a channel puts the hashtags there.
    public var firstComments: [String: String]?
    /// The published draft this one corrects.
    public var correctionOf: String?
    /// Members this build does not know.
    public var unknown: [String: JSONValue]

    /// Reads `calendar.drafts.<number>`.
    public init(number: String, json: JSONValue) {
        self.number = number
        var members = PlanMembers(json)
        channels = members.strings("channels")
        purpose = members.string("purpose")
        keyMessage = members.string("keyMessage")
        details = members.string("details")
        callToAction = members.string("callToAction")
        link = members.string("link")
        language = members.string("language")
        otherLanguages = members.strings("otherLanguages")
        versions = members.stringMap("versions")
        hashtags = members.strings("hashtags")
        signature = members.string("signature")
        media = members.take("media", DraftMedia.init(json:))
        altText = members.string("altText")
        scheduledAt = members.string("scheduledAt")
        timeZone = members.string("timeZone")
        status = members.take("status") { $0.stringValue.flatMap(Status.init(rawValue:)) }
        title = members.string("title")
        author = members.string("author")
        readyAt = members.string("readyAt")
        reviewedBy = members.string("reviewedBy")
        reviewedAt = members.string("reviewedAt")
        publishedBy = members.string("publishedBy")
        publishedAt = members.string("publishedAt")
        texts = members.take("texts", Self.readTexts)
        captions = members.string("captions")
        firstComments = members.stringMap("firstComments")
        correctionOf = members.string("correctionOf")
        unknown = members.rest
    }

    /// Writes `calendar.drafts.<number>`.
    public var json: JSONValue {
        var writer = PlanMemberWriter(unknown)
        writer.set("channels", channels)
        writer.set("purpose", purpose)
        writer.set("keyMessage", keyMessage)
        writer.set("details", details)
        writer.set("callToAction", callToAction)
        writer.set("link", link)
        writer.set("language", language)
        writer.set("otherLanguages", otherLanguages)
        writer.set("versions", versions)
        writer.set("hashtags", hashtags)
        writer.set("signature", signature)
        writer.set("media", media?.json)
        writer.set("altText", altText)
        writer.set("scheduledAt", scheduledAt)
        writer.set("timeZone", timeZone)
        writer.set("status", status?.rawValue)
        writer.set("title", title)
        writer.set("author", author)
        writer.set("readyAt", readyAt)
        writer.set("reviewedBy", reviewedBy)
        writer.set("reviewedAt", reviewedAt)
        writer.set("publishedBy", publishedBy)
        writer.set("publishedAt", publishedAt)
        writer.set("texts", texts.map { texts in JSONValue.object(texts.mapValues { .object($0.mapValues(JSONValue.string)) }) })
        writer.set("captions", captions)
        writer.set("firstComments", firstComments)
        writer.set("correctionOf", correctionOf)
        return writer.json
    }

    private static func readTexts(_ value: JSONValue) -> [String: [String: String]]? {
        guard let byChannel = value.objectValue else { return nil }
        var texts: [String: [String: String]] = [:]
        for (channel, byLanguage) in byChannel {
            guard let members = byLanguage.objectValue else { return nil }
            let strings = members.compactMapValues(\.stringValue)
            guard strings.count == members.count else { return nil }
            texts[channel] = strings
        }
        return texts
    }
}
