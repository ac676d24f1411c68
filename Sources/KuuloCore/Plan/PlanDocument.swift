import Foundation

/// The organisation's social media plan as stored in `kuulo-plan.json`: the content, its format
/// version, and a history of revisions that records changes rather than copies.
public struct PlanDocument: Equatable, Sendable {
    /// The format version this build reads and writes.
    public static let currentSchemaVersion = 1

    /// The deepest nesting of arrays and objects allowed in the content. A revision keeps a changed
    /// value four levels deeper than the content (history, revision, changes, change), so content
    /// within this limit always encodes to a file `JSONParser` reads back.
    public static let maxContentDepth = JSONParser.maxDepth - 4

    /// The file's format version.
    public var schemaVersion: Int
    /// The plan itself: organisation, trustees, channels, hashtags and so on.
    public var content: JSONValue
    /// Recorded revisions, oldest first.
    public private(set) var history: [Revision]
    /// Top-level members this build does not know, kept as they were.
    public var unknownMembers: [String: JSONValue]
    /// Fields on which a merge of two copies of the plan (git, a synced folder) found different
    /// changes: the plan holds its own value until someone chooses.
    public var mergeConflicts: [PlanConflict] = []
    /// The content as of the latest revision (the replay of the history).
    public private(set) var recordedContent: JSONValue
    /// What this session's next revision is measured against: the recorded content plus the changes
    /// that other sessions saved without recording them yet. Those are theirs to record, so a
    /// revision made here lists only this session's own changes. Not stored in the file.
    public internal(set) var baseline: JSONValue

    /// An empty plan with no revisions.
    public init() {
        self.schemaVersion = Self.currentSchemaVersion
        self.content = .object([:])
        self.history = []
        self.unknownMembers = [:]
        self.recordedContent = .object([:])
        self.baseline = .object([:])
    }

    /// Two documents are equal when they would write the same file; the session baseline is left out.
    public static func == (lhs: PlanDocument, rhs: PlanDocument) -> Bool {
        lhs.schemaVersion == rhs.schemaVersion && lhs.content == rhs.content && lhs.history == rhs.history
            && lhs.unknownMembers == rhs.unknownMembers && lhs.recordedContent == rhs.recordedContent
            && lhs.mergeConflicts == rhs.mergeConflicts
    }

    /// The latest revision number (0 before the first).
    public var revision: Int { history.last?.number ?? 0 }

    /// True when this session has changes that no revision records yet.
    public var hasUnrecordedChanges: Bool { content != baseline }

    /// This session's changes since its latest revision (or since it read the plan).
    public var unrecordedChanges: [PlanChange] { PlanDiff.changes(from: baseline, to: content) }

    /// The content as it was at revision `number`, or `nil` when there is no such revision.
    public func content(atRevision number: Int) -> JSONValue? {
        guard number >= 0, number <= revision else { return nil }
        var state = JSONValue.object([:])
        for entry in history where entry.number <= number {
            state = PlanDiff.apply(entry.changes, to: state)
        }
        return state
    }

    /// The document with its versions' summaries as `shown` gives them (in the reader's language, for
    /// the written plan); nothing else changes.
    public func showingSummaries(_ shown: (String) -> String) -> PlanDocument {
        var copy = self
        for index in copy.history.indices { copy.history[index].summary = shown(copy.history[index].summary) }
        return copy
    }

    /// Records the unrecorded changes as a new revision. Returns it, or `nil` when nothing changed.
    @discardableResult
    public mutating func recordRevision(author: String, time: String, summary: String) -> Revision? {
        let changes = unrecordedChanges
        guard !changes.isEmpty else { return nil }
        let entry = Revision(number: revision + 1, time: time, author: author, summary: summary, changes: changes)
        history.append(entry)
        recordedContent = PlanDiff.apply(changes, to: recordedContent)
        baseline = content
        return entry
    }

    /// Records a revision that changes nothing and only says something about the plan as it is (a
    /// label such as "the version the board approved"). Returns `nil` when there are unrecorded
    /// changes: they must be recorded first, so that the label names exactly what was recorded.
    @discardableResult
    public mutating func recordNote(author: String, time: String, summary: String) -> Revision? {
        guard !hasUnrecordedChanges else { return nil }
        let entry = Revision(number: revision + 1, time: time, author: author, summary: summary, changes: [])
        history.append(entry)
        return entry
    }

