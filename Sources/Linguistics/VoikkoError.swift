/// Why Voikko could not be used.
public enum VoikkoError: Error, Sendable, Equatable {
    /// `voikkoInit` failed for `language`, typically because the dictionary (Debian: `voikko-fi`)
    /// is not installed; `reason` is libvoikko's own (English) explanation.
    case unavailable(language: String, reason: String)
    /// libvoikko itself is not installed (or too old); the error names the package to install.
    case libraryMissing(LanguageLibraryError)
}
