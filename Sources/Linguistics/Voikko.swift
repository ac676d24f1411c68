import CVoikko
import Foundation
import KuuloCore

/// A libvoikko handle for one language: spelling, morphological analysis and base forms.
///
/// The handle is created in `init` and released in `deinit`. libvoikko handles are not safe to use
/// from several threads at once, so every call goes through a lock; the class is therefore `Sendable`.
public final class Voikko: @unchecked Sendable {
    /// The language the handle was opened for (`fi`).
    public let language: String

    private let library: LibVoikko
    private let handle: OpaquePointer
    private let lock = NSLock()

    /// Opens Voikko for `language`.
    /// - Parameters:
    ///   - language: a BCP 47 language code understood by libvoikko, `fi` for Finnish.
    ///   - dictionaryPath: a folder to search for dictionaries before the standard places, or `nil`.
    /// - Throws: `VoikkoError.libraryMissing` when libvoikko is not installed, `VoikkoError.unavailable`
    ///   when it finds no dictionary for `language`.
    public init(language: String = "fi", dictionaryPath: String? = nil) throws(VoikkoError) {
        let library: LibVoikko
        switch LibVoikko.shared {
        case .success(let loaded): library = loaded
        case .failure(let error): throw .libraryMissing(error)
        }
        let voikkoInit = library.initialize
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
        self.library = library
        self.handle = opened
    }

    deinit {
        library.terminate(handle)
    }

    /// Whether Voikko accepts `word` as correctly spelt (proper nouns need their capital: `Tampere`).
    public func spell(_ word: String) -> Bool {
        guard !word.isEmpty else { return false }
        return locked { word.withCString { library.spell(handle, $0) } } == VOIKKO_SPELL_OK
    }

    /// Every morphological analysis of `word`: each a dictionary of libvoikko's attributes
    /// (`BASEFORM`, `STRUCTURE`, `CLASS`, `SIJAMUOTO`, …). Empty when Voikko does not know the word.
    public func analyze(_ word: String) -> [[String: String]] {
        eachAnalysis(of: word) { attributes(of: $0) }
    }

    /// The distinct base forms of `word`, in Voikko's order: `kritiikkiin` → `["kritiikki"]`.
    /// Empty when Voikko does not know the word.
    public func baseForms(_ word: String) -> [String] {
        // Only the one attribute: decoding every attribute of every analysis was most of the cost of
        // building the Knowledge index.
        let forms = eachAnalysis(of: word) { analysis -> String? in
            guard let value = library.analysisValue(analysis, "BASEFORM") else { return nil }
            defer { library.freeAnalysisValue(value) }
            return String(cString: value)
        }.compactMap { $0 }
        var seen: Set<String> = []
        return forms.filter { seen.insert($0).inserted }
    }

    /// `read` applied to each of libvoikko's analyses of `word`, under the lock.
    private func eachAnalysis<T>(of word: String, _ read: (OpaquePointer) -> T) -> [T] {
        guard !word.isEmpty else { return [] }
        return locked {
            word.withCString { cWord -> [T] in
                guard let analyses = library.analyze(handle, cWord) else { return [] }
                defer { library.freeAnalyses(analyses) }
                var result: [T] = []
                var index = 0
                while let analysis = analyses[index] {
                    result.append(read(analysis))
                    index += 1
                }
                return result
            }
        }
    }

    /// Voikko's suggested corrections for `word`, best first; empty when it has none.
    public func suggest(_ word: String) -> [String] {
        guard !word.isEmpty else { return [] }
        return locked {
            word.withCString { cWord -> [String] in
                guard let list = library.suggest(handle, cWord) else { return [] }
                defer { library.freeStrings(list) }
                var result: [String] = []
                var index = 0
                while let suggestion = list[index] {
                    result.append(String(cString: suggestion))
                    index += 1
                }
                return result
            }
        }
    }

    /// Turns one of libvoikko's Boolean options on or off for this handle.
    public func setOption(_ option: VoikkoOption, _ value: Bool) {
        locked { _ = library.setBooleanOption(handle, option.rawValue, value ? 1 : 0) }
    }

    /// The grammar errors Voikko finds in `paragraph`, positions in code points of the paragraph.
    /// - Parameters:
    ///   - paragraph: one paragraph (or line) of text.
    ///   - descriptionLanguage: the language of Voikko's short descriptions (`fi` or `en`).
    ///   - limit: the most errors returned.
    public func grammarErrors(in paragraph: String, descriptionLanguage: String = "fi", limit: Int = 200) -> [GrammarProblem] {
        let length = paragraph.utf8.count
        guard length > 0 else { return [] }
        return locked {
            paragraph.withCString { text -> [GrammarProblem] in
                var result: [GrammarProblem] = []
                while result.count < limit, let error = library.nextGrammarError(handle, text, length, 0, Int32(result.count)) {
                    result.append(problem(error, descriptionLanguage: descriptionLanguage))
                    library.freeGrammarError(error)
                }
                return result
            }
        }
    }

    // MARK: - Private

    private func locked<T>(_ body: () -> T) -> T {
        lock.lock()
        defer { lock.unlock() }
        return body()
    }

    private func problem(_ error: OpaquePointer, descriptionLanguage: String) -> GrammarProblem {
        var suggestions: [String] = []
        if let list = library.grammarErrorSuggestions(error) {
            var index = 0
            while let suggestion = list[index] {
                suggestions.append(String(cString: suggestion))
                index += 1
            }
        }
        var description: String?
        if let text = descriptionLanguage.withCString({ library.grammarErrorDescription(error, $0) }) {
            description = String(cString: text)
            library.freeErrorMessage(text)
        }
        return GrammarProblem(start: library.grammarErrorStart(error), length: library.grammarErrorLength(error),
                              code: Int(library.grammarErrorCode(error)), description: description, suggestions: suggestions)
    }

    private func attributes(of analysis: OpaquePointer) -> [String: String] {
        var result: [String: String] = [:]
        guard let keys = library.analysisKeys(analysis) else { return result }
        var index = 0
        while let key = keys[index] {
            if let value = library.analysisValue(analysis, key) {
                result[String(cString: key)] = String(cString: value)
                library.freeAnalysisValue(value)
            }
            index += 1
        }
        return result
    }
}
