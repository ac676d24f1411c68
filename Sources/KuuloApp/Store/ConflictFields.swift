import KuuloCore

/// Conflicting fields named for a person rather than as JSON Pointers: `trustees › maija › role`
/// instead of `/trustees/maija/role`.
enum ConflictFields {
    /// The fields of `conflicts`, comma-separated, each as its path's words joined by "›".
    static func words(_ conflicts: [PlanConflict]) -> String {
        conflicts.map { conflict in
            conflict.path.tokens.isEmpty ? "plan" : conflict.path.tokens.joined(separator: " › ")
        }.joined(separator: ", ")
    }
}
