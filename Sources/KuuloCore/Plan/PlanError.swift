import Foundation

/// Why a plan file could not be used. Each case maps to a message in `Prompts/` and to exit code 65.
public enum PlanError: Error, Equatable, Sendable {
    /// Not JSON at all, or truncated.
    case syntax(JSONSyntaxError)
    /// JSON, but not a Kuulo plan (no `schemaVersion`).
    case notAPlan
    /// Written by a newer Kuulo whose format this build does not know.
    case tooNew(found: Int, supported: Int)
    /// Fields of the wrong type.
    case invalid([SchemaViolation])
}
