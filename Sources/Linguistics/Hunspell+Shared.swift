import Foundation

/// One Hunspell handle per dictionary for the whole process.
extension Hunspell {
    private static let lock = NSLock()
    nonisolated(unsafe) private static var opened: [String: Hunspell] = [:]

    /// The process's handle for the dictionary in these files, opened on the first call: spelling,
    /// stems and hashtag splitting share it, since loading a dictionary is slow (en_US: most of a
    /// `kuulo check` that needs it) and every call on a handle goes through its lock.
    /// - Throws: `HunspellError` when it cannot be opened (tried again on the next call).
    public static func shared(affixPath: String, dictionaryPath: String, name: String? = nil) throws(HunspellError) -> Hunspell {
        lock.lock()
        defer { lock.unlock() }
        if let hunspell = opened[dictionaryPath] { return hunspell }
        let hunspell = try Hunspell(affixPath: affixPath, dictionaryPath: dictionaryPath, name: name)
        opened[dictionaryPath] = hunspell
        return hunspell
    }
}
