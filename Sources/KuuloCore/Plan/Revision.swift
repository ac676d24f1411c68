import Foundation

/// A recorded revision of the plan: who, when, why, and the field-level changes since the previous one.
public struct Revision: Equatable, Sendable {
    /// 1-based revision number.
    public var number: Int
    /// When it was recorded, as an ISO 8601 timestamp with offset.
    public var time: String
    /// Who recorded it.
    public var author: String
    /// A one-line summary ("Onboarding: Maija").
    public var summary: String
    /// What changed since revision `number - 1`.
    public var changes: [PlanChange]

    /// Creates a revision.
    public init(number: Int, time: String, author: String, summary: String, changes: [PlanChange]) {
        self.number = number
        self.time = time
        self.author = author
        self.summary = summary
        self.changes = changes
    }

    /// The JSON form stored in the plan file.
    public var json: JSONValue {
        .object([
            "number": .int(number),
            "time": .string(time),
            "author": .string(author),
            "summary": .string(summary),
            "changes": .array(changes.map(\.json)),
        ])
    }

    /// Reads a stored revision; `nil` when the entry is malformed.
    public init?(json: JSONValue) {
        guard let number = json["number"]?.intValue,
              let time = json["time"]?.stringValue,
              let author = json["author"]?.stringValue,
              let summary = json["summary"]?.stringValue,
              let rawChanges = json["changes"]?.arrayValue
        else { return nil }
        let changes = rawChanges.compactMap(PlanChange.init(json:))
        guard changes.count == rawChanges.count else { return nil }
        self.init(number: number, time: time, author: author, summary: summary, changes: changes)
    }
}
