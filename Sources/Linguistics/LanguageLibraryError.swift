/// Why a language library (libvoikko, libhunspell, libstemmer) could not be loaded.
public enum LanguageLibraryError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The shared library is not installed; `package` is the Debian package that installs it.
    case notInstalled(library: String, package: String)
    /// The installed library lacks a function Kuulo calls (a version too old).
    case missingFunction(library: String, function: String)
    /// The library has nothing for `name` (a stemming algorithm or language it does not know).
    case noAlgorithm(library: String, name: String)

    /// An English explanation with what to install.
    public var description: String {
        switch self {
        case .notInstalled(let library, let package):
            "\(library) is not installed (Debian and Ubuntu: apt-get install \(package))"
        case .missingFunction(let library, let function):
            "\(library) has no function \(function): the installed version is too old"
        case .noAlgorithm(let library, let name):
            "\(library) has nothing for \(name)"
        }
    }
}
