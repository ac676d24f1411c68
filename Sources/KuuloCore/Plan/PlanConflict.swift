import Foundation

/// A field both sides changed to different values.
public struct PlanConflict: Equatable, Sendable {
    /// The field, relative to the plan content.
    public var path: JSONPointer
    /// Its value when both sides read the file.
    public var base: JSONValue?
    /// This session's value (for a merged copy: the plan's value).
    public var ours: JSONValue?
    /// The value the other session saved (for a merged copy: the copy's value).
    public var theirs: JSONValue?
    /// Where the other value came from, for conflicts recorded in the plan: the copy's file name, or
    /// "git" for a merge made by git. `nil` for two sessions on one machine.
    public var origin: String?

    /// A conflict at `path`.
    public init(path: JSONPointer, base: JSONValue?, ours: JSONValue?, theirs: JSONValue?, origin: String? = nil) {
        self.path = path
        self.base = base
        self.ours = ours
        self.theirs = theirs
        self.origin = origin
    }

    /// The form kept in the plan file's `mergeConflicts` until someone decides.
    public var json: JSONValue {
        var members: [String: JSONValue] = ["path": .string(path.description)]
        if let base { members["base"] = base }
        if let ours { members["ours"] = ours }
        if let theirs { members["theirs"] = theirs }
        if let origin { members["origin"] = .string(origin) }
        return .object(members)
    }

    /// Reads a stored conflict; `nil` when it is malformed.
    public init?(json: JSONValue) {
        guard let text = json["path"]?.stringValue, let path = JSONPointer(text) else { return nil }
        self.init(path: path, base: json["base"], ours: json["ours"], theirs: json["theirs"], origin: json["origin"]?.stringValue)
    }
}
