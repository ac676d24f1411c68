import Foundation
import KuuloCore

/// Finnish base forms from Voikko, opened the first time a word needs one, so that a chat which never
/// reads free text does not pay for loading the dictionary. Without Voikko every word is unknown.
public final class LazyVoikkoLemmatizer: Lemmatizer, @unchecked Sendable {
    private let lock = NSLock()
    private var opened = false
    private var voikko: Voikko?

    /// Creates the lemmatizer; nothing is loaded yet.
    public init() {}

    public func baseForms(_ word: String) -> [String] {
        lock.lock()
        if !opened {
            voikko = try? Voikko(language: "fi")
            opened = true
        }
        let handle = voikko
        lock.unlock()
        return handle?.baseForms(word) ?? []
    }
}
