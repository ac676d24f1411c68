import CStemmer

/// libstemmer's functions, looked up when the first stemmer is made.
struct LibStemmer: Sendable {
    let new: @convention(c) (UnsafePointer<CChar>?, UnsafePointer<CChar>?) -> OpaquePointer?
    let delete: @convention(c) (OpaquePointer?) -> Void
    let stem: @convention(c) (OpaquePointer?, UnsafePointer<sb_symbol>?, Int32) -> UnsafePointer<sb_symbol>?
    let length: @convention(c) (OpaquePointer?) -> Int32

    /// The library, loaded on first use (once per process).
    static let shared: Result<LibStemmer, LanguageLibraryError> = Result { () throws(LanguageLibraryError) in
        let library = try SharedLibrary(name: "libstemmer", fileNames: ["libstemmer.so.0d", "libstemmer.so.0", "libstemmer.so", "libstemmer.dylib"],
                                        package: "libstemmer0d")
        return LibStemmer(new: try library.function("sb_stemmer_new"), delete: try library.function("sb_stemmer_delete"),
                          stem: try library.function("sb_stemmer_stem"), length: try library.function("sb_stemmer_length"))
    }
}
