import Foundation
import KuuloCore

/// Why a plan could not be loaded or saved.
public enum PlanStoreError: Error, Equatable {
    /// The file's content is unusable.
    case plan(PlanError)
    /// Reading or writing failed.
    case io(String)
    /// The system refused to read or write (`errno`).
    case system(SystemErrorCode)
    /// The folder does not allow creating the file.
    case unwritableDirectory(String)
    /// Nothing exists at the path (for a file to read, it is not there; for one to write, its folder
    /// does not let it be created).
    case missing(folder: String)
    /// The plan path is a folder, a FIFO, a device or a broken link, not a plan file.
    case notRegularFile(FileKind)
    /// The file is larger than `PlanStore.readLimit`; it was not read.
    case tooLarge(limit: Int)
    /// The plan file is read-only; it was not replaced.
    case readOnly
    /// Another session held the plan's lock too long; nothing was written.
    case locked(lockFile: String)
    /// The plan would nest deeper than Kuulo can read back; nothing was written.
    case tooDeep(limit: Int)
    /// The written copy did not read back as a valid plan; nothing was replaced.
    case readBackFailed
}

/// Loads and saves one plan file. Every save holds the plan's lock across reading the file,
/// merging with what another session saved since this one last read or wrote it, and renaming the
/// new version into place; the new version is read back with the plan reader before the rename.
public final class PlanStore {
    /// What a save did.
    public enum SaveResult: Equatable {
        /// Written as it was.
        case saved
        /// The file had moved on; the merged document was written and should be adopted.
        case merged(PlanDocument)
        /// Both sides changed the same fields; nothing was written.
        case conflicts(PlanMerge.Outcome)
    }

    /// The largest plan file Kuulo reads (256 MiB); a plan is a few hundred kilobytes.
    public static let readLimit = 256 << 20
    /// How long a save waits for another session's lock, in seconds.
    public static let lockTimeout = 30.0

    /// The plan file's path.
    public let path: String
    private let fileSystem: FileSystem
    let schema: JSONValue
    /// The schema compiled the first time a plan is read, then kept for every read and read-back.
    private(set) lazy var validator = SchemaValidator(schema: schema)
    /// The bytes this session last read or wrote: the base of the next merge.
    private var syncedBytes: [UInt8]?
    private var syncedDocument = PlanDocument()

    /// A store for the plan at `path`, validating against `schema`.
    public init(path: String, fileSystem: FileSystem, schema: JSONValue) {
        self.path = path
        self.fileSystem = fileSystem
        self.schema = schema
    }

    /// The plan on disk, or `nil` when the file does not exist yet. Temporary files that killed
    /// sessions left beside the plan are removed first (under the lock, so no live save is touched).
    public func load() throws(PlanStoreError) -> PlanDocument? {
        let current = try readCurrent()
        // Best effort, and only when there is something to remove (so reading a plan creates no lock
        // file): a session that holds the lock longer only delays the clean-up to a later start.
        if !fileSystem.leftovers(of: path).isEmpty, let lock = try? fileSystem.lockPlan(path, timeout: 2) {
            _ = fileSystem.removeLeftovers(of: path)
            lock.release()
        }
        guard let bytes = current else {
            syncedBytes = nil
            syncedDocument = PlanDocument()
            return nil
        }
        let document = try decode(bytes)
        syncedBytes = bytes
        syncedDocument = document
        return document
    }

    /// Whether a new plan file can be created where `path` points.
    public func canCreate() -> Bool {
        fileSystem.exists(path) || fileSystem.isWritableDirectory(LocalFileSystem.folder(of: path))
    }

    /// Saves `document`, merging with whatever another session saved since we last read or wrote.
    public func save(_ document: PlanDocument) throws(PlanStoreError) -> SaveResult {
        // Nothing of ours to write: whatever is on disk stays as it is.
        if syncedBytes != nil, document == syncedDocument { return .saved }
        let lock = try lockPlan()
        defer { lock?.release() }
        let current = try readCurrent()
        if current == nil || current == syncedBytes {
            try write(document)
            return .saved
        }
        guard let theirsBytes = current else { return .saved }
        let theirs = try decode(theirsBytes)
        let outcome = PlanMerge.merge(base: syncedDocument, ours: document, theirs: theirs)
        if outcome.conflicts.isEmpty {
            try write(outcome.document)
            return .merged(outcome.document)
        }
        // The other session's version is the base of whatever this session decides next.
        syncedBytes = theirsBytes
        syncedDocument = theirs
        return .conflicts(outcome)
    }

