import Foundation
import KuuloCore

/// The chat language a trustee last chose with `/lang` (or started a new plan in), in the state
/// folder: the next run speaks it without `--lang`, even when the plan's first language is another.
public struct LanguageMemory {
    /// The file that holds the language code.
    public let path: String

    /// The memory in `stateDirectory`.
    public init(stateDirectory: String) {
        path = stateDirectory + "/language"
    }

    /// The language remembered, if any (an unknown code is ignored).
    public func recall() -> Language? {
        StateLine(path: path).read().flatMap(Language.init(rawValue:))
    }

    /// Remembers `language` for next time; nothing is written when it is already the one remembered.
    public func remember(_ language: Language) {
        if recall() == language { return }
        StateLine(path: path).write(language.rawValue)
    }
}
