import Foundation

/// The chat's input history on disk: one entry a line, mode 0600, no empty lines, no consecutive
/// duplicates, nothing that starts with a space (a way to keep a line out of the history).
public struct HistoryFile: Sendable {
    /// Where the history lives.
    public let path: String
    /// How many entries are kept.
    public let limit: Int

    /// Creates a history at `path`.
    public init(path: String, limit: Int = 1_000) {
        self.path = path
        self.limit = limit
    }

    /// Whether a line belongs in the history after `previous`.
    public static func shouldRecord(_ line: String, after previous: String?) -> Bool {
        !line.trimmingCharacters(in: .whitespaces).isEmpty && !line.hasPrefix(" ") && line != previous && !line.contains("\n")
    }

    /// The largest history file read (4 MiB); a thousand lines are far less.
    static let readLimit = 4 << 20

    /// The stored entries, oldest first (none when the file does not exist, cannot be read, is not a
    /// regular file or is larger than `readLimit`).
    public func load() -> [String] {
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { return [] }
        let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
        var status = stat()
        guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG, Int(status.st_size) <= Self.readLimit,
              let data = try? handle.read(upToCount: Self.readLimit), let text = String(data: data, encoding: .utf8) else { return [] }
        return text.split(separator: "\n", omittingEmptySubsequences: true).map(String.init).suffix(limit).map { $0 }
    }

    /// Writes the entries (the last `limit` of them), creating the folder (0700) and the file (0600).
    /// The file is replaced atomically: an exclusive, unpredictably named temporary file beside it
    /// (`O_CREAT|O_EXCL|O_NOFOLLOW`), fsync, rename. A killed session leaves the old history whole.
    public func save(_ entries: [String]) {
        let folder = (path as NSString).deletingLastPathComponent
        if !folder.isEmpty {
            try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        }
        let text = entries.suffix(limit).map { $0 + "\n" }.joined()
        let directory = folder.isEmpty ? "." : folder
        let prefix = directory + "/." + (path as NSString).lastPathComponent + Self.temporaryMarker
        var temporary = ""
        var descriptor: Int32 = -1
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<16 {
            temporary = prefix + String((0..<12).map { _ in Self.alphabet[Int.random(in: 0..<Self.alphabet.count, using: &generator)] })
            descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
            if descriptor >= 0 || errno != EEXIST { break }
        }
        guard descriptor >= 0 else { return }
        fchmod(descriptor, 0o600)
        let bytes = Array(text.utf8)
        var written = 0
        while written < bytes.count {
            let result = bytes[written...].withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
            if result < 0, errno == EINTR { continue }
            if result <= 0 { break }
            written += result
        }
        let complete = written == bytes.count && fsync(descriptor) == 0
        close(descriptor)
        guard complete, rename(temporary, path) == 0 else {
            unlink(temporary)
            return
        }
    }

    /// Changes the stored entries: reads them, lets `change` edit them, and writes the result (when it
    /// differs). The file is the one place every chat on it shares: a session adds its own lines to
    /// what is there now instead of writing back what it read at its start, so it neither drops the
    /// lines another session added meanwhile nor brings back lines another session removed
    /// (`/redact`).
    public func update(_ change: ([String]) -> [String]) {
        let stored = load()
        let changed = change(stored)
        if changed != stored { save(changed) }
    }

    /// What comes between the history file's name and the random letters of its temporary file.
    static let temporaryMarker = ".kuulo-tmp-"
    private static let alphabet = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
}
