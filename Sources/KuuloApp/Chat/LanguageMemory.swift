import Foundation
import KuuloCore

/// The chat language a trustee last chose with `/lang` (or started a new plan in), in the state
/// folder: the next chat speaks it without `--lang`, even when the plan's first language is another.
public struct LanguageMemory {
    /// The file that holds the language code.
    public let path: String

    /// The memory in `stateDirectory`.
    public init(stateDirectory: String) {
        path = stateDirectory + "/language"
    }

    /// The language remembered, if any (an unknown code is ignored).
    public func recall() -> Language? {
        guard let data = FileManager.default.contents(atPath: path), data.count < 64 else { return nil }
        return Language(rawValue: OneLineText.make(String(decoding: data, as: UTF8.self)))
    }

    /// Remembers `language` for next time (best effort; mode 0600); nothing is written when it is
    /// already the one remembered.
    public func remember(_ language: Language) {
        if recall() == language { return }
        let folder = PathName.folder(of: path)
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        try? LocalFileSystem().writeAtomically(Array((language.rawValue + "\n").utf8), to: path)
    }
}
