import Foundation
import KuuloCore

/// Why a file operation failed.
public enum FileSystemError: Error, Equatable {
    /// The file does not exist.
    case missing
    /// The system refused (`errno`), said to the trustee in words (`SystemErrorCode.text`).
    case system(SystemErrorCode)
    /// Anything else, with the system's description.
    case failed(String)

    /// Why, in a few words for a message (English; the chat says a `system` reason in its language).
    public var reason: String {
        switch self {
        case .missing: return "no such file or folder"
        case .system(let code): return code.systemDescription
        case .failed(let detail): return detail
        }
    }

    /// Why, in `language`.
    public func text(_ messages: MessageCatalog, _ language: Language) -> String {
        switch self {
        case .missing: return SystemErrorCode(ENOENT).text(messages, language)
        case .system(let code): return code.text(messages, language)
        case .failed(let detail): return detail
        }
    }
}

/// What sits at a path that should have been a regular file.
public enum FileKind: String, Equatable, Sendable {
    /// A folder.
    case directory
    /// A named pipe: opening it for reading would wait for a writer.
    case fifo
    /// A character or block device such as `/dev/zero`.
    case device
    /// A Unix socket.
    case socket
    /// A symbolic link whose target does not exist.
    case brokenLink
    /// Anything else that is not a regular file.
    case other
}

/// Why the plan file (or a file beside it) could not be read or replaced safely.
public enum SafeFileError: Error, Equatable {
    /// Nothing exists at the path.
    case missing
    /// The path is not a regular file (nor a symbolic link to one).
    case notRegularFile(FileKind)
    /// The file is larger than a plan can be; it was not read.
    case tooLarge(limit: Int)
    /// The file exists but its permissions forbid writing; Kuulo does not replace it.
    case readOnly
    /// The folder does not allow creating files.
    case folderUnwritable(String)
    /// Another process held the lock for longer than the store waits.
    case lockTimedOut(lockFile: String)
    /// The bytes written to the temporary file did not read back as a valid file; nothing was replaced.
    case readBackFailed
    /// The system refused (`errno`).
    case system(SystemErrorCode)
    /// Anything else, with the system's description.
    case failed(String)
}

/// The file operations Kuulo needs, behind a protocol so stores can be tested in memory.
public protocol FileSystem: AnyObject {
    /// The file's bytes.
    func read(_ path: String) throws(FileSystemError) -> [UInt8]
    /// Replaces the file atomically (unpredictable exclusive temporary file, fsync, rename). New files
    /// get mode 0600; an existing file keeps its mode.
    func writeAtomically(_ bytes: [UInt8], to path: String) throws(FileSystemError)
    /// Whether something exists at `path`.
    func exists(_ path: String) -> Bool
    /// Whether files can be created in the folder `path`.
    func isWritableDirectory(_ path: String) -> Bool

    /// The bytes of the regular file at `path` (a symbolic link to one is followed), at most `limit` of them.
    func readRegularFile(_ path: String, limit: Int) throws(SafeFileError) -> [UInt8]
    /// Replaces the regular file at `path` (through a symbolic link, which stays) with `bytes`: an
    /// exclusive temporary file beside the target, fsync, `readBack` of what is on disk, rename.
    /// A read-only file is refused. Nothing is replaced when `readBack` returns false.
    func replaceRegularFile(_ path: String, with bytes: [UInt8], readBack: ([UInt8]) -> Bool) throws(SafeFileError)
    /// Takes the exclusive advisory lock that guards saving the plan at `path`, waiting at most
    /// `timeout` seconds. `nil` when the file system cannot lock or the folder cannot hold a lock file.
    func lockPlan(_ path: String, timeout: Double) throws(SafeFileError) -> FileLock?
    /// The temporary files that killed sessions left beside the plan at `path` (regular files this user owns).
    func leftovers(of path: String) -> [String]
    /// Removes the temporary files that killed sessions left beside the plan at `path` and returns
    /// their paths. Call only while holding the plan's lock.
    func removeLeftovers(of path: String) -> [String]
    /// Writes `bytes` to a new file beside the plan at `path` (mode 0600, never replacing anything) and returns its path.
    func writeAside(_ bytes: [UInt8], besides path: String) throws(SafeFileError) -> String
    /// The aside copies beside the plan at `path`, oldest name first.
    func asides(of path: String) -> [String]
    /// Removes one file.
    func remove(_ path: String) throws(SafeFileError)
    /// The names of the entries in the folder that holds the plan at `path` (through a symbolic link
    /// to the plan, the folder of the file it points to).
    func siblings(of path: String) -> [String]
    /// Renames the file at `path` to `path` + `suffix` (+ a number if that name is taken), never
    /// replacing anything, and returns the new path.
    func moveAside(_ path: String, suffix: String) throws(SafeFileError) -> String
    /// What identifies the version of the file at `path` without reading it (device, inode, size,
    /// modification time); `nil` when the file system cannot tell, and then the file is read instead.
    func stamp(_ path: String) -> FileStamp?
}

