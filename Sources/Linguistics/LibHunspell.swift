import CHunspell

/// libhunspell's functions, looked up when the first dictionary is opened (once per process).
struct LibHunspell: Sendable {
    /// `Hunspell_suggest`, `Hunspell_stem`: a word's list of strings and its length.
    typealias ListFunction = @convention(c) (OpaquePointer?, UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>?,
                                             UnsafePointer<CChar>?) -> Int32
    let create: @convention(c) (UnsafePointer<CChar>?, UnsafePointer<CChar>?) -> OpaquePointer?
    let destroy: @convention(c) (OpaquePointer?) -> Void
    let spell: @convention(c) (OpaquePointer?, UnsafePointer<CChar>?) -> Int32
    let suggest: ListFunction
    let stem: ListFunction
    let freeList: @convention(c) (OpaquePointer?, UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>?, Int32) -> Void

    /// The library, loaded on first use.
    static let shared: Result<LibHunspell, LanguageLibraryError> = Result { () throws(LanguageLibraryError) in
        let library = try SharedLibrary(name: "libhunspell", fileNames: ["libhunspell-1.7.so.0", "libhunspell-1.7.so", "libhunspell.so",
                                                                         "libhunspell-1.7.0.dylib", "libhunspell.dylib"],
                                        package: "libhunspell-1.7-0")
        return LibHunspell(create: try library.function("Hunspell_create"), destroy: try library.function("Hunspell_destroy"),
                           spell: try library.function("Hunspell_spell"), suggest: try library.function("Hunspell_suggest"),
                           stem: try library.function("Hunspell_stem"), freeList: try library.function("Hunspell_free_list"))
    }
}
