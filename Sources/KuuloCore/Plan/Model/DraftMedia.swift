import Foundation

/// What a draft shows besides text (`calendar.drafts.<n>.media`): the drafting flow writes one word
/// (`none`, `image`, `video`) with the alt text beside it in `altText`; a plan may also list items,
/// each with its own alt text.
public enum DraftMedia: Equatable, Sendable {
    /// `none`, `image` or `video`.
    case word(String)
    /// Items, each `{kind, altText}` (and whatever else a newer Kuulo keeps there).
    case items([DraftMediaItem])

    /// Reads a word, or a list whose elements are all objects; `nil` for any other shape.
    init?(json: JSONValue) {
        if let word = json.stringValue {
            self = .word(word)
        } else if let items = json.arrayValue, items.allSatisfy({ $0.objectValue != nil }) {
            self = .items(items.map(DraftMediaItem.init(json:)))
        } else {
            return nil
        }
    }

    /// As written.
    var json: JSONValue {
        switch self {
        case .word(let word): return .string(word)
        case .items(let items): return .array(items.map(\.json))
        }
    }
}

/// One image or video of a draft's media list.
public struct DraftMediaItem: PlanEntity {
    /// `image` or `video`.
    public var kind: String?
    /// Its description for someone who cannot see it.
    public var altText: String?
    /// Members this build does not know.
    public var unknown: [String: JSONValue]

    /// Reads one item.
    public init(json: JSONValue) {
        var members = PlanMembers(json)
        kind = members.string("kind")
        altText = members.string("altText")
        unknown = members.rest
    }

    /// Writes one item.
    public var json: JSONValue {
        var writer = PlanMemberWriter(unknown)
        writer.set("kind", kind)
        writer.set("altText", altText)
        return writer.json
    }
}