    /// Makes the content what it was at `number` and records that as a new revision.
    /// Returns `nil` when the revision does not exist or nothing would change.
    @discardableResult
    public mutating func restore(revision number: Int, author: String, time: String, summary: String) -> Revision? {
        guard let old = content(atRevision: number) else { return nil }
        content = old
        return recordRevision(author: author, time: time, summary: summary)
    }

    /// Replaces the history wholesale (used by reading and merging); the recorded content is
    /// replayed anew, and whatever the content has beyond it counts as someone else's.
    mutating func replaceHistory(_ entries: [Revision]) {
        history = entries
        recordedContent = content(atRevision: revision) ?? .object([:])
        baseline = content
    }

    // MARK: - Reading and writing

    /// The whole file as JSON.
    public var json: JSONValue {
        var members = unknownMembers
        members["schemaVersion"] = .int(schemaVersion)
        members["revision"] = .int(revision)
        members["plan"] = content
        members["history"] = .array(history.map(\.json))
        if !mergeConflicts.isEmpty { members["mergeConflicts"] = .array(mergeConflicts.map(\.json)) }
        return .object(members)
    }

    /// The file's text: pretty-printed, stable key order, trailing newline.
    public func encoded() -> String {
        JSONWriter.pretty(json)
    }

    /// The file's bytes (the UTF-8 of `encoded()`).
    public func encodedBytes() -> [UInt8] {
        JSONWriter.prettyBytes(json)
    }

    /// Reads a plan file's bytes: syntax, version (migrating older formats), then types against `schema`.
    public static func decode(_ bytes: [UInt8], schema: JSONValue, migrations: [PlanMigration] = PlanMigration.all) throws(PlanError) -> PlanDocument {
        try decode(bytes, validator: SchemaValidator(schema: schema), migrations: migrations)
    }

    /// Reads a plan file's bytes against a schema compiled once (`PlanStore` reads and reads back with
    /// the same one instead of compiling the schema for every read).
    public static func decode(_ bytes: [UInt8], validator: SchemaValidator, migrations: [PlanMigration] = PlanMigration.all) throws(PlanError) -> PlanDocument {
        let parsed: JSONValue
        do {
            parsed = try JSONParser.parse(bytes)
        } catch {
            throw .syntax(error)
        }
        guard parsed.objectValue != nil, let version = parsed["schemaVersion"]?.intValue else { throw .notAPlan }
        if version > currentSchemaVersion { throw .tooNew(found: version, supported: currentSchemaVersion) }
        guard version >= 1, let migrated = PlanMigration.migrate(parsed, from: version, to: currentSchemaVersion, using: migrations) else {
            throw .invalid([SchemaViolation(path: "$.schemaVersion", expected: "1…\(currentSchemaVersion)", found: String(version))])
        }
        let violations = validator.validate(migrated)
        if !violations.isEmpty { throw .invalid(violations) }
        let depth = JSONWriter.depth(of: migrated["plan"] ?? .null)
        if depth > maxContentDepth {
            throw .invalid([SchemaViolation(path: "$.plan", expected: "at most \(maxContentDepth) levels of nesting", found: "\(depth) levels")])
        }
        return try fromValidated(migrated)
    }

    private static func fromValidated(_ value: JSONValue) throws(PlanError) -> PlanDocument {
        var document = PlanDocument()
        guard var members = value.objectValue else { throw .notAPlan }
        document.schemaVersion = currentSchemaVersion
        document.content = members["plan"] ?? .object([:])
        var entries: [Revision] = []
        for (position, raw) in (members["history"]?.arrayValue ?? []).enumerated() {
            guard let entry = Revision(json: raw), entry.number == position + 1 else {
                throw .invalid([SchemaViolation(path: "$.history[\(position)]", expected: "revision \(position + 1)", found: JSONWriter.compact(raw["number"] ?? .null))])
            }
            entries.append(entry)
        }
        let declared = members["revision"]?.intValue ?? 0
        if declared != entries.count {
            throw .invalid([SchemaViolation(path: "$.revision", expected: String(entries.count), found: String(declared))])
        }
        if let stored = members["mergeConflicts"]?.arrayValue {
            let conflicts = stored.compactMap(PlanConflict.init(json:))
            // Conflicts this build cannot read stay as they were, for the build that wrote them.
            if conflicts.count == stored.count {
                document.mergeConflicts = conflicts
                members["mergeConflicts"] = nil
            }
        }
        for key in ["schemaVersion", "revision", "plan", "history"] { members[key] = nil }
        document.unknownMembers = members
        document.replaceHistory(entries)
        return document
    }
}
