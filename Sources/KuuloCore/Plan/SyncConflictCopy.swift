import Foundation

/// A copy of the plan that a file-syncing tool left beside it when two machines changed the plan
/// before syncing: Syncthing's `kuulo-plan.sync-conflict-20261206-153000-ABCDEFG.json`, Dropbox's
/// `kuulo-plan (Maija's conflicted copy 2026-12-06).json`, Nextcloud's
/// `kuulo-plan (conflicted copy 2026-12-06 153000).json`, OneDrive's `kuulo-plan-LAPTOP-7.json`.
public struct SyncConflictCopy: Equatable, Sendable {
    /// The tool that names its conflict copies this way.
    public enum Tool: String, Sendable {
        /// `<name>.sync-conflict-<date>-<time>-<device>.<ext>`.
        case syncthing
        /// `<name> (… conflicted copy …).<ext>` (Dropbox and Nextcloud).
        case conflictedCopy
        /// `<name>-<computer>.<ext>`: the pattern is a plain suffix, so such a file counts only when it
        /// carries work the plan lacks (see `certain`).
        case oneDrive
    }

    /// The copy's file name (in the plan's folder).
    public let name: String
    /// Whose naming it matches.
    public let tool: Tool

    /// Whether the name alone says it is a conflict copy. A OneDrive-style name could also be a copy
    /// someone made on purpose (`kuulo-plan-2025.json`), so it is merged only when it adds work and
    /// never moved when it adds nothing.
    public var certain: Bool { tool != .oneDrive }

    /// The conflict copies of the plan file `planName` among `entries` (names in its folder), in name order.
    public static func find(of planName: String, among entries: [String]) -> [SyncConflictCopy] {
        let ext = (planName as NSString).pathExtension
        let stem = ext.isEmpty ? planName : String(planName.dropLast(ext.count + 1))
        let suffix = ext.isEmpty ? "" : "." + ext
        return entries.sorted().compactMap { entry in
            guard entry != planName, entry.hasPrefix(stem), entry.hasSuffix(suffix), entry.count > stem.count + suffix.count else { return nil }
            let middle = String(entry.dropFirst(stem.count).dropLast(suffix.count))
            guard let tool = tool(forMiddle: middle) else { return nil }
            return SyncConflictCopy(name: entry, tool: tool)
        }
    }

    /// Which tool's naming the part between the plan's stem and extension matches.
    static func tool(forMiddle middle: String) -> Tool? {
        if middle.hasPrefix(".sync-conflict-") {
            let rest = middle.dropFirst(".sync-conflict-".count)
            return rest.count >= 17 && rest.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }) ? .syncthing : nil
        }
        if middle.hasPrefix(" ("), middle.hasSuffix(")"), middle.lowercased().contains("conflicted copy") {
            return .conflictedCopy
        }
        if middle.hasPrefix("-"), middle.count > 1 {
            let computer = middle.dropFirst()
            return computer.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" }) ? .oneDrive : nil
        }
        return nil
    }
}
