import CVoikko
import Foundation

/// A libvoikko handle for one language: spelling, morphological analysis and base forms.
///
/// The handle is created in `init` and released in `deinit`. libvoikko handles are not safe to use
/// from several threads at once, so every call goes through a lock; the class is therefore `Sendable`.
public final class Voikko: @unchecked Sendable {
    /// The language the handle was opened for (`fi`).
    public let language: String

    private let handle: OpaquePointer
    private let lock = NSLock()

    /// Opens Voikko for `language`.
    /// - Parameters:
    ///   - language: a BCP 47 language code understood by libvoikko, `fi` for Finnish.
    ///   - dictionaryPath: a folder to search for dictionaries before the standard places, or `nil`.
    /// - Throws: `VoikkoError.unavailable` when libvoikko finds no dictionary for `language`.
    public init(language: String = "fi", dictionaryPath: String? = nil) throws(VoikkoError) {
        var error: UnsafePointer<CChar>?
        let opened: OpaquePointer? = language.withCString { languageCode in
            if let dictionaryPath {
                return dictionaryPath.withCString { path in voikkoInit(&error, languageCode, path) }
            }
            return voikkoInit(&error, languageCode, nil)
        }
        guard let opened else {
            let reason = error.map { String(cString: $0) } ?? "unknown error"
            throw .unavailable(language: language, reason: reason)
        }
        self.language = language
        self.handle = opened
    }

    deinit {
        voikkoTerminate(handle)
    }

    /// Whether Voikko accepts `word` as correctly spelt (proper nouns need their capital: `Tampere`).
    public func spell(_ word: String) -> Bool {
        guard !word.isEmpty else { return false }
        return locked { word.withCString { voikkoSpellCstr(handle, $0) } } == VOIKKO_SPELL_OK
    }

    /// Every morphological analysis of `word`: each a dictionary of libvoikko's attributes
    /// (`BASEFORM`, `STRUCTURE`, `CLASS`, `SIJAMUOTO`, …). Empty when Voikko does not know the word.
    public func analyze(_ word: String) -> [[String: String]] {
        guard !word.isEmpty else { return [] }
        return locked {
            word.withCString { cWord -> [[String: String]] in
                guard let analyses = voikkoAnalyzeWordCstr(handle, cWord) else { return [] }
                defer { voikko_free_mor_analysis(analyses) }
                var result: [[String: String]] = []
                var index = 0
                while let analysis = analyses[index] {
                    result.append(Self.attributes(of: analysis))
                    index += 1
                }
                return result
            }
        }
    }

    /// The distinct base forms of `word`, in Voikko's order: `kritiikkiin` → `["kritiikki"]`.
    /// Empty when Voikko does not know the word.
    public func baseForms(_ word: String) -> [String] {
        var seen: Set<String> = []
        return analyze(word).compactMap { $0["BASEFORM"] }.filter { seen.insert($0).inserted }
    }

    // MARK: - Private

    private func locked<T>(_ body: () -> T) -> T {
        lock.lock()
        defer { lock.unlock() }
        return body()
    }

    private static func attributes(of analysis: OpaquePointer) -> [String: String] {
        var result: [String: String] = [:]
        guard let keys = voikko_mor_analysis_keys(analysis) else { return result }
        var index = 0
        while let key = keys[index] {
            if let value = voikko_mor_analysis_value_cstr(analysis, key) {
                result[String(cString: key)] = String(cString: value)
                voikko_free_mor_analysis_value_cstr(value)
            }
            index += 1
        }
        return result
    }
}
