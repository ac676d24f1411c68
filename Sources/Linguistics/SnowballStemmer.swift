import Foundation
import KuuloCore

/// A Snowball stemmer (libstemmer, the algorithms' reference implementation) for one language:
/// `hashtags` → `hashtag`, `organisation` → `organis`, `julkaisuissa` → `julkaisu`.
///
/// libstemmer's stemmers keep the last result in the handle and are not safe to use from several
/// threads at once, so every call goes through a lock; the class is therefore `Sendable`.
public final class SnowballStemmer: Stemmer, @unchecked Sendable {
    /// The algorithm this stemmer runs, as it was asked for (`english`, `fi`).
    public let algorithm: String
    private let library: LibStemmer
    private let handle: OpaquePointer
    private let lock = NSLock()

    /// Loads libstemmer (on the first stemmer of the process) and creates a UTF-8 stemmer.
    /// - Parameter algorithm: a Snowball algorithm's name (`english`, `finnish`, `swedish`) or its
    ///   language's ISO 639 code (`en`, `fi`, `sv`), so a language's code is enough.
    /// - Throws: `LanguageLibraryError` when libstemmer is missing or has no such algorithm.
    public init(_ algorithm: String) throws(LanguageLibraryError) {
        let library = try LibStemmer.shared.get()
        guard let handle = library.new(algorithm, "UTF_8") else {
            throw .noAlgorithm(library: "libstemmer", name: algorithm)
        }
        self.algorithm = algorithm
        self.library = library
        self.handle = handle
    }

    /// The stemmer for `language`: its pack's Snowball algorithm, else its code.
    public convenience init(language: Language) throws(LanguageLibraryError) {
        try self.init(language.pack.snowball ?? language.rawValue)
    }

    deinit {
        library.delete(handle)
    }

    /// The stem of the lower-case `word`; the word itself when libstemmer gives nothing.
    public func stem(_ word: String) -> String {
        guard !word.isEmpty else { return word }
        var bytes = Array(word.utf8)
        lock.lock()
        defer { lock.unlock() }
        return bytes.withUnsafeMutableBufferPointer { buffer -> String in
            guard let base = buffer.baseAddress, let result = library.stem(handle, base, Int32(buffer.count)) else { return word }
            let length = Int(library.length(handle))
            return String(decoding: UnsafeBufferPointer(start: result, count: length), as: UTF8.self)
        }
    }
}
