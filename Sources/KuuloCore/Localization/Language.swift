import Foundation

/// A language Kuulo speaks, named by its code. What Kuulo knows about it — names, detection cues,
/// answer words, limits, libraries — is its `pack`, read from `Prompts/languages/<code>.yaml`, so a new
/// language is a data file, not a new case here.
public struct Language: RawRepresentable, Hashable, Sendable, Comparable, CaseIterable, CustomStringConvertible {
    /// The language code (`fi`, `en`).
    public let code: String

    /// Finnish.
    public static let fi = Language(uncheckedCode: "fi")
    /// English.
    public static let en = Language(uncheckedCode: "en")

    /// The installed languages, in list order (Finnish, English, then any others).
    public static var allCases: [Language] {
        LanguagePacks.current.languages
    }

    /// A language whose pack may not be installed; only the pack set and the two built-in constants use it.
    init(uncheckedCode code: String) {
        self.code = code
    }

    /// A language of the values made at build time from the built-in data (`PrebuiltData`), which
    /// are used only while exactly the languages they were made with are installed.
    public init(prebuiltCode code: String) {
        self.code = code
    }

    /// The language of an installed pack with this code; `nil` for any other code.
    public init?(rawValue: String) {
        guard LanguagePacks.current.pack(code: rawValue) != nil else { return nil }
        self.code = rawValue
    }

    /// The code, as stored in plans and data files.
    public var rawValue: String { code }

    /// The code.
    public var description: String { code }

    /// What Kuulo knows about the language; an empty pack when it is not installed.
    public var pack: LanguagePack {
        LanguagePacks.current.pack(code: code) ?? LanguagePack(code: code)
    }

    /// Reads a code or a name a pack lists (`fi`, `en`, `suomi`, `english`) or a locale such as
    /// `fi_FI.UTF-8`, case-insensitively.
    public init?(identifier: String) {
        let lowered = identifier.lowercased().trimmingSpaces()
        let packs = LanguagePacks.current.packs
        if let pack = packs.first(where: { $0.identifiers.contains(lowered) }) {
            self.code = pack.code
            return
        }
        let prefix = String(lowered.prefix { $0.isLetter })
        guard let pack = packs.first(where: { $0.code == prefix }) else { return nil }
        self.code = pack.code
    }

    /// Orders by code.
    public static func < (lhs: Language, rhs: Language) -> Bool {
        lhs.code < rhs.code
    }
}
