/// The entries of one built-in text file, made at build time by `kuulo-embed`: the entries' keys,
/// sorted, and beside each its entry as compact JSON. The `TextCatalog` looks a key up here by binary
/// search and parses only that entry, so the first message of a run no longer parses and hashes every
/// text of its file (~3.5 M instructions, a tenth of a small plan's start-up).
public struct EmbeddedTextIndex: Sendable {
    /// The joined mapping keys (`TextKey.components` joined by `separator`), sorted.
    public let keys: [String]
    /// The entry of each key, as compact JSON.
    public let entries: [String]

    /// What joins a key's mapping keys in `keys`: a control character no key has, so a key that itself
    /// holds a dot (`privacy.phone`) stays apart from a path (`privacy` → `phone`).
    public static let separator: Character = "\u{1F}"

    /// An index of `keys` (sorted) and their entries' JSON.
    public init(keys: [String], entries: [String]) {
        self.keys = keys
        self.entries = entries
    }

    /// The index of a parsed text file: every entry `TextCatalog.entries(of:)` finds, in key order.
    public init(tree: JSONValue) {
        let pairs = TextCatalog.entries(of: tree)
            .map { (key: Self.key($0.components), json: JSONWriter.compact($0.entry.json)) }
            .sorted { $0.key < $1.key }
        self.init(keys: pairs.map(\.key), entries: pairs.map(\.json))
    }

    /// The joined form of a key's mapping keys, as `keys` holds them.
    public static func key(_ components: [String]) -> String {
        // By hand: `joined(separator:)` costs a start the runtime's first look-up of Array's
        // Collection conformance (~0.2 M instructions), and a key has one to three components.
        var key = ""
        for (index, component) in components.enumerated() {
            if index > 0 { key.append(separator) }
            key += component
        }
        return key
    }

    /// The mapping keys of a joined key.
    public static func components(_ key: String) -> [String] {
        key.split(separator: separator, omittingEmptySubsequences: false).map(String.init)
    }

    /// The entry at `components`, or `nil` when the file has none there.
    public func entry(_ components: [String]) -> TextEntry? {
        let key = Self.key(components)
        var low = 0
        var high = keys.count
        while low < high {
            let middle = (low + high) / 2
            if keys[middle] < key { low = middle + 1 } else { high = middle }
        }
        guard low < keys.count, keys[low] == key, let json = try? JSONParser.parse(entries[low]) else { return nil }
        return TextEntry(json: json)
    }
}
