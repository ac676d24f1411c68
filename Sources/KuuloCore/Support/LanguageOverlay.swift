import Foundation

/// Lays per-language text files over the structure file they belong to, so that flows and commands
/// keep their texts the way messages do: `Prompts/flows/setup.yaml` holds the steps, fields and
/// options, and `Prompts/flows/setup.fi.yaml`, `setup.en.yaml`, … hold only the texts, one file per
/// language. The result is the tree with inline `{code: text}` maps that the decoders read, so a new
/// language is a set of files and no Swift.
///
/// A text file mirrors its structure file's shape:
/// - mappings are matched key by key; a mapping the structure lacks is created;
/// - lists are lists of mappings matched by their `id` (steps, groups, commands) or else `value`
///   (options) entry; an entry that matches no item is an error;
/// - a leaf (a string, another scalar, or a list of scalars such as a per-language default) becomes
///   `structure[…][key][code] = text`; it must land on nothing or on a text map, never on a
///   structural value.
public enum LanguageOverlay {
    /// How a text file is laid over its structure.
    public enum Mode: Sendable {
        /// The file's texts replace the structure's own in that language; every problem is an error.
        case replace
        /// The file fills in only texts the structure lacks in that language and skips what does not
        /// fit: built-in texts under an organisation's own structure file, which may have dropped or
        /// renamed steps.
        case fillIn
    }

    /// A parsed per-language text file.
    public struct TextFile: Sendable {
        /// The language code, from the file name (`fi` in `setup.fi.yaml`).
        public var code: String
        /// The file's path, for errors.
        public var path: String
        /// The parsed file.
        public var tree: JSONValue

        /// Creates a text file.
        public init(code: String, path: String, tree: JSONValue) {
            self.code = code
            self.path = path
            self.tree = tree
        }
    }

    /// Whether `path` is a structure file whose texts may live in per-language files:
    /// `Prompts/commands.yaml` and `Prompts/flows/<name>.yaml`.
    public static func takesTexts(_ path: String) -> Bool {
        if path == "Prompts/commands.yaml" { return true }
        guard path.hasPrefix(flowFolder), path.hasSuffix(".yaml") else { return false }
        let name = path.dropFirst(flowFolder.count).dropLast(".yaml".count)
        return !name.isEmpty && !name.contains(".") && !name.contains("/")
    }

    /// The structure file and language code of a per-language text file
    /// (`Prompts/flows/setup.fi.yaml` → `Prompts/flows/setup.yaml`, `fi`), or `nil` when `path` is not one.
    public static func textFile(_ path: String) -> (structure: String, code: String)? {
        guard path.hasSuffix(".yaml") else { return nil }
        let stem = path.dropLast(".yaml".count)
        guard let dot = stem.lastIndex(of: ".") else { return nil }
        let code = String(stem[stem.index(after: dot)...])
        let structure = stem[..<dot] + ".yaml"
        guard isLanguageCode(code), takesTexts(String(structure)) else { return nil }
        return (String(structure), code)
    }

    /// Lays one text file over `structure` and returns the merged tree.
    public static func apply(_ file: TextFile, to structure: JSONValue, mode: Mode = .replace) throws(LanguageOverlayError) -> JSONValue {
        guard let texts = file.tree.objectValue else {
            if file.tree == .null { return structure }
            throw LanguageOverlayError(path: file.path, pointer: JSONPointer(), problem: .notAMapping)
        }
        guard let members = structure.objectValue else {
            throw LanguageOverlayError(path: file.path, pointer: JSONPointer(), problem: .collision(structureType: structure.typeName))
        }
        let merger = Merger(code: file.code, path: file.path, mode: mode)
        return .object(try merger.merge(texts, into: members, at: JSONPointer()))
    }

    /// Lays text files over `structure` one after another, in order.
    public static func apply(_ files: [TextFile], to structure: JSONValue, mode: Mode = .replace) throws(LanguageOverlayError) -> JSONValue {
        var result = structure
        for file in files {
            result = try apply(file, to: result, mode: mode)
        }
        return result
    }

    /// Merges every structure file among `trees` (keyed by path) with its text files among them, as
    /// `kuulo-embed` does for the built-in data; text files are applied in order of their language code.
    public static func merged(_ trees: [String: JSONValue]) throws(LanguageOverlayError) -> [String: JSONValue] {
        var texts: [String: [TextFile]] = [:]
        for path in trees.keys.sorted() {
            guard let (structure, code) = textFile(path), let tree = trees[path] else { continue }
            texts[structure, default: []].append(TextFile(code: code, path: path, tree: tree))
        }
        var result = trees
        for (structure, files) in texts.sorted(by: { $0.key < $1.key }) {
            guard let tree = trees[structure] else {
                let first = files.first?.path ?? structure
                throw LanguageOverlayError(path: first, pointer: JSONPointer(), problem: .noStructureFile(structure))
            }
            result[structure] = try apply(files, to: tree)
        }
        return result
    }

    /// Texts that some languages give and others do not, in the structure files among `merged` (the
    /// result of `merged(_:)`, keyed by path): for each structure file, every text must be given in
    /// every language that has a text file for it. The errors name the structure file and the place of
    /// the text in it.
    public static func missingTexts(in merged: [String: JSONValue]) -> [LanguageOverlayError] {
        var codes: [String: Set<String>] = [:]
        for path in merged.keys {
            if let (structure, code) = textFile(path) { codes[structure, default: []].insert(code) }
        }
        var problems: [LanguageOverlayError] = []
        for (structure, languages) in codes.sorted(by: { $0.key < $1.key }) {
            guard let tree = merged[structure] else { continue }
            collectMissing(in: tree, codes: languages, at: JSONPointer()) { pointer, missing in
                problems.append(LanguageOverlayError(path: structure, pointer: pointer, problem: .missingLanguages(missing)))
            }
        }
        return problems
    }

