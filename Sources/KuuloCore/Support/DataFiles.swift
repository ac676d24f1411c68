import Foundation

/// The Prompts, Knowledge and Schema files Kuulo runs on: the embedded defaults, overridden file by
/// file by an organisation's own folder. Parsed files are cached; a broken override is reported in
/// `warnings` and the embedded default is used instead. Flows and commands are read with the texts of
/// their per-language files laid over them (`LanguageOverlay`), so a folder that adds
/// `Prompts/flows/setup.sv.yaml` adds Swedish texts to the setup flow.
public final class DataFiles {
    /// The defaults compiled into the binary, keyed by relative path.
    public let embedded: [String: String]
    /// The organisation's own files, keyed by relative path.
    public let overrides: [String: String]
    /// Embedded YAML files already converted to JSON at build time (faster to read). Flows and commands
    /// among them hold their built-in per-language texts already (see `kuulo-embed`).
    public let embeddedJSON: [String: String]
    /// Embedded flow and command structure files as JSON without the texts of their per-language files.
    public let embeddedStructureJSON: [String: String]
    /// The build-time index of a built-in text file of the `TextCatalog` (`Prompts/messages.fi.yaml`),
    /// when the data set has one: texts are then read one entry at a time instead of file by file.
    public let embeddedTextIndex: (String) -> EmbeddedTextIndex?
    /// Values made from the embedded files at build time (commands, language packs, sections, the
    /// onboarding's layout), used for the files the organisation leaves as they are.
    public let prebuilt: PrebuiltData?
    /// Problems found in override files so far.
    public private(set) var warnings: [DataFileError] = []
    private var cache: [String: JSONValue] = [:]

    /// Creates the data set.
    public init(embedded: [String: String], embeddedJSON: [String: String] = [:], embeddedStructureJSON: [String: String] = [:],
                overrides: [String: String] = [:], prebuilt: PrebuiltData? = nil,
                embeddedTextIndex: @escaping (String) -> EmbeddedTextIndex? = { _ in nil }) {
        self.prebuilt = prebuilt
        self.embedded = embedded
        self.embeddedJSON = embeddedJSON
        self.embeddedStructureJSON = embeddedStructureJSON
        self.overrides = overrides
        self.embeddedTextIndex = embeddedTextIndex
    }

    /// The raw text of a file, override first.
    public func text(_ path: String) -> String? {
        overrides[path] ?? embedded[path]
    }

    /// Every known path (embedded and overrides) under a folder prefix, sorted. The per-language text
    /// files of flows and commands (`flows/setup.fi.yaml`) are not listed: `tree(_:)` of their structure
    /// file already holds their texts.
    public func paths(under prefix: String) -> [String] {
        // Filtered before sorting: start-up asks for one small folder (the language packs) of ~100 files.
        let matching = embedded.keys.filter { $0.hasPrefix(prefix) } + overrides.keys.filter { $0.hasPrefix(prefix) && embedded[$0] == nil }
        return matching.filter { !isFoldedTextFile($0) }.sorted()
    }

    /// The per-language text files of a structure file (`Prompts/flows/setup.yaml` →
    /// `Prompts/flows/setup.en.yaml`, `setup.fi.yaml`, …), embedded and overrides, sorted by path.
    public func textFiles(of structure: String) -> [(path: String, code: String)] {
        guard LanguageOverlay.takesTexts(structure) else { return [] }
        let stem = String(structure.dropLast(".yaml".count)) + "."
        let candidates = Set(embedded.keys.filter { $0.hasPrefix(stem) }).union(overrides.keys.filter { $0.hasPrefix(stem) })
        return candidates.sorted().compactMap { path in
            guard let file = LanguageOverlay.textFile(path), file.structure == structure else { return nil }
            return (path, file.code)
        }
    }

