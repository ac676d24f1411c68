import Foundation

/// The installed language packs: the ones built into Kuulo (`Prompts/languages/*.yaml`, compiled into
/// this module so the core works without a data set) and, once the app installs them, those of the
/// organisation's data folder. `Language.allCases` lists them; `Language.pack` looks one up.
///
/// The set is process-wide because languages are read everywhere, often where no data set is at
/// hand (a parsed flow text, an answer, a detector). Tests scope their own set to a task with
/// `LanguagePacks.$scoped.withValue(…)`, so a made-up language never leaks into other tests.
public struct LanguagePacks: Sendable {
    /// Where the pack files live in the data set.
    public static let folder = "Prompts/languages/"

    /// The packs in list order: by `order`, then by code.
    public let packs: [LanguagePack]
    private let byCode: [String: LanguagePack]

    /// Creates a set from packs; a later pack with the same code replaces an earlier one.
    public init(_ packs: [LanguagePack]) {
        var byCode: [String: LanguagePack] = [:]
        for pack in packs { byCode[pack.code] = pack }
        self.byCode = byCode
        self.packs = byCode.values.sorted { ($0.order ?? Int.max, $0.code) < ($1.order ?? Int.max, $1.code) }
    }

    /// Reads every pack under `Prompts/languages/` of a data set (its embedded files hold the
    /// built-in packs; an organisation's file replaces the one of the same name or adds a language).
    /// A broken file is reported in the data set's warnings and the built-in pack of that name, if
    /// any, is used instead.
    public init(data: DataFiles) {
        var packs: [LanguagePack] = []
        for path in data.paths(under: Self.folder) where path.hasSuffix(".yaml") {
            // A built-in pack the organisation does not replace: as made at build time (PrebuiltData).
            if data.overrides[path] == nil, let pack = data.prebuilt?.pack(at: path) {
                packs.append(pack)
                continue
            }
            do {
                guard let tree = data.tree(path) else { continue }
                packs.append(try LanguagePack(tree: tree, path: path))
            } catch {
                data.warn(error)
                let code = String(path.dropFirst(Self.folder.count).dropLast(".yaml".count))
                if let builtIn = Self.builtIn.pack(code: code) { packs.append(builtIn) }
            }
        }
        self.init(packs)
    }

    /// The languages, in list order.
    public var languages: [Language] {
        packs.map { Language(uncheckedCode: $0.code) }
    }

    /// The pack of `code`, if installed.
    public func pack(code: String) -> LanguagePack? {
        byCode[code]
    }

    /// Whether `word` answers yes (`true`) or no (`false`) in any installed language, the
    /// current language's words first.
    public func yesOrNo(_ word: String, language: Language) -> Bool? {
        choice(word, language: language, first: \.yesWords, second: \.noWords)
    }

    /// Whether `answer` means "something not in the list" in any installed language.
    public func meansOther(_ answer: String) -> Bool {
        let lowered = answer.lowercased().split(separator: " ").joined(separator: " ")
        return packs.contains { $0.otherWords.contains(lowered) }
    }

    /// Whether `word` keeps my value (`true`) or takes the other save's (`false`) when two saves
    /// disagree, in any installed language, the current language's words first.
    public func mineOrTheirs(_ word: String, language: Language) -> Bool? {
        choice(word, language: language, first: \.mineWords, second: \.theirsWords)
    }

    private func choice(_ word: String, language: Language, first: KeyPath<LanguagePack, Set<String>>,
                        second: KeyPath<LanguagePack, Set<String>>) -> Bool? {
        let lowered = word.lowercased()
        let ordered = (byCode[language.code].map { [$0] } ?? []) + packs
        for pack in ordered {
            if pack[keyPath: first].contains(lowered) { return true }
            if pack[keyPath: second].contains(lowered) { return false }
        }
        return nil
    }

    // MARK: - The current set

    /// The packs compiled into Kuulo.
    public static let builtIn: LanguagePacks = {
        var packs: [LanguagePack] = []
        for (path, text) in builtInFiles.sorted(by: { $0.key < $1.key }) {
            // The build checks these files (kuulo-embed), so a failure here cannot happen in a
            // built binary; skipping keeps the core free of traps all the same.
            guard let tree = try? YAMLData.parse(text, path: path),
                  let pack = try? LanguagePack(tree: tree, path: path) else { continue }
            packs.append(pack)
        }
        return LanguagePacks(packs)
    }()

    /// A set for the current task and its children (tests); `nil` uses the installed set.
    @TaskLocal public static var scoped: LanguagePacks?

    private static let installedSet = InstalledSet()

    /// The set in effect: the task's scoped set, else the installed one, else the built-in one.
    public static var current: LanguagePacks {
        scoped ?? installedSet.value ?? builtIn
    }

    /// Makes `packs` the set for the whole process (the app, once it has read its data folder).
    public static func install(_ packs: LanguagePacks) {
        installedSet.value = packs
    }
}

/// The process-wide set, behind a lock.
private final class InstalledSet: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: LanguagePacks?

    var value: LanguagePacks? {
        get { lock.withLock { stored } }
        set { lock.withLock { stored = newValue } }
    }
}