/// A file's device, inode, size and modification time: when none of them changed, neither did the
/// file (Kuulo replaces a plan by renaming a new file over it, which always gives a new inode).
public struct FileStamp: Equatable, Sendable {
    /// The device and inode.
    public var device: UInt64
    public var inode: UInt64
    /// The size in bytes.
    public var size: Int64
    /// The modification time, seconds and nanoseconds.
    public var seconds: Int
    public var nanoseconds: Int

    /// A stamp of these values.
    public init(device: UInt64, inode: UInt64, size: Int64, seconds: Int, nanoseconds: Int) {
        self.device = device
        self.inode = inode
        self.size = size
        self.seconds = seconds
        self.nanoseconds = nanoseconds
    }
}

/// Plain versions of the safe operations, for file systems that are not the real one (tests).
public extension FileSystem {
    func stamp(_ path: String) -> FileStamp? { nil }

    func readRegularFile(_ path: String, limit: Int) throws(SafeFileError) -> [UInt8] {
        let bytes: [UInt8]
        do {
            bytes = try read(path)
        } catch {
            switch error {
            case .missing: throw .missing
            case .system(let code): throw .system(code)
            case .failed(let reason): throw .failed(reason)
            }
        }
        if bytes.count > limit { throw .tooLarge(limit: limit) }
        return bytes
    }

    func replaceRegularFile(_ path: String, with bytes: [UInt8], readBack: ([UInt8]) -> Bool) throws(SafeFileError) {
        let folder = LocalFileSystem.folder(of: path)
        if !exists(path), !isWritableDirectory(folder) { throw .folderUnwritable(folder) }
        guard readBack(bytes) else { throw .readBackFailed }
        do {
            try writeAtomically(bytes, to: path)
        } catch {
            switch error {
            case .missing: throw .folderUnwritable(LocalFileSystem.folder(of: path))
            case .system(let code): throw .system(code)
            case .failed(let reason): throw .failed(reason)
            }
        }
    }

    func lockPlan(_ path: String, timeout: Double) throws(SafeFileError) -> FileLock? { nil }

    func leftovers(of path: String) -> [String] { [] }

    func removeLeftovers(of path: String) -> [String] { [] }

    func writeAside(_ bytes: [UInt8], besides path: String) throws(SafeFileError) -> String {
        let aside = path + ".unsaved-" + String(getpid()) + ".json"
        do {
            try writeAtomically(bytes, to: aside)
        } catch {
            throw .failed(error.reason)
        }
        return aside
    }

    func asides(of path: String) -> [String] { [] }

    func siblings(of path: String) -> [String] { [] }

    func moveAside(_ path: String, suffix: String) throws(SafeFileError) -> String {
        throw .failed(String(cString: strerror(ENOTSUP)))
    }

    func remove(_ path: String) throws(SafeFileError) {}
}
