import KuuloCore
import KuuloData

/// The embedded data files, for places that need them before an `AppContext` exists.
enum EmbeddedFilesAccess {
    /// The built-in data set with an organisation's files laid over it, its texts read by key from the
    /// build-time indexes, and the values every start reads made at build time (`PrebuiltData`).
    static func dataFiles(overrides: [String: String] = [:]) -> DataFiles {
        DataFiles(embedded: EmbeddedFiles.all, embeddedJSON: EmbeddedFiles.parsedYAML, embeddedStructureJSON: EmbeddedFiles.structureJSON,
                  overrides: overrides, prebuilt: EmbeddedFiles.prebuilt()) { path in
            EmbeddedFiles.textIndex(path).map { EmbeddedTextIndex(keys: $0.keys, entries: $0.entries) }
        }
    }
}
