import KuuloData

/// The embedded data files, for places that need them before an `AppContext` exists.
enum EmbeddedFilesAccess {
    static var all: [String: String] { EmbeddedFiles.all }
    static var parsedYAML: [String: String] { EmbeddedFiles.parsedYAML }
}
