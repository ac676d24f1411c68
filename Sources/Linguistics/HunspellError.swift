/// Why Hunspell could not be used.
public enum HunspellError: Error, Sendable, Equatable {
    /// No `<dictionary>.aff` and `.dic` pair in any of the folders searched (Debian: install
    /// `hunspell-en-us`).
    case dictionaryNotFound(dictionary: String, searched: [String])
    /// The files exist but Hunspell could not open them.
    case couldNotOpen(affixPath: String, dictionaryPath: String)
    /// libhunspell itself is not installed (or too old); the error names the package to install.
    case libraryMissing(LanguageLibraryError)
}
