import Foundation

/// A reply to a critical comment (`interaction.replies.<n>`), written with the reply flow (tip 7).
/// The comment it answers is not kept.
public struct Reply: PlanEntity {
    /// The key in `interaction.replies` (`2`).
    public var number: String
    /// The part that thanks or acknowledges the writer.
    public var acknowledge: String?
    /// The facts.
    public var facts: String?
    /// Where the conversation can go on.
    public var continueAt: String?
    /// The signature.
    public var signature: String?
    /// The assembled reply.
    public var text: String?
    /// The language it is written in.
    public var language: String?
    /// Who wrote it.
    public var author: String?
    /// When it was written (UTC).
    public var createdAt: String?
    /// The listening log's entry it answers (`/reply N`), when it answers one.
    public var listeningEntry: String?
    /// Members this build does not know.
    public var unknown: [String: JSONValue]

    /// Reads `interaction.replies.<number>`.
    public init(number: String, json: JSONValue) {
        self.number = number
        var members = PlanMembers(json)
        acknowledge = members.string("acknowledge")
        facts = members.string("facts")
        continueAt = members.string("continueAt")
        signature = members.string("signature")
        text = members.string("text")
        language = members.string("language")
        author = members.string("author")
        createdAt = members.string("createdAt")
        listeningEntry = members.string("listeningEntry")
        unknown = members.rest
    }

    /// Writes `interaction.replies.<number>`.
    public var json: JSONValue {
        var writer = PlanMemberWriter(unknown)
        writer.set("acknowledge", acknowledge)
        writer.set("facts", facts)
        writer.set("continueAt", continueAt)
        writer.set("signature", signature)
        writer.set("text", text)
        writer.set("language", language)
        writer.set("author", author)
        writer.set("createdAt", createdAt)
        writer.set("listeningEntry", listeningEntry)
        return writer.json
    }
}
