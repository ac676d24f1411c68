import Foundation

/// Every user-facing text of every installed language, under one key scheme (`TextKey`): the chat's
/// messages, the check findings and the written plan's words.
///
/// - **Files.** A namespace's texts in a language come from its files for that language's code:
///   `Prompts/messages.<code>.yaml`, every `Prompts/checks/<area>.<code>.yaml`, and
///   `Prompts/export.<code>.yaml`. A new language adds those files and its pack; no Swift changes.
///   An organisation's copy of a file is laid over the built-in one key by key, so it may hold only
///   the texts it changes.
/// - **One fallback rule.** A text missing in the requested language is taken from English
///   (`fallbackLanguage`); a text missing in English too is up to the caller (`text` gives the key's
///   path, the thin views keep what they always gave).
/// - **One placeholder filler**, `fillTemplate`: `{name}` is replaced by the argument `name`, and
///   `{count}` by the count when one is given and no argument is named so.
/// - **Plurals.** An entry may hold a form per plural category (`TextEntry.plural`); the language's
///   pack names the rule that picks the form for a count (`LanguagePack.plurals`).
///
/// `kuulo-embed` checks the built-in files against the keys the code uses (`TextKeyCheck`), so a
/// missing or an unused key fails the build. A language's texts are read the first time one is needed:
/// from the built-in files' `EmbeddedTextIndex` one entry at a time when the data set has one and no
/// organisation's file takes part, else by reading the whole files into a table.
public final class TextCatalog {
    /// The language every missing text falls back to.
    public static let fallbackLanguage = Language.en

    private enum Source {
        case data(DataFiles)
        case tables([String: [TextKey: TextEntry]])
    }

    /// A table read, by its namespace and language code. A list, not a dictionary: there are a handful,
    /// and the first dictionary of a new key type costs ~0.4 M instructions of runtime type look-ups.
    private struct LoadedTable {
        var namespace: TextKey.Namespace
        var code: String
        var table: Table
    }

    /// A namespace's texts in one language.
    private enum Table {
        /// Every entry, read from the files.
        case full([TextKey: TextEntry])
        /// The built-in files' indexes, the file read last (whose entries win) first.
        case indexed([EmbeddedTextIndex])
    }

    private let source: Source
    private var loaded: [LoadedTable] = []

    /// Reads the texts from a data set, a language's files when first needed.
    public init(data: DataFiles) {
        self.source = .data(data)
    }

    /// Creates a catalog from explicit entries (tests).
    public init(tables: [Language: [TextKey: TextEntry]]) {
        self.source = .tables(Dictionary(uniqueKeysWithValues: tables.map { ($0.key.code, $0.value) }))
    }

    // MARK: - Lookup

    /// The entry for `key` in `language` itself, without falling back.
    public func ownEntry(_ key: TextKey, in language: Language) -> TextEntry? {
        switch table(key.namespace, code: language.code) {
        case .full(let entries): return entries[key]
        case .indexed(let indexes):
            for index in indexes {
                if let entry = index.entry(key.components) { return entry }
            }
            return nil
        }
    }

    /// Whether `language` itself has a text for `key`.
    public func has(_ key: TextKey, in language: Language) -> Bool {
        ownEntry(key, in: language) != nil
    }

    /// The keys of a namespace that `language` itself has.
    public func keys(_ namespace: TextKey.Namespace, in language: Language) -> Set<TextKey> {
        switch table(namespace, code: language.code) {
        case .full(let entries): return Set(entries.keys)
        case .indexed(let indexes):
            return Set(indexes.flatMap(\.keys).map { TextKey(namespace, EmbeddedTextIndex.components($0)) })
        }
    }

    /// The entry for `key` and the language it was found in: `language`, else English.
    public func entry(_ key: TextKey, _ language: Language) -> (entry: TextEntry, language: Language)? {
        for candidate in [language, Self.fallbackLanguage] {
            if let entry = ownEntry(key, in: candidate) { return (entry, candidate) }
        }
        return nil
    }

    /// The unfilled text for `key` in `language`, else in English, with the form for `count` when the
    /// entry has plural forms; `nil` when neither has a text.
    public func template(_ key: TextKey, _ language: Language, count: Int? = nil) -> String? {
        guard let (entry, found) = entry(key, language) else { return nil }
        return entry.template(count: count, rule: found.pack.plurals)
    }

    /// The text for `key` in `language` (else English) with its placeholders filled; the key's path
    /// when no language has it.
    /// A `count` argument that is a number picks the plural form too, so every text given a count can
    /// agree with it through its data alone ("1 muutos", "3 muutosta").
    public func text(_ key: TextKey, _ language: Language, _ arguments: [String: String] = [:], count: Int? = nil) -> String {
        let count = count ?? arguments["count"].flatMap { Int($0) }
        guard let template = template(key, language, count: count) else { return key.path }
        var arguments = arguments
        if let count, arguments["count"] == nil || arguments["count"] == String(count) {
            arguments["count"] = number(count, language)
        }
        return fillTemplate(template, arguments)
    }

