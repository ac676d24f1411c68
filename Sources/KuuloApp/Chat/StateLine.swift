import Foundation
import KuuloCore

/// One line of text kept in the state folder between runs (the user's name, the chat language):
/// read as one line, written atomically with mode 0600 in a folder only the user can read. Best effort:
/// a state file that cannot be written only means the next run asks or guesses again.
struct StateLine {
    /// The file.
    let path: String

    /// The line, if the file holds a non-empty one.
    func read() -> String? {
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else { return nil }
        let line = OneLineText.make(text)
        return line.isEmpty ? nil : line
    }

    /// Writes `line` (made one line first).
    func write(_ line: String) {
        try? FileManager.default.createDirectory(atPath: PathName.folder(of: path), withIntermediateDirectories: true,
                                                 attributes: [.posixPermissions: 0o700])
        try? LocalFileSystem().writeAtomically(Array((OneLineText.make(line) + "\n").utf8), to: path)
    }
}