    /// Changes the plan as it is on disk, under its lock from the read to the rename, so that no other
    /// session's save can land in between: for changes to the whole file, such as a redaction of the
    /// history, which must never be merged with a version read earlier. `change` gets the plan as
    /// read under the lock and returns the new version, or `nil` to leave the file as it is; the
    /// result is what was written (`nil`: nothing was, or there is no plan file).
    public func update(_ change: (PlanDocument) -> PlanDocument?) throws(PlanStoreError) -> PlanDocument? {
        let lock = try lockPlan()
        defer { lock?.release() }
        guard let bytes = try readCurrent() else { return nil }
        let current = try decode(bytes)
        syncedBytes = bytes
        syncedDocument = current
        guard let changed = change(current) else { return nil }
        try write(changed)
        return changed
    }

    /// Writes `document` over the file without the plan's lock (nor a lock file): for files that are
    /// not a shared plan but git's temporary copy during a merge. Read back before it replaces anything.
    public func overwrite(_ document: PlanDocument) throws(PlanStoreError) {
        try write(document)
    }

    /// Writes our version to a new file beside the plan (mode 0600; for a refused save) and returns its path.
    public func saveAside(_ document: PlanDocument) throws(PlanStoreError) -> String {
        do {
            return try fileSystem.writeAside(document.encodedBytes(), besides: path)
        } catch {
            throw Self.storeError(error, path: path)
        }
    }

    /// The aside copies of this plan that refused saves left beside it.
    public func asides() -> [String] {
        fileSystem.asides(of: path)
    }

    /// Removes one aside copy.
    public func removeAside(_ aside: String) throws(PlanStoreError) {
        do {
            try fileSystem.remove(aside)
        } catch {
            throw Self.storeError(error, path: aside)
        }
    }

    /// The plan's lock, waiting up to `lockTimeout` for another session to release it.
    private func lockPlan() throws(PlanStoreError) -> FileLock? {
        do {
            return try fileSystem.lockPlan(path, timeout: Self.lockTimeout)
        } catch {
            throw Self.storeError(error, path: path)
        }
    }

    private func readCurrent() throws(PlanStoreError) -> [UInt8]? {
        do {
            return try fileSystem.readRegularFile(path, limit: Self.readLimit)
        } catch {
            if error == .missing { return nil }
            throw Self.storeError(error, path: path)
        }
    }

    private func decode(_ bytes: [UInt8]) throws(PlanStoreError) -> PlanDocument {
        do {
            return try PlanDocument.decode(bytes, validator: validator)
        } catch {
            throw .plan(error)
        }
    }

    /// Encodes (refusing what the parser could not read), writes through the safe replace, and
    /// checks the bytes on disk with the same reader before they replace the plan.
    private func write(_ document: PlanDocument) throws(PlanStoreError) {
        let bytes: [UInt8]
        do {
            bytes = try JSONWriter.checkedPrettyBytes(document.json)
        } catch {
            throw .tooDeep(limit: PlanDocument.maxContentDepth)
        }
        let validator = self.validator
        do {
            try fileSystem.replaceRegularFile(path, with: bytes) { written in
                (try? PlanDocument.decode(written, validator: validator)) != nil
            }
        } catch {
            throw Self.storeError(error, path: path)
        }
        syncedBytes = bytes
        syncedDocument = document
    }

    static func storeError(_ error: SafeFileError, path: String) -> PlanStoreError {
        switch error {
        case .missing: return .missing(folder: LocalFileSystem.folder(of: path))
        case .notRegularFile(let kind): return .notRegularFile(kind)
        case .tooLarge(let limit): return .tooLarge(limit: limit)
        case .readOnly: return .readOnly
        case .folderUnwritable(let folder): return .unwritableDirectory(folder)
        case .lockTimedOut(let lockFile): return .locked(lockFile: lockFile)
        case .readBackFailed: return .readBackFailed
        case .system(let code): return .system(code)
        case .failed(let reason): return .io(reason)
        }
    }
}