    /// `value` as the language writes it: digits in groups of three from 1 000 up, with the
    /// language's `groupSeparator` ("1 800" in Finnish with a no-break space, "1,800" in English).
    public func number(_ value: Int, _ language: Language) -> String {
        let separator = template(.message(.groupSeparator), language) ?? ""
        return Self.grouped(value, separator: separator)
    }

    /// `value` with `separator` between groups of three digits when it has four or more.
    static func grouped(_ value: Int, separator: String) -> String {
        let digits = String(value.magnitude)
        guard digits.count > 3, !separator.isEmpty else { return String(value) }
        var groups: [Substring] = []
        var end = digits.endIndex
        while end > digits.startIndex {
            let start = digits.index(end, offsetBy: -3, limitedBy: digits.startIndex) ?? digits.startIndex
            groups.insert(digits[start..<end], at: 0)
            end = start
        }
        return (value < 0 ? "-" : "") + groups.joined(separator: separator)
    }

    /// The list for `key` in `language`, else in English; `nil` when neither has a list there.
    public func list(_ key: TextKey, _ language: Language) -> [String]? {
        guard case .list(let items)? = entry(key, language)?.entry else { return nil }
        return items
    }

    // MARK: - Files

    /// The files that hold a namespace's texts in the language `code`, in the order they are read.
    public static func paths(_ namespace: TextKey.Namespace, code: String, data: DataFiles) -> [String] {
        switch namespace {
        case .message: return ["Prompts/messages.\(code).yaml"]
        case .export: return ["Prompts/export.\(code).yaml"]
        case .check:
            return data.paths(under: "Prompts/checks/").filter { path in
                let parts = (path as NSString).lastPathComponent.split(separator: ".")
                return parts.count == 3 && parts[1] == code && parts[2] == "yaml"
            }
        }
    }

    /// The entries of a parsed text file, with the mapping keys that lead to each; a mapping is
    /// followed down unless it is a plural entry; values that are not text are left out.
    public static func entries(of tree: JSONValue, at prefix: [String] = []) -> [(components: [String], entry: TextEntry)] {
        var result: [(components: [String], entry: TextEntry)] = []
        for (key, value) in (tree.objectValue ?? [:]).sorted(by: { $0.key < $1.key }) {
            if let entry = TextEntry(json: value) {
                result.append((prefix + [key], entry))
            } else if value.objectValue != nil {
                result += entries(of: value, at: prefix + [key])
            }
        }
        return result
    }

    /// Whether `path` is one of the text catalog's files (`messages.fi.yaml`, `checks/tone.en.yaml`,
    /// `export.sv.yaml`): the files `kuulo-embed` makes an `EmbeddedTextIndex` of.
    public static func isTextFile(_ path: String) -> Bool {
        let parts = path.split(separator: "/")
        let name = parts.last?.split(separator: ".") ?? []
        guard name.count == 3, name[2] == "yaml" else { return false }
        if parts.count == 2, parts[0] == "Prompts" { return name[0] == "messages" || name[0] == "export" }
        return parts.count == 3 && parts[0] == "Prompts" && parts[1] == "checks"
    }

    private func table(_ namespace: TextKey.Namespace, code: String) -> Table {
        if let found = loaded.first(where: { $0.namespace == namespace && $0.code == code }) { return found.table }
        var table: [TextKey: TextEntry] = [:]
        switch source {
        case .tables(let tables):
            table = (tables[code] ?? [:]).filter { $0.key.namespace == namespace }
        case .data(let data):
            let paths = Self.paths(namespace, code: code, data: data)
            let indexes = paths.allSatisfy { data.overrides[$0] == nil } ? paths.reversed().compactMap(data.embeddedTextIndex) : []
            if !paths.isEmpty, indexes.count == paths.count {
                loaded.append(LoadedTable(namespace: namespace, code: code, table: .indexed(indexes)))
                return .indexed(indexes)
            }
            for path in paths {
                let layers = data.overrides[path] == nil ? [data.tree(path)] : [Self.builtInTree(path, data: data), data.tree(path)]
                for case let tree? in layers {
                    let entries = Self.entries(of: tree)
                    // One allocation instead of a dozen rehashes as the first message's table fills.
                    table.reserveCapacity(table.count + entries.count)
                    for (components, entry) in entries { table[TextKey(namespace, components)] = entry }
                }
            }
        }
        loaded.append(LoadedTable(namespace: namespace, code: code, table: .full(table)))
        return .full(table)
    }

    /// The built-in version of a file an organisation overrides.
    private static func builtInTree(_ path: String, data: DataFiles) -> JSONValue? {
        if let json = data.embeddedJSON[path], let tree = try? JSONParser.parse(json) { return tree }
        return data.embedded[path].flatMap { try? YAMLData.parse($0, path: path) }
    }
}
