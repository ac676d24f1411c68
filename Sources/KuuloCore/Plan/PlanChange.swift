import Foundation

/// One field-level change: the value at `path` went from `before` to `after` (`nil` = absent).
public struct PlanChange: Equatable, Sendable {
    /// Where the change happened, relative to the plan content.
    public var path: JSONPointer
    /// The value before, or `nil` when the field did not exist.
    public var before: JSONValue?
    /// The value after, or `nil` when the field was removed.
    public var after: JSONValue?

    /// Creates a change.
    public init(path: JSONPointer, before: JSONValue?, after: JSONValue?) {
        self.path = path
        self.before = before
        self.after = after
    }

    /// The JSON form stored in the plan's history.
    public var json: JSONValue {
        var members: [String: JSONValue] = ["path": .string(path.description)]
        if let before { members["before"] = before }
        if let after { members["after"] = after }
        return .object(members)
    }

    /// Reads a stored change; `nil` when the entry is malformed.
    public init?(json: JSONValue) {
        guard let text = json["path"]?.stringValue, let pointer = JSONPointer(text) else { return nil }
        self.init(path: pointer, before: json["before"], after: json["after"])
    }
}

/// Field-level differences between two JSON trees.
public enum PlanDiff {
    /// The changes that turn `old` into `new`. Objects are compared member by member; arrays and
    /// scalars are compared as whole values, so a changed list is one change.
    public static func changes(from old: JSONValue?, to new: JSONValue?, at path: JSONPointer = JSONPointer()) -> [PlanChange] {
        if old == new { return [] }
        if case .object(let oldMembers)? = old, case .object(let newMembers)? = new {
            var result: [PlanChange] = []
            for key in Set(oldMembers.keys).union(newMembers.keys).sorted() {
                result += changes(from: oldMembers[key], to: newMembers[key], at: path.appending(key))
            }
            return result
        }
        return [PlanChange(path: path, before: old, after: new)]
    }

    /// Applies changes in order, setting each `after` value (or removing the field).
    public static func apply(_ changes: [PlanChange], to value: JSONValue) -> JSONValue {
        var result = value
        for change in changes {
            result.setValue(change.after, at: change.path)
        }
        return result
    }
}
