import Foundation

/// The key of one user-facing text in the `TextCatalog`: a namespace, saying which family of files
/// holds it, and the text's path inside those files, written together with dots:
///
/// - `message.greeting` — `Prompts/messages.<lang>.yaml`, key `greeting` (`MessageKey`);
/// - `check.privacy.phone` — any `Prompts/checks/<area>.<lang>.yaml`, key `privacy.phone` (the
///   check ids already start with their area; a rule's summary is `check.summary.<rule id>`);
/// - `export.texts.documentTitle`, `export.sections.channels`, `export.values.frequency.weekly`,
///   `export.lists.months`, `export.commands.draft` — `Prompts/export.<lang>.yaml`, the mapping
///   keys from the top of the file down (`ExportTextKey` names those under `texts`).
///
/// The path is kept as the list of mapping keys it came from, so a key of a file that itself has a
/// dot (`privacy.phone`) is still found at its place in the file.
public struct TextKey: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The families of text files.
    public enum Namespace: String, CaseIterable, Sendable {
        /// The chat's and the commands' texts, `Prompts/messages.<lang>.yaml`.
        case message
        /// The check findings' texts and the rules' summaries, `Prompts/checks/*.<lang>.yaml`.
        case check
        /// The written plan's words, `Prompts/export.<lang>.yaml`.
        case export
    }

    /// The family of files.
    public let namespace: Namespace
    /// The mapping keys from the top of the file to the text.
    public let components: [String]

    /// Creates a key from its namespace and the mapping keys inside the file.
    public init(_ namespace: Namespace, _ components: [String]) {
        self.namespace = namespace
        self.components = components
    }

    /// Creates a key from its namespace and a path of one mapping key (`greeting`, `privacy.phone`).
    public init(_ namespace: Namespace, _ key: String) {
        self.init(namespace, [key])
    }

    /// The path inside the file, with dots (`privacy.phone`, `texts.documentTitle`).
    public var path: String {
        components.joined(separator: ".")
    }

    /// The whole key, namespace first (`check.privacy.phone`).
    public var description: String {
        namespace.rawValue + "." + path
    }

    /// Where the text is in its file.
    public var pointer: JSONPointer {
        JSONPointer(tokens: components)
    }

    /// A chat or command text.
    public static func message(_ key: MessageKey) -> TextKey {
        TextKey(.message, key.rawValue)
    }

    /// A check finding's text or a rule's summary, by its id in `Prompts/checks/`.
    public static func check(_ id: String) -> TextKey {
        TextKey(.check, id)
    }

    /// A text of the written plan, under `texts`.
    static func export(_ key: ExportTextKey) -> TextKey {
        TextKey(.export, ["texts", key.rawValue])
    }

    /// Orders by namespace, then by the mapping keys.
    public static func < (lhs: TextKey, rhs: TextKey) -> Bool {
        if lhs.namespace != rhs.namespace { return lhs.namespace.rawValue < rhs.namespace.rawValue }
        return lhs.components.lexicographicallyPrecedes(rhs.components)
    }
}
