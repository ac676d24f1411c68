import Foundation

/// A new record (a draft, a reply, an account…) that this session created under a number another
/// session's save took in the meantime, moved to the next free number of its collection. Two
/// people's new records are never the same record, so they are never merged field by field.
public struct RecordRenumbering: Equatable, Sendable {
    /// The numbered collection (`/calendar/drafts`).
    public var collection: JSONPointer
    /// The number the record was created under.
    public var from: String
    /// The number it has now.
    public var to: String

    /// A renumbering of record `from` to `to` in `collection`.
    public init(collection: JSONPointer, from: String, to: String) {
        self.collection = collection
        self.from = from
        self.to = to
    }

    /// `pointer` with the record's old number replaced by its new one; other pointers as they are.
    public func moved(_ pointer: JSONPointer) -> JSONPointer {
        let old = collection.appending(from)
        guard old.contains(pointer) else { return pointer }
        return JSONPointer(tokens: collection.appending(to).tokens + pointer.tokens.dropFirst(old.tokens.count))
    }

    /// `content` with the record moved to its new number (unchanged when it has no such record).
    public func apply(to content: JSONValue) -> JSONValue {
        let old = collection.appending(from)
        guard let record = content.value(at: old) else { return content }
        var moved = content
        moved.setValue(nil, at: old)
        moved.setValue(record, at: collection.appending(to))
        return moved
    }

    /// The records `ours` created since `base` under numbers that `theirs` also holds now, in
    /// `collections`, each given the next number free on both sides (in the order of their numbers).
    /// A record counts as created when `base` lacks its number; whether the two are alike does not
    /// matter (two trustees who both chose Telegram have still begun two posts).
    static func collisions(base: JSONValue, ours: JSONValue, theirs: JSONValue, collections: [JSONPointer]) -> [RecordRenumbering] {
        var renumberings: [RecordRenumbering] = []
        for collection in collections {
            let baseKeys = Set(base.value(at: collection)?.objectValue?.keys.map { $0 } ?? [])
            let ourKeys = ours.value(at: collection)?.objectValue?.keys.map { $0 } ?? []
            let theirKeys = Set(theirs.value(at: collection)?.objectValue?.keys.map { $0 } ?? [])
            let colliding = ourKeys.filter { Int($0) != nil && !baseKeys.contains($0) && theirKeys.contains($0) }.sorted { (Int($0) ?? 0) < (Int($1) ?? 0) }
            guard !colliding.isEmpty else { continue }
            var next = (ourKeys + Array(theirKeys)).compactMap { Int($0) }.max() ?? 0
            for key in colliding {
                next += 1
                renumberings.append(RecordRenumbering(collection: collection, from: key, to: String(next)))
            }
        }
        return renumberings
    }
}

extension PlanDocument {
    /// The document with `renumberings` applied to its content, the base of its next revision and
    /// the changes of its revisions after the first `shared` (those not saved yet), so that what it
    /// records names the records' new numbers.
    func renumbering(_ renumberings: [RecordRenumbering], sharedRevisions shared: Int) -> PlanDocument {
        guard !renumberings.isEmpty else { return self }
        func move(_ value: JSONValue) -> JSONValue { renumberings.reduce(value) { $1.apply(to: $0) } }
        func move(_ pointer: JSONPointer) -> JSONPointer { renumberings.reduce(pointer) { $1.moved($0) } }
        var document = self
        let baseline = move(self.baseline)
        document.content = move(content)
        let entries = history.enumerated().map { index, entry -> Revision in
            guard index >= shared else { return entry }
            var moved = entry
            moved.changes = entry.changes.map { PlanChange(path: move($0.path), before: $0.before, after: $0.after) }
            return moved
        }
        document.replaceHistory(entries)
        document.baseline = baseline
        return document
    }
}