    private static func collectMissing(in tree: JSONValue, codes: Set<String>, at pointer: JSONPointer,
                                       _ report: (JSONPointer, [String]) -> Void) {
        switch tree {
        case .object(let members):
            if !members.isEmpty, members.keys.allSatisfy(codes.contains), members.values.allSatisfy(isText) {
                let missing = codes.subtracting(members.keys).sorted()
                if !missing.isEmpty { report(pointer, missing) }
                return
            }
            for (key, value) in members.sorted(by: { $0.key < $1.key }) {
                collectMissing(in: value, codes: codes, at: pointer.appending(key), report)
            }
        case .array(let items):
            for (index, item) in items.enumerated() {
                collectMissing(in: item, codes: codes, at: pointer.appending(String(index)), report)
            }
        default:
            return
        }
    }

    static let flowFolder = "Prompts/flows/"

    private static func isLanguageCode(_ code: String) -> Bool {
        guard (2...8).contains(code.count), code.first?.isLetter == true else { return false }
        return code.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("A"..."Z").contains($0) || $0 == "-" || $0 == "_" }
    }

    /// Whether a value is a text: a scalar, or a list of scalars.
    static func isText(_ value: JSONValue) -> Bool {
        switch value {
        case .string, .int, .double, .bool: return true
        case .array(let items): return items.allSatisfy { item in
            switch item {
            case .string, .int, .double, .bool: return true
            default: return false
            }
        }
        case .null, .object: return false
        }
    }
}

/// The recursive walk of one text file over its structure.
private struct Merger {
    let code: String
    let path: String
    let mode: LanguageOverlay.Mode

    /// The keys list items are matched by, in order of preference.
    static let matchKeys = ["id", "value"]

    func merge(_ texts: [String: JSONValue], into structure: [String: JSONValue], at pointer: JSONPointer) throws(LanguageOverlayError) -> [String: JSONValue] {
        var result = structure
        for (key, value) in texts.sorted(by: { $0.key < $1.key }) {
            let here = pointer.appending(key)
            if LanguageOverlay.isText(value) {
                if let placed = try place(value, over: structure[key], at: here) { result[key] = placed }
            } else if let members = value.objectValue {
                switch structure[key] {
                case nil: result[key] = .object(try merge(members, into: [:], at: here))
                case .object(let inner)?: result[key] = .object(try merge(members, into: inner, at: here))
                case let other?: try problem(.collision(structureType: other.typeName), at: here)
                }
            } else if let items = value.arrayValue {
                guard case .array(let list)? = structure[key] else {
                    try problem(.unmatched(description: "no list '\(key)' in the structure"), at: here)
                    continue
                }
                result[key] = .array(try merge(items, into: list, at: here))
            } else {
                try problem(.notText, at: here)
            }
        }
        return result
    }

    private func merge(_ items: [JSONValue], into list: [JSONValue], at pointer: JSONPointer) throws(LanguageOverlayError) -> [JSONValue] {
        var result = list
        var seen: [JSONValue] = []
        for (index, item) in items.enumerated() {
            let here = pointer.appending(String(index))
            guard let members = item.objectValue else {
                try problem(.listItemNotAMapping, at: here)
                continue
            }
            guard let key = Self.matchKeys.first(where: { members[$0] != nil }), let wanted = members[key] else {
                try problem(.missingMatchKey, at: here)
                continue
            }
            let entry = JSONValue.object([key: wanted])
            if seen.contains(entry) {
                try problem(.duplicate(description: "\(key) '\(Self.describe(wanted))'"), at: here.appending(key))
                continue
            }
            seen.append(entry)
            guard let position = list.firstIndex(where: { $0[key] == wanted }), case .object(let target) = list[position] else {
                let what = pointer.tokens.last.map { "'\($0)'" } ?? "the list"
                try problem(.unmatched(description: "no item of \(what) has \(key) '\(Self.describe(wanted))'"), at: here.appending(key))
                continue
            }
            var rest = members
            rest[key] = nil
            result[position] = .object(try merge(rest, into: target, at: here))
        }
        return result
    }

    /// The structure value with `text` put in as this language's entry, or `nil` to leave it as it is.
    private func place(_ text: JSONValue, over existing: JSONValue?, at pointer: JSONPointer) throws(LanguageOverlayError) -> JSONValue? {
        guard let existing else { return .object([code: text]) }
        guard case .object(var map) = existing, map.values.allSatisfy(LanguageOverlay.isText) else {
            try problem(.collision(structureType: existing.typeName), at: pointer)
            return nil
        }
        if mode == .fillIn, map[code] != nil { return nil }
        map[code] = text
        return .object(map)
    }

    /// Throws in `replace` mode; in `fillIn` mode the offending entry is skipped.
    private func problem(_ kind: LanguageOverlayError.Problem, at pointer: JSONPointer) throws(LanguageOverlayError) {
        guard mode == .replace else { return }
        throw LanguageOverlayError(path: path, pointer: pointer, problem: kind)
    }

    private static func describe(_ value: JSONValue) -> String {
        switch value {
        case .string(let text): return text
        case .int(let number): return String(number)
        default: return value.typeName
        }
    }
}
