/// The default `Prompts/` and `Knowledge/` files, compiled into the binary.
///
/// Keys are paths relative to the package root, such as `Prompts/messages.fi.yaml`.
public enum EmbeddedFiles {
    /// Every embedded file, keyed by its relative path.
    public static var all: [String: String] { table }

    /// The YAML files among them, already parsed at build time and stored as compact JSON; flows and
    /// commands with the texts of their built-in per-language files already laid over them.
    public static var parsedYAML: [String: String] { parsedTable }

    /// The flows' and the commands' structure files as compact JSON without their texts (the
    /// per-language files laid over them in `parsedYAML`).
    public static var structureJSON: [String: String] { structureTable }

    /// A text catalog file's entries (`Prompts/messages.fi.yaml`), made at build time: the keys, their
    /// mapping keys joined by U+001F and sorted, and beside each its entry as compact JSON; `nil` for
    /// any other file.
    public static func textIndex(_ path: String) -> (keys: [String], entries: [String])? {
        textIndexTable(path)
    }
}