    /// A YAML or JSON file parsed into a tree, or `nil` when no usable version exists. Flows and
    /// commands come with the texts of their per-language files laid over them (`LanguageOverlay`).
    public func tree(_ path: String) -> JSONValue? {
        if let cached = cache[path] { return cached }
        guard let (own, source) = ownTree(path) else { return nil }
        let result = LanguageOverlay.takesTexts(path) ? withTexts(own, of: path, from: source) : own
        cache[path] = result
        return result
    }

    /// The built-in structure of a flow or the commands without any texts, when the organisation
    /// overrides neither the file nor its per-language files; `nil` otherwise (read `tree(_:)` then).
    /// Cheaper to read than the whole tree when only the structure matters.
    public func builtInStructure(_ path: String) -> JSONValue? {
        guard isBuiltIn(path), let json = embeddedStructureJSON[path] else { return nil }
        return try? JSONParser.parse(json)
    }

    /// Whether the organisation overrides neither the file at `path` nor its per-language text files.
    public func isBuiltIn(_ path: String) -> Bool {
        guard !overrides.isEmpty else { return true }
        let stem = String(path.dropLast(".yaml".count)) + "."
        return !overrides.keys.contains { $0 == path || $0.hasPrefix(stem) }
    }

    /// The values made at build time, when the file at `path` (a file whose texts may name languages:
    /// the commands, the sections) is built in and exactly the languages they were made with are
    /// installed; `nil` when it must be read.
    public func prebuilt(for path: String) -> PrebuiltData? {
        guard let prebuilt, isBuiltIn(path), prebuilt.languages == Language.allCases.map(\.code) else { return nil }
        return prebuilt
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

    private func isFoldedTextFile(_ path: String) -> Bool {
        guard let file = LanguageOverlay.textFile(path) else { return false }
        return embedded[file.structure] != nil || overrides[file.structure] != nil
    }

    /// Where a file's tree came from.
    private enum Source {
        /// The organisation's folder.
        case override
        /// The build-time JSON, which already holds the built-in texts.
        case embeddedJSON
        /// The embedded YAML text.
        case embeddedText
    }

    /// The file itself, override first, and where it came from.
    private func ownTree(_ path: String) -> (JSONValue, Source)? {
        if let tree = overrideTree(path) { return (tree, .override) }
        if let json = embeddedJSON[path], let tree = try? JSONParser.parse(json) { return (tree, .embeddedJSON) }
        return embedded[path].flatMap { parsedReporting($0, path: path) }.map { ($0, .embeddedText) }
    }

    private func overrideTree(_ path: String) -> JSONValue? {
        overrides[path].flatMap { parsedReporting($0, path: path) }
    }

    private func embeddedTree(_ path: String) -> JSONValue? {
        if let json = embeddedJSON[path], let tree = try? JSONParser.parse(json) { return tree }
        return embedded[path].flatMap { parsedReporting($0, path: path) }
    }

    /// The parsed file, or `nil` with the problem added to `warnings`.
    private func parsedReporting(_ text: String, path: String) -> JSONValue? {
        do {
            return try parse(text, path: path)
        } catch {
            warnings.append(error)
            return nil
        }
    }

    /// Lays the text files over a structure: per language, the built-in file first (unless the
    /// build-time JSON holds it already), then the organisation's. Built-in texts only fill in under an
    /// organisation's own structure file, which may have dropped steps; an override text file that
    /// does not fit is reported and left out.
    private func withTexts(_ structure: JSONValue, of path: String, from source: Source) -> JSONValue {
        var result = structure
        for (textPath, code) in textFiles(of: path) {
            let builtIn = source == .embeddedJSON ? nil : embeddedTree(textPath)
            let layers: [(tree: JSONValue?, mode: LanguageOverlay.Mode, text: String?)] = [
                (builtIn, source == .override ? .fillIn : .replace, embedded[textPath]),
                (overrideTree(textPath), .replace, overrides[textPath]),
            ]
            for case let (tree?, mode, text) in layers {
                do {
                    result = try LanguageOverlay.apply(LanguageOverlay.TextFile(code: code, path: textPath, tree: tree), to: result, mode: mode)
                } catch {
                    warn(error.dataFileError(text: text))
                }
            }
        }
        return result
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
