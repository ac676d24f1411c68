import Foundation

/// The Prompts, Knowledge and Schema files Kuulo runs on: the embedded defaults, overridden file by
/// file by an organisation's own folder. Parsed files are cached; a broken override is reported in
/// `warnings` and the embedded default is used instead.
public final class DataFiles {
    /// The defaults compiled into the binary, keyed by relative path.
    public let embedded: [String: String]
    /// The organisation's own files, keyed by relative path.
    public let overrides: [String: String]
    /// Embedded YAML files already converted to JSON at build time (faster to read).
    public let embeddedJSON: [String: String]
    /// Problems found in override files so far.
    public private(set) var warnings: [DataFileError] = []
    private var cache: [String: JSONValue] = [:]

    /// Creates the data set.
    public init(embedded: [String: String], embeddedJSON: [String: String] = [:], overrides: [String: String] = [:]) {
        self.embedded = embedded
        self.embeddedJSON = embeddedJSON
        self.overrides = overrides
    }

    /// The raw text of a file, override first.
    public func text(_ path: String) -> String? {
        overrides[path] ?? embedded[path]
    }

    /// Every known path (embedded and overrides) under a folder prefix, sorted.
    public func paths(under prefix: String) -> [String] {
        Set(embedded.keys).union(overrides.keys).filter { $0.hasPrefix(prefix) }.sorted()
    }

    /// A YAML or JSON file parsed into a tree, or `nil` when no usable version exists.
    public func tree(_ path: String) -> JSONValue? {
        if let cached = cache[path] { return cached }
        var result: JSONValue?
        if let text = overrides[path] {
            do {
                result = try parse(text, path: path)
            } catch {
                warnings.append(error)
            }
        }
        if result == nil, let json = embeddedJSON[path], let tree = try? JSONParser.parse(json) {
            result = tree
        }
        if result == nil, let text = embedded[path] {
            do {
                result = try parse(text, path: path)
            } catch {
                warnings.append(error)
            }
        }
        if let result { cache[path] = result }
        return result
    }

    /// Records a problem found while interpreting a file (for example a Knowledge article with bad front matter).
    public func warn(_ problem: DataFileError) {
        if !warnings.contains(problem) { warnings.append(problem) }
    }

    /// Takes the warnings collected so far, leaving none.
    public func drainWarnings() -> [DataFileError] {
        defer { warnings = [] }
        return warnings
    }

    private func parse(_ text: String, path: String) throws(DataFileError) -> JSONValue {
        if path.hasSuffix(".json") {
            do {
                return try JSONParser.parse(text)
            } catch {
                throw DataFileError(path: path, line: error.line, column: error.column, problem: "\(error.kind)")
            }
        }
        return try YAMLData.parse(text, path: path)
    }
}
