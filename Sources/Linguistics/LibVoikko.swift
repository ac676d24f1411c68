import CVoikko

/// libvoikko's functions, looked up when Voikko is first opened (once per process).
struct LibVoikko: Sendable {
    typealias Handle = OpaquePointer?
    let initialize: @convention(c) (UnsafeMutablePointer<UnsafePointer<CChar>?>?, UnsafePointer<CChar>?, UnsafePointer<CChar>?) -> OpaquePointer?
    let terminate: @convention(c) (Handle) -> Void
    let setBooleanOption: @convention(c) (Handle, Int32, Int32) -> Int32
    let spell: @convention(c) (Handle, UnsafePointer<CChar>?) -> Int32
    let suggest: @convention(c) (Handle, UnsafePointer<CChar>?) -> UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?
    let freeStrings: @convention(c) (UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Void
    let analyze: @convention(c) (Handle, UnsafePointer<CChar>?) -> UnsafeMutablePointer<OpaquePointer?>?
    let freeAnalyses: @convention(c) (UnsafeMutablePointer<OpaquePointer?>?) -> Void
    let analysisKeys: @convention(c) (OpaquePointer?) -> UnsafeMutablePointer<UnsafePointer<CChar>?>?
    let analysisValue: @convention(c) (OpaquePointer?, UnsafePointer<CChar>?) -> UnsafeMutablePointer<CChar>?
    let freeAnalysisValue: @convention(c) (UnsafeMutablePointer<CChar>?) -> Void
    let nextGrammarError: @convention(c) (Handle, UnsafePointer<CChar>?, Int, Int, Int32) -> OpaquePointer?
    let grammarErrorCode: @convention(c) (OpaquePointer?) -> Int32
    let grammarErrorStart: @convention(c) (OpaquePointer?) -> Int
    let grammarErrorLength: @convention(c) (OpaquePointer?) -> Int
    let grammarErrorSuggestions: @convention(c) (OpaquePointer?) -> UnsafeMutablePointer<UnsafePointer<CChar>?>?
    let grammarErrorDescription: @convention(c) (OpaquePointer?, UnsafePointer<CChar>?) -> UnsafeMutablePointer<CChar>?
    let freeErrorMessage: @convention(c) (UnsafeMutablePointer<CChar>?) -> Void
    let freeGrammarError: @convention(c) (OpaquePointer?) -> Void

    /// The library, loaded on first use.
    static let shared: Result<LibVoikko, LanguageLibraryError> = Result { () throws(LanguageLibraryError) in
        let library = try SharedLibrary(name: "libvoikko", fileNames: ["libvoikko.so.1", "libvoikko.so", "libvoikko.1.dylib", "libvoikko.dylib"],
                                        package: "libvoikko1")
        return LibVoikko(
            initialize: try library.function("voikkoInit"), terminate: try library.function("voikkoTerminate"),
            setBooleanOption: try library.function("voikkoSetBooleanOption"), spell: try library.function("voikkoSpellCstr"),
            suggest: try library.function("voikkoSuggestCstr"), freeStrings: try library.function("voikkoFreeCstrArray"),
            analyze: try library.function("voikkoAnalyzeWordCstr"), freeAnalyses: try library.function("voikko_free_mor_analysis"),
            analysisKeys: try library.function("voikko_mor_analysis_keys"), analysisValue: try library.function("voikko_mor_analysis_value_cstr"),
            freeAnalysisValue: try library.function("voikko_free_mor_analysis_value_cstr"),
            nextGrammarError: try library.function("voikkoNextGrammarErrorCstr"),
            grammarErrorCode: try library.function("voikkoGetGrammarErrorCode"),
            grammarErrorStart: try library.function("voikkoGetGrammarErrorStartPos"),
            grammarErrorLength: try library.function("voikkoGetGrammarErrorLength"),
            grammarErrorSuggestions: try library.function("voikkoGetGrammarErrorSuggestions"),
            grammarErrorDescription: try library.function("voikkoGetGrammarErrorShortDescription"),
            freeErrorMessage: try library.function("voikkoFreeErrorMessageCstr"), freeGrammarError: try library.function("voikkoFreeGrammarError"))
    }
}
