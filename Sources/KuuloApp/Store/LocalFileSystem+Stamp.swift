import Foundation

extension LocalFileSystem {
    /// The plan file's device, inode, size and modification time (through a symbolic link, of the
    /// file it points to); `nil` when it cannot be read.
    public func stamp(_ path: String) -> FileStamp? {
        var status = stat()
        guard stat(path, &status) == 0 else { return nil }
        return FileStamp(device: UInt64(status.st_dev), inode: UInt64(status.st_ino), size: Int64(status.st_size),
                         seconds: Int(status.st_mtim.tv_sec), nanoseconds: Int(status.st_mtim.tv_nsec))
    }
}
