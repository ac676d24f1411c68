#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A C library opened with `dlopen` the first time Kuulo needs it, instead of being linked.
///
/// libvoikko, libhunspell and libstemmer pull in ICU, libxml2 and libarchive; linked, they are loaded
/// and relocated at every start, although most runs (the chat up to its first question, `kuulo plan`)
/// never call them. Their headers still give the types (`CVoikko`, `CHunspell`, `CStemmer` link nothing).
/// The handle is never closed: a library, once loaded, stays for the life of the process.
struct SharedLibrary: @unchecked Sendable {
    /// The library's short name (`libvoikko`), for messages.
    let name: String
    private let handle: UnsafeMutableRawPointer

    /// Opens the first of `fileNames` the dynamic loader finds.
    /// - Throws: `LanguageLibraryError.notInstalled` naming `package` when none is found.
    init(name: String, fileNames: [String], package: String) throws(LanguageLibraryError) {
        for fileName in fileNames {
            if let opened = dlopen(fileName, RTLD_NOW | RTLD_LOCAL) {
                self.name = name
                self.handle = opened
                return
            }
        }
        throw .notInstalled(library: name, package: package)
    }

    /// The function `symbol` of the library as the C function type `T`.
    /// - Throws: `LanguageLibraryError.missingFunction` when the library has no such symbol (too old a
    ///   version).
    func function<T>(_ symbol: String, as type: T.Type = T.self) throws(LanguageLibraryError) -> T {
        guard let address = dlsym(handle, symbol) else { throw .missingFunction(library: name, function: symbol) }
        return unsafeBitCast(address, to: type)
    }
}
