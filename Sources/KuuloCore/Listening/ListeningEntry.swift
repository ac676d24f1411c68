import Foundation

/// One thing a member said, as the trustee recorded it (`listening.entries.<n>`).
public struct ListeningEntry: Equatable, Sendable {
    /// Where it was said.
    public enum Source: String, CaseIterable, Sendable {
        case comment, message, storyReply = "story-reply", survey, mention, other
    }

    /// The entry's number (the key in `listening.entries`).
    public var id: String
    /// What was said.
    public var text: String
    /// Where it was said.
    public var source: Source
    /// When: wall-clock time in the plan's zone (`2026-12-06T14:30`).
    public var at: String
    /// Who said it, only when the trustee chose to record it.
    public var author: String?
    /// Its kinds, main kind first.
    public var kinds: [MemberMessageKind]
    /// The plan's followed keywords it mentions.
    public var keywords: [String]
    /// Whether it has been answered (for questions).
    public var answered: Bool
    /// Members this build does not know.
    public var unknown: [String: JSONValue]

    /// An entry.
    public init(id: String, text: String, source: Source, at: String, author: String? = nil, kinds: [MemberMessageKind] = [],
                keywords: [String] = [], answered: Bool = false) {
        self.id = id
        self.text = text
        self.source = source
        self.at = at
        self.author = author
        self.kinds = kinds
        self.keywords = keywords
        self.answered = answered
        self.unknown = [:]
    }

    /// Reads `listening.entries.<id>`; `nil` without a text.
    public init?(id: String, json: JSONValue) {
        var members = PlanMembers(json)
        guard let text = members.string("text") else { return nil }
        self.id = id
        self.text = text
        source = members.string("source").flatMap(Source.init(rawValue:)) ?? .other
        at = members.string("at") ?? ""
        author = members.string("author")
        kinds = (members.strings("kinds") ?? []).compactMap(MemberMessageKind.init(rawValue:))
        keywords = members.strings("keywords") ?? []
        answered = members.bool("answered") ?? false
        unknown = members.rest
    }

    /// Writes `listening.entries.<id>`.
    public var json: JSONValue {
        var writer = PlanMemberWriter(unknown)
        writer.set("text", text)
        writer.set("source", source.rawValue)
        writer.set("at", at)
        writer.set("author", author)
        writer.set("kinds", kinds.map(\.rawValue))
        writer.set("keywords", keywords)
        writer.set("answered", answered)
        return writer.json
    }

    /// The JSON of `kuulo listen list`: `{id, source, at, text, kinds[], keywords[], answered}` (and `author` when recorded).
    public var listJSON: JSONValue {
        var members: [String: JSONValue] = ["id": .string(id), "source": .string(source.rawValue), "at": .string(at), "text": .string(text),
                                            "kinds": .array(kinds.map { .string($0.rawValue) }), "keywords": .array(keywords.map(JSONValue.string)),
                                            "answered": .bool(answered)]
        if let author { members["author"] = .string(author) }
        return .object(members)
    }
}

/// The plan's listening log (`listening.entries`).
public struct ListeningLog: Equatable, Sendable {
    /// The entries, oldest first.
    public var entries: [ListeningEntry]

    /// Reads the log from plan content.
    public init(content: JSONValue) {
        entries = (content["listening"]?["entries"]?.objectValue ?? [:]).compactMap { ListeningEntry(id: $0.key, json: $0.value) }
            .sorted { ($0.at, Int($0.id) ?? 0) < ($1.at, Int($1.id) ?? 0) }
    }

    /// The next free entry number.
    public var nextID: String {
        String((entries.compactMap { Int($0.id) }.max() ?? 0) + 1)
    }

    /// The pointer of entry `id`.
    public static func pointer(_ id: String) -> JSONPointer {
        JSONPointer(tokens: ["listening", "entries", id])
    }
}
