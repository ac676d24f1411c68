import Foundation
@testable import KuuloApp

/// An in-memory file system for store tests.
final class MemoryFileSystem: FileSystem {
    var files: [String: [UInt8]] = [:]
    var modes: [String: Int] = [:]
    var writableFolders: Set<String> = ["."]
    var writes = 0

    func read(_ path: String) throws(FileSystemError) -> [UInt8] {
        guard let bytes = files[path] else { throw .missing }
        return bytes
    }

    func writeAtomically(_ bytes: [UInt8], to path: String) throws(FileSystemError) {
        guard files[path] != nil || writableFolders.contains(LocalFileSystem.folder(of: path)) else { throw .failed("read-only") }
        if files[path] == nil { modes[path] = 0o600 }
        files[path] = bytes
        writes += 1
    }

    func exists(_ path: String) -> Bool { files[path] != nil }

    func isWritableDirectory(_ path: String) -> Bool { writableFolders.contains(path) }

    func text(_ path: String) -> String { String(decoding: files[path] ?? [], as: UTF8.self) }
}
