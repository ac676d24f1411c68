import Foundation

/// A pure step that turns a plan document of `from` into one of `from + 1`.
public struct PlanMigration: Sendable {
    /// The schema version this migration reads.
    public var from: Int
    /// The transformation of the whole file's JSON (schemaVersion is set by the caller).
    public var transform: @Sendable (JSONValue) -> JSONValue

    /// Creates a migration step.
    public init(from: Int, transform: @escaping @Sendable (JSONValue) -> JSONValue) {
        self.from = from
        self.transform = transform
    }

    /// The migrations this build knows. Version 1 is the first format, so there are none yet; a format
    /// change adds a step here with a fixture test of its own.
    public static let all: [PlanMigration] = []

    /// Applies every step from `version` up to `target` in order. Returns `nil` when a step is missing.
    public static func migrate(_ document: JSONValue, from version: Int, to target: Int, using steps: [PlanMigration] = all) -> JSONValue? {
        var current = document
        var currentVersion = version
        while currentVersion < target {
            guard let step = steps.first(where: { $0.from == currentVersion }) else { return nil }
            current = step.transform(current)
            currentVersion += 1
            current.setValue(.int(currentVersion), at: JSONPointer(tokens: ["schemaVersion"]))
        }
        return current
    }
}
