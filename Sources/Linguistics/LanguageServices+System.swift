import KuuloCore

extension LanguageServices {
    /// The language libraries installed on this machine: Voikko with its Finnish dictionary (base
    /// forms, spelling, grammar; the process's shared handle, `Voikko.sharedFinnish`) and Hunspell with
    /// `en_US` (spelling, stems). Whatever is missing is left out — the rules then say which package to
    /// install — and nothing crashes.
    /// - Parameters:
    ///   - grammarDescriptionLanguage: the language of Voikko's grammar descriptions (`fi` or `en`).
    ///   - hunspellSearchPaths: folders to look for Hunspell dictionaries in.
    public static func system(grammarDescriptionLanguage: String = "fi",
                              hunspellSearchPaths: [String] = Hunspell.defaultSearchPaths) -> LanguageServices {
        var services = LanguageServices()
        if let voikko = try? Voikko.sharedFinnish() {
            services.lemmatizers[.fi] = voikko
            services.spellCheckers[.fi] = voikko
            services.grammarCheckers[.fi] = VoikkoGrammarChecker(voikko: voikko, descriptionLanguage: grammarDescriptionLanguage)
        }
        // Opened on the first English word: most posts are Finnish, and loading en_US is slow.
        if let hunspell = try? LazyHunspell(dictionary: "en_US", searchPaths: hunspellSearchPaths) {
            services.spellCheckers[.en] = hunspell
            services.lemmatizers[.en] = hunspell
        }
        return services
    }
}
