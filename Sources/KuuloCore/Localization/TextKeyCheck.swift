import Foundation

/// The build-time check of the text files (`kuulo-embed` runs it on the built-in files): every key
/// the code uses has a text in every built-in language, no file has a key that nothing uses, and
/// every plural entry has the forms its language's rule needs. Problems come with file, line and
/// column, like the compiler's.
public enum TextKeyCheck {
    /// What the files must hold.
    public struct Expectation: Sendable {
        /// The keys the code uses.
        public var used: Set<TextKey>
        /// The parts of the key space the code owns (prefixes, `message`, `export.texts`): a key there
        /// must be in `used`. A key elsewhere (the export file's lists, values and commands, which
        /// the code reads by the plan's own values) must be in the English file instead.
        public var owned: [TextKey]

        /// Creates an expectation.
        public init(used: Set<TextKey>, owned: [TextKey]) {
            self.used = used
            self.owned = owned
        }

        /// Whether the code owns the part of the key space `key` is in.
        func owns(_ key: TextKey) -> Bool {
            owned.contains { $0.namespace == key.namespace && key.components.starts(with: $0.components) }
        }
    }

    /// The keys the code uses: every `MessageKey`, every message and summary id of the rule registry
    /// (with the word lists of `data`), every `ExportTextKey`, and a heading for every section of
    /// `Prompts/sections.yaml`.
    public static func codeExpectation(data: DataFiles) -> Expectation {
        var used = Set(MessageKey.allCases.map(TextKey.message))
        used.formUnion(RuleRegistry.messageIDs(data: DraftRuleData(data: data)).map(TextKey.check))
        used.formUnion(RuleRegistry.all.map { TextKey.check($0.summaryID) })
        used.formUnion(ExportTextKey.allCases.map(TextKey.export))
        used.formUnion(PlanStructure(data: data).sections.map { TextKey(.export, ["sections", $0.id]) })
        let owned = [TextKey(.message, []), TextKey(.check, []), TextKey(.export, ["texts"]), TextKey(.export, ["sections"])]
        return Expectation(used: used, owned: owned)
    }

    /// The problems of the text files among `files` (relative path → text) for the languages of
    /// `packs`, sorted by file and line.
    public static func problems(files: [String: String], packs: [LanguagePack], expectation: Expectation) -> [DataFileError] {
        let data = DataFiles(embedded: files)
        var problems: [DataFileError] = []
        for namespace in TextKey.Namespace.allCases {
            let reference = located(namespace, code: TextCatalog.fallbackLanguage.code, data: data)
            for pack in packs {
                let own = pack.code == TextCatalog.fallbackLanguage.code ? reference : located(namespace, code: pack.code, data: data)
                problems += check(own, reference: reference, namespace: namespace, pack: pack, expectation: expectation, data: data)
            }
        }
        return problems.sorted { ($0.path, $0.line ?? 0, $0.column ?? 0, $0.problem) < ($1.path, $1.line ?? 0, $1.column ?? 0, $1.problem) }
    }

    /// An entry of a file and where it is.
    private struct Located {
        var entry: TextEntry
        var key: TextKey
        var path: String
        var text: String

        /// A problem at the entry's line and column (found only when reported: it parses the file again).
        func problem(_ description: String) -> DataFileError {
            let mark = YAMLData.position(of: key.pointer, in: text)
            return DataFileError(path: path, line: mark?.line, column: mark?.column, problem: description)
        }
    }

    /// The entries of a namespace's files in one language, with their places.
    private static func located(_ namespace: TextKey.Namespace, code: String, data: DataFiles) -> [TextKey: Located] {
        var result: [TextKey: Located] = [:]
        for path in TextCatalog.paths(namespace, code: code, data: data) {
            guard let tree = data.tree(path), let text = data.text(path) else { continue }
            for (components, entry) in TextCatalog.entries(of: tree) {
                let key = TextKey(namespace, components)
                result[key] = Located(entry: entry, key: key, path: path, text: text)
            }
        }
        return result
    }

    private static func check(_ own: [TextKey: Located], reference: [TextKey: Located], namespace: TextKey.Namespace,
                              pack: LanguagePack, expectation: Expectation, data: DataFiles) -> [DataFileError] {
        var problems: [DataFileError] = []
        let paths = TextCatalog.paths(namespace, code: pack.code, data: data)
        let fallback = TextCatalog.fallbackLanguage.code
        // Keys the language lacks: those the code uses, and outside the code's part those English has.
        let needed = expectation.used.filter { $0.namespace == namespace }
            .union(reference.keys.filter { !expectation.owns($0) })
        for key in needed.sorted() where own[key] == nil {
            let english = reference[key]
            // The file to add it to: the one of the same area as the English text's, else the first.
            let path = english.map { $0.path.replacingOccurrences(of: ".\(fallback).yaml", with: ".\(pack.code).yaml") }
                .flatMap { paths.contains($0) ? $0 : nil } ?? paths.first ?? "Prompts/checks/rules.\(pack.code).yaml"
            let why = expectation.owns(key) ? "the code uses it" : "the English file has it"
            let hint = english.map { " (English: \(place($0.problem(""))))" } ?? ""
            let line = data.text(path) == nil ? nil : 1
            problems.append(DataFileError(path: path, line: line, column: line, problem: "missing text '\(key)': \(why)\(hint)"))
        }
        for (key, located) in own.sorted(by: { $0.key < $1.key }) {
            if expectation.owns(key) ? !expectation.used.contains(key) : reference[key] == nil {
                let why = expectation.owns(key) ? "no code uses it" : "the English file has no such key"
                problems.append(located.problem("unused text '\(key)': \(why)"))
            }
            if case .plural(let forms) = located.entry {
                let lacking = pack.plurals.categories.filter { forms[$0] == nil }.map(\.rawValue)
                let extra = forms.keys.filter { !pack.plurals.categories.contains($0) }.map(\.rawValue).sorted()
                if !lacking.isEmpty || !extra.isEmpty {
                    let rule = "plural rule \(pack.plurals.rawValue) takes \(pack.plurals.categories.map(\.rawValue).joined(separator: ", "))"
                    problems.append(located.problem("text '\(key)' has the wrong plural forms: \(rule)"))
                }
            }
        }
        return problems
    }

    /// `path:line:column`, as far as known.
    public static func place(_ error: DataFileError) -> String {
        [error.path, error.line.map(String.init), error.column.map(String.init)].compactMap { $0 }.joined(separator: ":")
    }
}
