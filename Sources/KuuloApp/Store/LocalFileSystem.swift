import Foundation
import KuuloCore

/// The real file system, through POSIX calls.
///
/// Temporary files are named `.<file>.kuulo-tmp-<12 random letters and digits>` in the target's
/// folder and opened with `O_CREAT|O_EXCL|O_NOFOLLOW`, mode 0600, so a name planted in advance (a
/// symbolic link, a file) is never followed or reused. The plan's lock is `flock` on
/// `.<file>.lock` beside the (link-resolved) plan.
public final class LocalFileSystem: FileSystem {
    /// Creates the file system.
    public init() {}

    public func read(_ path: String) throws(FileSystemError) -> [UInt8] {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            if errno == ENOENT || errno == ENOTDIR { throw .missing }
            throw .system(.last)
        }
        defer { close(descriptor) }
        switch Self.readAll(descriptor, limit: Int.max) {
        case .success(let bytes): return bytes
        case .failure(let problem): throw .failed(problem.reason)
        }
    }

    public func writeAtomically(_ bytes: [UInt8], to path: String) throws(FileSystemError) {
        var mode: mode_t = 0o600
        var status = stat()
        if stat(path, &status) == 0 { mode = status.st_mode & 0o7777 }
        do {
            try replace(path, with: bytes, mode: mode) { _ in true }
        } catch {
            if case .system(let code) = error { throw .system(code) }
            throw .failed(error.reason)
        }
    }

    public func exists(_ path: String) -> Bool {
        access(path, F_OK) == 0
    }

    public func isWritableDirectory(_ path: String) -> Bool {
        access(path, W_OK | X_OK) == 0
    }

    // MARK: - The plan file

    public func readRegularFile(_ path: String, limit: Int) throws(SafeFileError) -> [UInt8] {
        // O_NONBLOCK: opening a FIFO must not wait for a writer; it is refused below.
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else {
            if errno == ENOENT || errno == ENOTDIR {
                var link = stat()
                if lstat(path, &link) == 0 { throw .notRegularFile(.brokenLink) }
                throw .missing
            }
            throw .system(.last)
        }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw .failed(Self.lastError()) }
        guard Self.kind(status.st_mode) == nil else { throw .notRegularFile(Self.kind(status.st_mode) ?? .other) }
        if Int(status.st_size) > limit { throw .tooLarge(limit: limit) }
        _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) & ~O_NONBLOCK)
        switch Self.readAll(descriptor, limit: limit) {
        case .success(let bytes): return bytes
        case .failure(.tooLarge): throw .tooLarge(limit: limit)
        case .failure(let reason): throw .failed(reason.reason)
        }
    }

    public func replaceRegularFile(_ path: String, with bytes: [UInt8], readBack: ([UInt8]) -> Bool) throws(SafeFileError) {
        let target = try Self.writeTarget(path)
        var mode: mode_t = 0o600
        var status = stat()
        if stat(target, &status) == 0 {
            // Root passes every access() check, so the owner's write bit decides too.
            if status.st_mode & 0o200 == 0 || access(target, W_OK) != 0 { throw .readOnly }
            mode = status.st_mode & 0o7777
        } else if !isWritableDirectory(Self.folder(of: target)) {
            throw .folderUnwritable(Self.folder(of: target))
        }
        try replace(target, with: bytes, mode: mode, readBack: readBack)
    }

    public func lockPlan(_ path: String, timeout: Double) throws(SafeFileError) -> FileLock? {
        let target = (try? Self.writeTarget(path)) ?? path
        return try FileLock.acquire(Self.lockPath(for: target), timeout: timeout) { isWritableDirectory(Self.folder(of: target)) }
    }

    public func leftovers(of path: String) -> [String] {
        let target = (try? Self.writeTarget(path)) ?? path
        let folder = Self.folder(of: target)
        let name = PathName.lastComponent(of: target)
        guard let entries = Self.entries(of: folder) else { return [] }
        return entries.filter { entry in
            guard Self.isLeftover(entry, of: name) else { return false }
            var status = stat()
            // Only regular files this user owns: a link or someone else's file at such a name is not Kuulo's.
            return lstat(folder + "/" + entry, &status) == 0 && Self.kind(status.st_mode) == nil && status.st_uid == getuid()
        }.sorted().map { folder + "/" + $0 }
    }

    public func removeLeftovers(of path: String) -> [String] {
        leftovers(of: path).filter { unlink($0) == 0 }
    }

    /// Removes the temporary files that killed sessions left beside a file Kuulo replaces without the
    /// plan's lock (the remembered user name, the line history): the exact pattern only
    /// (`leftovers(of:)`), and only those untouched for `age` seconds, since another live session may
    /// be between creating its temporary file and renaming it. Returns the paths removed.
    @discardableResult
    public func removeStaleLeftovers(of path: String, olderThan age: Double) -> [String] {
        let now = Date().timeIntervalSince1970
        return leftovers(of: path).filter { leftover in
            var status = stat()
            guard lstat(leftover, &status) == 0, now - Double(status.st_mtim.tv_sec) >= age else { return false }
            return unlink(leftover) == 0
        }
    }

    public func writeAside(_ bytes: [UInt8], besides path: String) throws(SafeFileError) -> String {
        let target = (try? Self.writeTarget(path)) ?? path
        let stamp = Self.stampFormatter.string(from: Date())
        for _ in 0..<16 {
            let aside = target + ".unsaved-" + stamp + "-" + Self.randomName(length: 4) + ".json"
            let descriptor = open(aside, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
            if descriptor < 0, errno == EEXIST { continue }
            guard descriptor >= 0 else { throw .system(.last) }
            defer { close(descriptor) }
            fchmod(descriptor, 0o600)
            if let code = Self.writeAll(descriptor, bytes) ?? (fsync(descriptor) == 0 ? nil : .last) {
                unlink(aside)
                throw .system(code)
            }
            return aside
        }
        throw .failed(String(cString: strerror(EEXIST)))
    }

    public func asides(of path: String) -> [String] {
        let target = (try? Self.writeTarget(path)) ?? path
        let folder = Self.folder(of: target)
        let name = PathName.lastComponent(of: target)
        guard let entries = Self.entries(of: folder) else { return [] }
        return entries.filter { entry in
            guard Self.isAside(entry, of: name) else { return false }
            var status = stat()
            return lstat(folder + "/" + entry, &status) == 0 && Self.kind(status.st_mode) == nil
        }.sorted().map { folder + "/" + $0 }
    }

    public func siblings(of path: String) -> [String] {
        let target = (try? Self.writeTarget(path)) ?? path
        return Self.entries(of: Self.folder(of: target)) ?? []
    }

    public func moveAside(_ path: String, suffix: String) throws(SafeFileError) -> String {
        for attempt in 0..<100 {
            let destination = path + suffix + (attempt == 0 ? "" : "-\(attempt + 1)")
            // A hard link never replaces an existing name; where the file system has no hard links
            // (some synced or FAT drives), a rename after checking that the name is free.
            if link(path, destination) == 0 {
                unlink(path)
                return destination
            }
            if errno == EEXIST { continue }
            guard errno == EPERM || errno == ENOTSUP || errno == EXDEV || errno == EMLINK else { throw .failed(Self.lastError()) }
            var status = stat()
            if lstat(destination, &status) == 0 { continue }
            guard rename(path, destination) == 0 else { throw .failed(Self.lastError()) }
            return destination
        }
        throw .failed(String(cString: strerror(EEXIST)))
    }

    public func remove(_ path: String) throws(SafeFileError) {
        guard unlink(path) == 0 else {
            if errno == ENOENT { throw .missing }
            throw .failed(Self.lastError())
        }
    }

    // MARK: - Writing

    /// The regular file a write to `path` goes to: `path` itself, or the file a symbolic link points to.
    static func writeTarget(_ path: String) throws(SafeFileError) -> String {
        var status = stat()
        guard lstat(path, &status) == 0 else {
            if errno == ENOENT { return path }
            throw .failed(lastError())
        }
        if status.st_mode & S_IFMT == S_IFLNK {
            guard let resolved = realpath(path, nil) else {
                throw errno == ENOENT ? .notRegularFile(.brokenLink) : .failed(lastError())
            }
            defer { free(resolved) }
            let target = String(cString: resolved)
            var targetStatus = stat()
            guard stat(target, &targetStatus) == 0 else { throw .notRegularFile(.brokenLink) }
            if let kind = kind(targetStatus.st_mode) { throw .notRegularFile(kind) }
            return target
        }
        if let kind = kind(status.st_mode) { throw .notRegularFile(kind) }
        return path
    }

    /// Temporary file, write, fsync, read-back (the bytes must be those written and pass `readBack`),
    /// rename, fsync of the folder.
    private func replace(_ target: String, with bytes: [UInt8], mode: mode_t, readBack: ([UInt8]) -> Bool) throws(SafeFileError) {
        let folder = Self.folder(of: target)
        let prefix = folder + "/." + PathName.lastComponent(of: target) + Self.temporaryMarker
        var temporary = ""
        var descriptor: Int32 = -1
        for _ in 0..<16 {
            temporary = prefix + Self.randomName(length: Self.randomLength)
            descriptor = open(temporary, O_RDWR | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
            if descriptor >= 0 || errno != EEXIST { break }
        }
        guard descriptor >= 0 else { throw .system(.last) }
        func fail(_ error: SafeFileError) -> SafeFileError {
            close(descriptor)
            unlink(temporary)
            return error
        }
        if mode != 0o600 { fchmod(descriptor, mode) }
        if let code = Self.writeAll(descriptor, bytes) { throw fail(.system(code)) }
        if fsync(descriptor) != 0 { throw fail(.system(.last)) }
        guard lseek(descriptor, 0, SEEK_SET) == 0 else { throw fail(.failed(Self.lastError())) }
        guard case .success(let written) = Self.readAll(descriptor, limit: bytes.count), written == bytes, readBack(written) else {
            throw fail(.readBackFailed)
        }
        close(descriptor)
        guard rename(temporary, target) == 0 else {
            let code = SystemErrorCode.last
            unlink(temporary)
            throw .system(code)
        }
        let directory = open(folder, O_RDONLY | O_CLOEXEC)
        if directory >= 0 {
            fsync(directory)
            close(directory)
        }
    }

    private enum ReadProblem: Error {
        case tooLarge
        case failed(String)

        var reason: String {
            switch self {
            case .tooLarge: return "too large"
            case .failed(let reason): return reason
            }
        }
    }

    /// Reads to the end, refusing more than `limit` bytes.
    private static func readAll(_ descriptor: Int32, limit: Int) -> Result<[UInt8], ReadProblem> {
        var result: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { Foundation.read(descriptor, $0.baseAddress, $0.count) }
            if count == 0 { return .success(result) }
            if count < 0 {
                if errno == EINTR { continue }
                return .failure(.failed(lastError()))
            }
            if result.count + count > limit { return .failure(.tooLarge) }
            result.append(contentsOf: chunk[..<count])
        }
    }

    /// Writes every byte; returns the system's reason when that failed.
    private static func writeAll(_ descriptor: Int32, _ bytes: [UInt8]) -> SystemErrorCode? {
        var written = 0
        while written < bytes.count {
            let result = bytes[written...].withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
            if result < 0 {
                if errno == EINTR { continue }
                return .last
            }
            written += result
        }
        return nil
    }

    /// What a mode says the file is, or `nil` for a regular file.
    static func kind(_ mode: mode_t) -> FileKind? {
        switch mode & S_IFMT {
        case S_IFREG: return nil
        case S_IFDIR: return .directory
        case S_IFIFO: return .fifo
        case S_IFCHR, S_IFBLK: return .device
        case S_IFSOCK: return .socket
        default: return .other
        }
    }

    private static func lastError() -> String {
        String(cString: strerror(errno))
    }
}

extension SafeFileError {
    /// A few words for messages that have no text of their own.
    var reason: String {
        switch self {
        case .missing: return "no such file or folder"
        case .notRegularFile(let kind): return "not a regular file (\(kind.rawValue))"
        case .tooLarge(let limit): return "larger than \(limit) bytes"
        case .readOnly: return "read-only"
        case .folderUnwritable(let folder): return "cannot create files in \(folder)"
        case .lockTimedOut(let lockFile): return "locked (\(lockFile))"
        case .readBackFailed: return "the written copy did not read back"
        case .system(let code): return code.systemDescription
        case .failed(let reason): return reason
        }
    }
}
