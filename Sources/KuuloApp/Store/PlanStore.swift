import Foundation
import KuuloCore

/// Why a plan could not be loaded or saved.
public enum PlanStoreError: Error, Equatable {
    /// The file's content is unusable.
    case plan(PlanError)
    /// Reading or writing failed.
    case io(String)
    /// The folder does not allow creating the file.
    case unwritableDirectory(String)
}

/// Loads and saves one plan file, noticing when someone else saved it in the meantime and merging
/// their work with ours instead of overwriting it.
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

    /// The plan file's path.
    public let path: String
    private let fileSystem: FileSystem
    private let schema: JSONValue
    private var syncedBytes: [UInt8]?
    private var syncedDocument = PlanDocument()

    /// A store for the plan at `path`, validating against `schema`.
    public init(path: String, fileSystem: FileSystem, schema: JSONValue) {
        self.path = path
        self.fileSystem = fileSystem
        self.schema = schema
    }

    /// The plan on disk, or `nil` when the file does not exist yet.
    public func load() throws(PlanStoreError) -> PlanDocument? {
        let bytes: [UInt8]
        do {
            bytes = try fileSystem.read(path)
        } catch {
            switch error {
            case .missing:
                syncedBytes = nil
                syncedDocument = PlanDocument()
                return nil
            case .failed(let reason):
                throw .io(reason)
            }
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
        let current: [UInt8]?
        do {
            current = try fileSystem.read(path)
        } catch {
            switch error {
            case .missing: current = nil
            case .failed(let reason): throw .io(reason)
            }
        }
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
        syncedBytes = theirsBytes
        syncedDocument = theirs
        return .conflicts(outcome)
    }

    /// Writes our version beside the plan (for a refused save) and returns that path.
    public func saveAside(_ document: PlanDocument, suffix: String) throws(PlanStoreError) -> String {
        let aside = path + "." + suffix + ".json"
        do {
            try fileSystem.writeAtomically(Array(document.encoded().utf8), to: aside)
        } catch {
            throw .io("\(error)")
        }
        return aside
    }

    private func decode(_ bytes: [UInt8]) throws(PlanStoreError) -> PlanDocument {
        do {
            return try PlanDocument.decode(bytes, schema: schema)
        } catch {
            throw .plan(error)
        }
    }

    private func write(_ document: PlanDocument) throws(PlanStoreError) {
        let bytes = document.encodedBytes()
        if bytes == syncedBytes, fileSystem.exists(path) {
            syncedDocument = document
            return
        }
        if !fileSystem.exists(path), !fileSystem.isWritableDirectory(LocalFileSystem.folder(of: path)) {
            throw .unwritableDirectory(LocalFileSystem.folder(of: path))
        }
        do {
            try fileSystem.writeAtomically(bytes, to: path)
        } catch {
            switch error {
            case .missing: throw .unwritableDirectory(LocalFileSystem.folder(of: path))
            case .failed(let reason): throw .io(reason)
            }
        }
        syncedBytes = bytes
        syncedDocument = document
    }
}
