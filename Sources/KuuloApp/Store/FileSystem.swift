import Foundation

/// Why a file operation failed.
public enum FileSystemError: Error, Equatable {
    /// The file does not exist.
    case missing
    /// Anything else, with the system's description.
    case failed(String)

    /// Why, in a few words for a message.
    public var reason: String {
        switch self {
        case .missing: return "no such file or folder"
        case .failed(let detail): return detail
        }
    }
}

/// The few file operations Kuulo needs, behind a protocol so stores can be tested in memory.
public protocol FileSystem: AnyObject {
    /// The file's bytes.
    func read(_ path: String) throws(FileSystemError) -> [UInt8]
    /// Replaces the file atomically (temporary file, fsync, rename). New files get mode 0600; an
    /// existing file keeps its mode.
    func writeAtomically(_ bytes: [UInt8], to path: String) throws(FileSystemError)
    /// Whether something exists at `path`.
    func exists(_ path: String) -> Bool
    /// Whether files can be created in the folder `path`.
    func isWritableDirectory(_ path: String) -> Bool
}

/// The real file system, through POSIX calls.
public final class LocalFileSystem: FileSystem {
    /// Creates the file system.
    public init() {}

    public func read(_ path: String) throws(FileSystemError) -> [UInt8] {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else {
            if errno == ENOENT || errno == ENOTDIR { throw .missing }
            throw .failed(String(cString: strerror(errno)))
        }
        defer { close(descriptor) }
        var result: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { Foundation.read(descriptor, $0.baseAddress, $0.count) }
            if count == 0 { return result }
            if count < 0 {
                if errno == EINTR { continue }
                throw .failed(String(cString: strerror(errno)))
            }
            result.append(contentsOf: chunk[..<count])
        }
    }

    public func writeAtomically(_ bytes: [UInt8], to path: String) throws(FileSystemError) {
        let folder = Self.folder(of: path)
        let name = (path as NSString).lastPathComponent
        let temporary = folder + "/." + name + ".tmp-" + String(getpid())
        var mode: mode_t = 0o600
        var status = stat()
        if stat(path, &status) == 0 { mode = status.st_mode & 0o7777 }
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC, mode)
        guard descriptor >= 0 else { throw .failed(String(cString: strerror(errno))) }
        fchmod(descriptor, mode)
        var written = 0
        while written < bytes.count {
            let result = bytes[written...].withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
            if result < 0 {
                if errno == EINTR { continue }
                let reason = String(cString: strerror(errno))
                close(descriptor)
                unlink(temporary)
                throw .failed(reason)
            }
            written += result
        }
        if fsync(descriptor) != 0 {
            let reason = String(cString: strerror(errno))
            close(descriptor)
            unlink(temporary)
            throw .failed(reason)
        }
        close(descriptor)
        guard rename(temporary, path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw .failed(reason)
        }
        let directory = open(folder, O_RDONLY)
        if directory >= 0 {
            fsync(directory)
            close(directory)
        }
    }

    public func exists(_ path: String) -> Bool {
        access(path, F_OK) == 0
    }

    public func isWritableDirectory(_ path: String) -> Bool {
        access(path, W_OK | X_OK) == 0
    }

    /// The folder that holds `path` ("." for a bare name).
    public static func folder(of path: String) -> String {
        let folder = (path as NSString).deletingLastPathComponent
        return folder.isEmpty ? "." : folder
    }
}
