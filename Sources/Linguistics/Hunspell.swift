import CHunspell
import Foundation

/// A Hunspell handle for one dictionary (English: `en_US`): spelling, suggestions and stems.
///
/// Created in `init` and released in `deinit`. Hunspell handles are not safe to use from several
/// threads at once, so every call goes through a lock; the class is therefore `Sendable`.
public final class Hunspell: @unchecked Sendable {
    /// Where dictionaries are looked for, in order.
    public static let defaultSearchPaths = ["/usr/share/hunspell", "/usr/share/myspell/dicts", "/usr/share/myspell",
                                            "/usr/local/share/hunspell", "/opt/homebrew/share/hunspell", "/Library/Spelling"]

    /// The dictionary's name (`en_US`).
    public let dictionary: String

    private let library: LibHunspell
    private let handle: OpaquePointer
    private let lock = NSLock()

    /// Opens the dictionary `dictionary` (`en_US`), found in the first of `searchPaths` that has both
    /// its `.aff` and `.dic` file.
    /// - Throws: `HunspellError.dictionaryNotFound` when no folder has it.
    public convenience init(dictionary: String = "en_US", searchPaths: [String] = Hunspell.defaultSearchPaths) throws(HunspellError) {
        guard let files = Self.files(of: dictionary, in: searchPaths) else {
            throw .dictionaryNotFound(dictionary: dictionary, searched: searchPaths)
        }
        try self.init(affixPath: files.affix, dictionaryPath: files.words, name: dictionary)
    }

    /// The first folder's `.aff` and `.dic` files of `dictionary` that are both readable, or `nil`.
    public static func files(of dictionary: String, in searchPaths: [String]) -> (affix: String, words: String)? {
        let files = FileManager.default
        for folder in searchPaths {
            let affix = (folder as NSString).appendingPathComponent(dictionary + ".aff")
            let words = (folder as NSString).appendingPathComponent(dictionary + ".dic")
            if files.isReadableFile(atPath: affix), files.isReadableFile(atPath: words) {
                return (affix, words)
            }
        }
        return nil
    }

    /// Opens the dictionary in the given files.
    /// - Throws: `HunspellError.libraryMissing` when libhunspell is not installed,
    ///   `HunspellError.couldNotOpen` when a file is missing or Hunspell refuses them.
    public init(affixPath: String, dictionaryPath: String, name: String? = nil) throws(HunspellError) {
        let library: LibHunspell
        switch LibHunspell.shared {
        case .success(let loaded): library = loaded
        case .failure(let error): throw .libraryMissing(error)
        }
        let files = FileManager.default
        guard files.isReadableFile(atPath: affixPath), files.isReadableFile(atPath: dictionaryPath),
              let opened = library.create(affixPath, dictionaryPath) else {
            throw .couldNotOpen(affixPath: affixPath, dictionaryPath: dictionaryPath)
        }
        self.library = library
        handle = opened
        dictionary = name ?? ((dictionaryPath as NSString).lastPathComponent as NSString).deletingPathExtension
    }

    deinit {
        library.destroy(handle)
    }

    /// Whether Hunspell accepts `word` (a typographic apostrophe counts as `'`).
    public func spell(_ word: String) -> Bool {
        let word = Self.normalised(word)
        guard !word.isEmpty else { return false }
        return locked { library.spell(handle, word) != 0 }
    }

    /// Hunspell's suggestions for `word`, best first.
    public func suggest(_ word: String) -> [String] {
        list(word, library.suggest)
    }

    /// The stems of `word` (`received` → `receive`).
    public func stems(_ word: String) -> [String] {
        list(word, library.stem)
    }

    // MARK: - Private

    private func list(_ word: String, _ call: LibHunspell.ListFunction) -> [String] {
        let word = Self.normalised(word)
        guard !word.isEmpty else { return [] }
        return locked {
            var list: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?
            let count = Int(call(handle, &list, word))
            defer { library.freeList(handle, &list, Int32(count)) }
            guard let list, count > 0 else { return [] }
            return (0..<count).compactMap { list[$0].map { String(cString: $0) } }
        }
    }

    private func locked<T>(_ body: () -> T) -> T {
        lock.lock()
        defer { lock.unlock() }
        return body()
    }

    private static func normalised(_ word: String) -> String {
        // Nearly every word has no typographic apostrophe: skip Foundation's search and copy.
        guard word.unicodeScalars.contains("\u{2019}") else { return word }
        return word.replacingOccurrences(of: "\u{2019}", with: "'")
    }
}
