import Foundation

/// Reads an object's members into typed values and keeps every member it did not take.
///
/// A member is taken only when it has exactly the expected shape, so writing the typed values back over
/// `rest` gives the same JSON: unknown members, and known ones of an unexpected type, survive untouched.
/// This is what lets a plan written by a newer Kuulo pass through an older one.
struct PlanMembers {
    /// The members not taken yet.
    private(set) var rest: [String: JSONValue]

    /// Starts reading `json`; anything but an object reads as no members.
    init(_ json: JSONValue?) {
        rest = json?.objectValue ?? [:]
    }

    /// Takes a string member.
    mutating func string(_ key: String) -> String? {
        take(key) { $0.stringValue }
    }

    /// Takes an integer member.
    mutating func int(_ key: String) -> Int? {
        take(key) { $0.intValue }
    }

    /// Takes a Boolean member.
    mutating func bool(_ key: String) -> Bool? {
        take(key) { $0.boolValue }
    }

    /// Takes an array member whose elements are all strings.
    mutating func strings(_ key: String) -> [String]? {
        take(key) { value in
            guard let items = value.arrayValue else { return nil }
            let strings = items.compactMap(\.stringValue)
            return strings.count == items.count ? strings : nil
        }
    }

    /// Takes an object member whose values are all strings.
    mutating func stringMap(_ key: String) -> [String: String]? {
        take(key) { value in
            guard let members = value.objectValue else { return nil }
            let strings = members.compactMapValues(\.stringValue)
            return strings.count == members.count ? strings : nil
        }
    }

    /// Takes an object member (kept whole as JSON).
    mutating func object(_ key: String) -> JSONValue? {
        take(key) { $0.objectValue == nil ? nil : $0 }
    }

    /// Takes an object member read as one typed value.
    mutating func entity<Entity>(_ key: String, _ read: (JSONValue) -> Entity) -> Entity? {
        take(key) { $0.objectValue == nil ? nil : read($0) }
    }

    /// Takes an object member whose values are all objects, each read as a typed value by its key.
    mutating func entities<Entity>(_ key: String, _ read: (String, JSONValue) -> Entity) -> [String: Entity]? {
        take(key) { value in
            guard let members = value.objectValue, members.values.allSatisfy({ $0.objectValue != nil }) else { return nil }
            return Dictionary(uniqueKeysWithValues: members.map { ($0.key, read($0.key, $0.value)) })
        }
    }

    /// Takes a member that `read` can read (it returns `nil` for any other shape).
    mutating func take<Value>(_ key: String, _ read: (JSONValue) -> Value?) -> Value? {
        guard let raw = rest[key], let value = read(raw) else { return nil }
        rest[key] = nil
        return value
    }
}

/// Writes typed values over the members a reader kept, giving back the object it read.
struct PlanMemberWriter {
    /// The members written so far.
    private(set) var members: [String: JSONValue]

    /// Starts from the members the reader did not take.
    init(_ rest: [String: JSONValue]) {
        members = rest
    }

    /// The object.
    var json: JSONValue { .object(members) }

    /// Writes a string when present.
    mutating func set(_ key: String, _ value: String?) {
        if let value { members[key] = .string(value) }
    }

    /// Writes an integer when present.
    mutating func set(_ key: String, _ value: Int?) {
        if let value { members[key] = .int(value) }
    }

    /// Writes a Boolean when present.
    mutating func set(_ key: String, _ value: Bool?) {
        if let value { members[key] = .bool(value) }
    }

    /// Writes a list of strings when present.
    mutating func set(_ key: String, _ value: [String]?) {
        if let value { members[key] = .array(value.map(JSONValue.string)) }
    }

    /// Writes an object of strings when present.
    mutating func set(_ key: String, _ value: [String: String]?) {
        if let value { members[key] = .object(value.mapValues(JSONValue.string)) }
    }

    /// Writes a JSON value when present.
    mutating func set(_ key: String, _ value: JSONValue?) {
        if let value { members[key] = value }
    }

    /// Writes a typed value when present.
    mutating func set<Entity: PlanEntity>(_ key: String, _ value: Entity?) {
        if let value { members[key] = value.json }
    }

    /// Writes typed values by key when present.
    mutating func set<Entity: PlanEntity>(_ key: String, _ value: [String: Entity]?) {
        if let value { members[key] = .object(value.mapValues(\.json)) }
    }
}

/// A part of the plan read from, and written back to, one JSON object.
public protocol PlanEntity: Equatable, Sendable {
    /// The part as JSON: exactly what was read when nothing changed.
    var json: JSONValue { get }
}

extension String {
    /// The text trimmed of surrounding white space, or `nil` when nothing is left: how the plan's
    /// readers tell "written" from "left blank".
    var nonBlank: String? {
        let trimmed = trimmingCharacters(in: .whitespacesAndNewlines)
        return trimmed.isEmpty ? nil : trimmed
    }
}

extension Optional where Wrapped == [String] {
    /// The items trimmed, blank ones left out; none when absent.
    var nonBlank: [String] {
        (self ?? []).compactMap(\.nonBlank)
    }
}
