import Foundation

/// An advisory lock (`flock`) on a lock file, held until `release()` is called or the lock is
/// deallocated.
public final class FileLock {
    private var descriptor: Int32

    /// Wraps an open descriptor that holds a lock (`-1` for a lock that holds nothing, as in tests).
    public init(descriptor: Int32) {
        self.descriptor = descriptor
    }

    /// Takes the lock on the file at `path` (made with mode 0600 when missing, never through a
    /// symbolic link), waiting up to `timeout` seconds for another process to give it up, with
    /// pauses that grow from 0.5 to 20 ms. `nil` when the file system has no locks, or when the
    /// file cannot be made because `folderIsWritable` says its folder is read-only (the write that
    /// follows then fails with its own message).
    static func acquire(_ path: String, timeout: Double, folderIsWritable: () -> Bool) throws(SafeFileError) -> FileLock? {
        let descriptor = open(path, O_RDWR | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else {
            if errno == EACCES || errno == EROFS || errno == EPERM, !folderIsWritable() { return nil }
            throw .failed(path + ": " + String(cString: strerror(errno)))
        }
        var status = stat()
        guard fstat(descriptor, &status) == 0, LocalFileSystem.kind(status.st_mode) == nil else {
            close(descriptor)
            throw .failed(path + ": not a regular file")
        }
        let deadline = Date().addingTimeInterval(timeout)
        var pause: UInt32 = 500
        while flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
            let code = errno
            if code == EINTR { continue }
            if code == ENOLCK || code == EOPNOTSUPP || code == EINVAL {
                // This file system has no locks (some network mounts): save without one.
                close(descriptor)
                return nil
            }
            guard code == EWOULDBLOCK else {
                close(descriptor)
                throw .failed(String(cString: strerror(code)))
            }
            if Date() > deadline {
                close(descriptor)
                throw .lockTimedOut(lockFile: path)
            }
            usleep(pause)
            pause = min(pause * 2, 20_000)
        }
        return FileLock(descriptor: descriptor)
    }

    /// Gives the lock up; closing the descriptor releases `flock` locks.
    public func release() {
        if descriptor >= 0 { close(descriptor) }
        descriptor = -1
    }

    deinit { release() }
}
