import Foundation

/// A field both sides changed to different values.
public struct PlanConflict: Equatable, Sendable {
    /// The field, relative to the plan content.
    public var path: JSONPointer
    /// Its value when both sides read the file.
    public var base: JSONValue?
    /// This session's value.
    public var ours: JSONValue?
    /// The value the other session saved.
    public var theirs: JSONValue?
}

/// Three-way merging of two sessions' work on the same plan.
public enum PlanMerge {
    /// The merged document and the conflicts left open. At a conflicting field the merged document
    /// holds the other side's value, so nothing already saved is overwritten until someone decides.
    public struct Outcome: Equatable, Sendable {
        /// The merged plan.
        public var document: PlanDocument
        /// Fields both sides changed differently.
        public var conflicts: [PlanConflict]
    }

    /// Merges `ours` and `theirs`, which both started from `base`.
    public static func merge(base: PlanDocument, ours: PlanDocument, theirs: PlanDocument) -> Outcome {
        var conflicts: [PlanConflict] = []
        let content = mergeValues(base: base.content, ours: ours.content, theirs: theirs.content, path: JSONPointer(), conflicts: &conflicts)
        var document = theirs
        document.content = content ?? .object([:])
        let shared = commonPrefixCount(base.history, theirs.history, ours.history)
        var entries = Array(theirs.history)
        for entry in ours.history.dropFirst(shared) {
            var renumbered = entry
            renumbered.number = entries.count + 1
            entries.append(renumbered)
        }
        document.replaceHistory(entries)
        document.unknownMembers = ours.unknownMembers.merging(theirs.unknownMembers) { _, theirsValue in theirsValue }
        document.baseline = baselineKeepingOwnChanges(of: ours, in: document.content)
        return Outcome(document: document, conflicts: conflicts)
    }

    /// Settles conflicts: for each listed path, `true` keeps ours, `false` keeps theirs.
    public static func resolve(_ outcome: Outcome, keepingOurs choices: [JSONPointer: Bool]) -> PlanDocument {
        var document = outcome.document
        for conflict in outcome.conflicts where choices[conflict.path] == true {
            document.content.setValue(conflict.ours, at: conflict.path)
        }
        return document
    }

    /// The merged content without this session's own unrecorded changes that made it into the merge:
    /// what this session's next revision is measured against, so that it records only its own work
    /// and never the other session's unrecorded changes under this session's name.
    private static func baselineKeepingOwnChanges(of ours: PlanDocument, in merged: JSONValue) -> JSONValue {
        var baseline = merged
        for change in ours.unrecordedChanges where merged.value(at: change.path) == change.after {
            baseline.setValue(change.before, at: change.path)
        }
        return baseline
    }

    private static func commonPrefixCount(_ base: [Revision], _ theirs: [Revision], _ ours: [Revision]) -> Int {
        var count = 0
        while count < base.count, count < theirs.count, count < ours.count,
              base[count] == theirs[count], base[count] == ours[count] {
            count += 1
        }
        return count
    }

    private static func mergeValues(base: JSONValue?, ours: JSONValue?, theirs: JSONValue?, path: JSONPointer, conflicts: inout [PlanConflict]) -> JSONValue? {
        if ours == theirs { return ours }
        if ours == base { return theirs }
        if theirs == base { return ours }
        if case .object(let ourMembers)? = ours, case .object(let theirMembers)? = theirs {
            let baseMembers = base?.objectValue ?? [:]
            var merged: [String: JSONValue] = [:]
            for key in Set(ourMembers.keys).union(theirMembers.keys).sorted() {
                let value = mergeValues(base: baseMembers[key], ours: ourMembers[key], theirs: theirMembers[key], path: path.appending(key), conflicts: &conflicts)
                if let value { merged[key] = value }
            }
            return .object(merged)
        }
        conflicts.append(PlanConflict(path: path, base: base, ours: ours, theirs: theirs))
        return theirs
    }
}
