import Foundation

/// Three-way merging of two sessions' work on the same plan.
public enum PlanMerge {
    /// The merged document and the conflicts left open. At a conflicting field the merged document
    /// holds the other side's value, so nothing already saved is overwritten until someone decides.
    public struct Outcome: Equatable, Sendable {
        /// The merged plan.
        public var document: PlanDocument
        /// Fields both sides changed differently.
        public var conflicts: [PlanConflict]
        /// Whether the copies shared no revision and were merged with nothing as their base (two
        /// trustees who each started the plan from scratch): every field they both fill differently is
        /// a conflict.
        public var withoutBase = false
        /// New records of ours moved to a free number because theirs took theirs meanwhile.
        public var renumbered: [RecordRenumbering] = []
    }

    /// What to do with a copy that shares no revision with the plan and comes with no base.
    public enum UnrelatedCopies: Sendable {
        /// Leave it unmerged (`mergeCopy` returns `nil`).
        case refuse
        /// Merge it with nothing as the base when both name the same organisation (a synced folder:
        /// a file named like a copy may still be some other plan).
        case sameOrganisation
        /// Merge it with nothing as the base (git was asked to merge the two).
        case merge
    }

    /// Merges `ours` and `theirs`, which both started from `base`. A record that ours created in one
    /// of the numbered `recordCollections` (the flows' `record:`) under a number theirs created too
    /// is first moved to the next free number (`Outcome.renumbered`): two sessions that each began a
    /// new draft 2 get drafts 2 and 3, not one draft with both people's fields.
    public static func merge(base: PlanDocument, ours unmoved: PlanDocument, theirs: PlanDocument, recordCollections: [JSONPointer] = []) -> Outcome {
        let renumbered = RecordRenumbering.collisions(base: base.content, ours: unmoved.content, theirs: theirs.content, collections: recordCollections)
        let ours = unmoved.renumbering(renumbered, sharedRevisions: sharedPrefixCount(base.history, unmoved.history))
        var conflicts: [PlanConflict] = []
        let content = mergeValues(base: base.content, ours: ours.content, theirs: theirs.content, path: JSONPointer(), conflicts: &conflicts)
        var document = theirs
        document.content = content ?? .object([:])
        document.replaceHistory(linearHistory(base: base.history, ours: ours.history, theirs: theirs.history))
        document.unknownMembers = ours.unknownMembers.merging(theirs.unknownMembers) { _, theirsValue in theirsValue }
        document.baseline = baselineKeepingOwnChanges(of: ours, in: document.content)
        return Outcome(document: document, conflicts: conflicts, renumbered: renumbered)
    }

    /// Settles conflicts: for each listed path, `true` keeps ours, `false` keeps theirs. Conflicts
    /// recorded in the plan (`mergeConflicts`) that are settled here are removed from it.
    public static func resolve(_ outcome: Outcome, keepingOurs choices: [JSONPointer: Bool]) -> PlanDocument {
        var document = outcome.document
        for conflict in outcome.conflicts {
            guard let keepOurs = choices[conflict.path] else { continue }
            document.content.setValue(keepOurs ? conflict.ours : conflict.theirs, at: conflict.path)
        }
        let settled = Set(outcome.conflicts.map(\.path).filter { choices[$0] != nil })
        document.mergeConflicts.removeAll { settled.contains($0.path) }
        return document
    }

    /// Merges another copy of the same plan into `plan` — a copy from another machine that git or a
    /// synced folder (Syncthing, Dropbox, Nextcloud, OneDrive) brought beside it. The base is `base`
    /// when the caller has it (git gives the common ancestor), else the content at the last revision
    /// both copies share. Fields that both changed differently keep `plan`'s value and are recorded in
    /// the result's `mergeConflicts` (naming `origin`) until someone decides. `nil` when the copies
    /// share no revision and no base was given, unless `unrelated` says to merge such copies with
    /// nothing as the base (then the outcome says `withoutBase`).
    public static func mergeCopy(_ copy: PlanDocument, into plan: PlanDocument, base: PlanDocument? = nil, origin: String,
                                 unrelated: UnrelatedCopies = .refuse) -> Outcome? {
        let common: PlanDocument
        var withoutBase = false
        if let base {
            common = base
        } else {
            let shared = sharedPrefixCount(plan.history, copy.history)
            if shared > 0 || (plan.history.isEmpty && copy.history.isEmpty), let content = plan.content(atRevision: shared) {
                var document = PlanDocument()
                document.content = content
                document.replaceHistory(Array(plan.history.prefix(shared)))
                common = document
            } else {
                switch unrelated {
                case .refuse: return nil
                case .sameOrganisation where !namesSameOrganisation(plan, copy): return nil
                case .sameOrganisation, .merge: break
                }
                common = PlanDocument()
                withoutBase = true
            }
        }
        // `theirs` is the plan here, so the merged history keeps the plan's own revision numbers and
        // the copy's new revisions follow them.
        let outcome = merge(base: common, ours: copy, theirs: plan)
        var document = outcome.document
        document.replaceHistory(chronologicalHistory(plan.history, copy.history))
        document.unknownMembers = plan.unknownMembers.merging(copy.unknownMembers) { planValue, _ in planValue }
        document.mergeConflicts = plan.mergeConflicts
        var conflicts: [PlanConflict] = []
        for conflict in outcome.conflicts {
            // Asked the other way round: "ours" is the plan's value, "theirs" the copy's.
            let flipped = PlanConflict(path: conflict.path, base: conflict.base, ours: conflict.theirs, theirs: conflict.ours, origin: origin)
            conflicts.append(flipped)
            document.mergeConflicts.removeAll { $0.path == conflict.path }
            document.mergeConflicts.append(flipped)
        }
        document.baseline = document.content
        return Outcome(document: document, conflicts: conflicts, withoutBase: withoutBase)
    }

