import Foundation
import KuuloCore

/// Hunspell opened the first time a word needs it (the process's shared handle for the dictionary,
/// `Hunspell.shared`). Loading `en_US` takes longer than checking a whole Finnish post, so a run whose
/// text is all Finnish should not pay for it. The dictionary files are
/// found when this is created, so a missing dictionary is still known up front.
public final class LazyHunspell: SpellChecker, Lemmatizer, @unchecked Sendable {
    /// The dictionary's name, e.g. `en_US`.
    public let dictionary: String
    private let affixPath: String
    private let dictionaryPath: String
    private let lock = NSLock()
    private var opened = false
    private var hunspell: Hunspell?

    /// Finds `dictionary` in `searchPaths` without opening it.
    /// - Throws: `HunspellError.dictionaryNotFound` when no folder holds both files.
    public init(dictionary: String = "en_US", searchPaths: [String] = Hunspell.defaultSearchPaths) throws(HunspellError) {
        guard let files = Hunspell.files(of: dictionary, in: searchPaths) else {
            throw .dictionaryNotFound(dictionary: dictionary, searched: searchPaths)
        }
        self.dictionary = dictionary
        self.affixPath = files.affix
        self.dictionaryPath = files.words
    }

    /// Whether Hunspell accepts `word`; `false` when the dictionary could not be opened after all.
    public func isCorrect(_ word: String) -> Bool {
        handle()?.spell(word) ?? false
    }

    /// Hunspell's suggestions for `word`.
    public func suggestions(for word: String) -> [String] {
        handle()?.suggest(word) ?? []
    }

    /// The stems of `word`.
    public func baseForms(_ word: String) -> [String] {
        handle()?.stems(word) ?? []
    }

    private func handle() -> Hunspell? {
        lock.lock()
        defer { lock.unlock() }
        if !opened {
            hunspell = try? Hunspell.shared(affixPath: affixPath, dictionaryPath: dictionaryPath, name: dictionary)
            opened = true
        }
        return hunspell
    }
}