    /// Whether two plans name the same organisation (by name or short name, letter case aside).
    public static func namesSameOrganisation(_ lhs: PlanDocument, _ rhs: PlanDocument) -> Bool {
        func names(_ document: PlanDocument) -> Set<String> {
            let organisation = document.content["organisation"]
            let values = [organisation?["name"]?.stringValue, organisation?["shortName"]?.stringValue]
            return Set(values.compactMap { $0?.trimmingCharacters(in: .whitespacesAndNewlines).lowercased() }.filter { !$0.isEmpty })
        }
        return !names(lhs).isDisjoint(with: names(rhs))
    }

    /// Both sides' revisions as one line: the other side's history as it is, then the revisions ours
    /// made since `base`, numbered 1, 2, 3… A revision that already reached the other side through an
    /// earlier merge is not added twice. The revisions ours shares with the base are the other
    /// side's to keep: a redaction rewrites them there, and adding our old copies back would bring
    /// back the very text it removed.
    static func linearHistory(base: [Revision], ours: [Revision], theirs: [Revision]) -> [Revision] {
        let shared = sharedPrefixCount(base, ours)
        var entries = Array(theirs)
        var known = Set(theirs.map(RevisionIdentity.init))
        for entry in ours.dropFirst(shared) where known.insert(RevisionIdentity(entry)).inserted {
            var renumbered = entry
            renumbered.number = entries.count + 1
            entries.append(renumbered)
        }
        return entries
    }

    /// Two copies' histories as one line: the revisions they share, then every other revision of
    /// either in the order they were made (ties by author and summary), each once, numbered 1, 2, 3…
    /// The same two copies give the same history whichever machine merges them.
    static func chronologicalHistory(_ plan: [Revision], _ copy: [Revision]) -> [Revision] {
        let shared = sharedPrefixCount(plan, copy)
        var seen = Set(plan.prefix(shared).map(RevisionIdentity.init))
        var rest: [(instant: Int, author: String, summary: String, revision: Revision)] = []
        for entries in [plan, copy] {
            for entry in entries.dropFirst(shared) where seen.insert(RevisionIdentity(entry)).inserted {
                rest.append((UTCInstant(iso: entry.time)?.seconds ?? Int.max, entry.author, entry.summary, entry))
            }
        }
        // A stable sort: revisions of one side made in the same second keep their order.
        rest = rest.enumerated().sorted { ($0.element.instant, $0.element.author, $0.element.summary, $0.offset) < ($1.element.instant, $1.element.author, $1.element.summary, $1.offset) }.map(\.element)
        var entries = Array(plan.prefix(shared))
        for item in rest {
            var renumbered = item.revision
            renumbered.number = entries.count + 1
            entries.append(renumbered)
        }
        return entries
    }

    /// How many revisions two histories share from the start, compared by content (number aside).
    static func sharedPrefixCount(_ lhs: [Revision], _ rhs: [Revision]) -> Int {
        var count = 0
        while count < lhs.count, count < rhs.count, RevisionIdentity(lhs[count]) == RevisionIdentity(rhs[count]) { count += 1 }
        return count
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

    private static func mergeValues(base: JSONValue?, ours: JSONValue?, theirs: JSONValue?, path: JSONPointer, conflicts: inout [PlanConflict]) -> JSONValue? {
        if ours == theirs { return ours }
        if ours == base { return theirs }
        if theirs == base { return ours }
        // A numbered record both sides created (draft 3 on two machines) is one conflict: mixing the two
        // drafts field by field, renumbering one or dropping one would each lose what someone wrote.
        let createdOnBoth = base == nil && path.tokens.last.map(isRecordNumber) == true
        if !createdOnBoth, case .object(let ourMembers)? = ours, case .object(let theirMembers)? = theirs {
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

/// Whether a key is a record's number in a numbered collection (`/calendar/drafts/3`).
private func isRecordNumber(_ key: String) -> Bool {
    !key.isEmpty && key.allSatisfy(\.isASCII) && key.allSatisfy(\.isNumber)
}

/// A revision compared by what it records — when, who, why and what changed — not by its number,
/// which a merge may have changed.
struct RevisionIdentity: Hashable {
    let time: String
    let author: String
    let summary: String
    let changes: String

    init(_ revision: Revision) {
        time = revision.time
        author = revision.author
        summary = revision.summary
        changes = JSONWriter.compact(.array(revision.changes.map(\.json)))
    }
}
