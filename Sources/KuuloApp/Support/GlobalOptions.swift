import ArgumentParser
import Foundation
import KuuloCore
import KuuloData

/// When to colour output.
public enum ColourChoice: String, ExpressibleByArgument, CaseIterable, Sendable {
    case auto, always, never
}

/// The options every command shares: which plan, which language, who, which data, colour.
public struct GlobalOptions: ParsableArguments {
    @Option(name: .long, help: "The plan file (default: $KUULO_PLAN, else ./kuulo-plan.json).")
    var plan: String?

    @Option(name: .long, help: "Language: fi, en or the code of another installed language pack (default: the language last chosen with /lang in the chat, else the plan's, else the locale's).")
    var lang: String?

    @Option(name: .long, help: "Your name, recorded as the author of revisions (default: $KUULO_USER, else remembered).")
    var user: String?

    @Option(name: .customLong("data-dir"), help: "A folder whose Prompts/ and Knowledge/ files override the built-in ones (default: $KUULO_DATA_DIR).")
    var dataDir: String?

    @Option(name: .long, help: "Colour: auto, always or never (NO_COLOR turns it off).")
    var color: ColourChoice = .auto

    public init() {}

    /// The same options as plain values.
    var values: RunOptions {
        RunOptions(plan: plan, lang: lang, user: user, dataDir: dataDir, color: color)
    }
}

/// The options every command shares as plain values: what `GlobalOptions` reads, or what the plain chat
/// start reads without ArgumentParser (`PlainChatStart`), whose option types cost ~1 M instructions to
/// build.
public struct RunOptions: Equatable, Sendable {
    /// The plan file (`--plan`).
    public var plan: String?
    /// The language (`--lang`).
    public var lang: String?
    /// The user (`--user`).
    public var user: String?
    /// The data folder (`--data-dir`).
    public var dataDir: String?
    /// When to colour output (`--color`).
    public var color: ColourChoice = .auto
}

/// The resolved set-up of one run: environment, data, language, output.
public final class AppContext {
    /// The process environment.
    public let environment: AppEnvironment
    /// The data files (embedded plus overrides).
    public let resources: KuuloResources
    /// Where content and diagnostics go.
    public let output: Output
    /// The plan path as given or defaulted.
    public let planPath: String
    /// The language asked for explicitly (`--lang`), if any.
    public let explicitLanguage: Language?
    /// The user named on the command line or in the environment.
    public let explicitUser: String?
    /// The file system.
    public let fileSystem: FileSystem

    /// Resolves the options against the environment. Data-folder warnings go to standard error.
    public init(options: RunOptions, environment: AppEnvironment = .current()) throws(KuuloError) {
        self.environment = environment
        self.fileSystem = LocalFileSystem()
        let noColour = environment.value("NO_COLOR") != nil
        let colourOut: Bool
        let colourErr: Bool
        switch options.color {
        case .always: colourOut = !noColour; colourErr = !noColour
        case .never: colourOut = false; colourErr = false
        case .auto: colourOut = !noColour && environment.stdoutIsTerminal && environment.isInteractive; colourErr = !noColour && environment.stderrIsTerminal
        }
        self.output = Output(colour: colourOut, errorColour: colourErr, width: { environment.terminalWidth() })
        var overrides: [String: String] = [:]
        var dataError: KuuloError?
        if let folder = options.dataDir ?? environment.value("KUULO_DATA_DIR") {
            do {
                overrides = try DataDirectory.read(folder)
            } catch {
                dataError = error
            }
        }
        let data = EmbeddedFilesAccess.dataFiles(overrides: overrides)
        // The languages are the packs of this data set, a data folder's own ones included, before --lang is read.
        LanguagePacks.install(LanguagePacks(data: data))
        self.resources = KuuloResources(data: data)
        self.planPath = options.plan ?? environment.value("KUULO_PLAN") ?? "kuulo-plan.json"
        // A name is one line wherever it comes from (a newline in `--user` would split every line that shows it).
        self.explicitUser = (options.user ?? environment.value("KUULO_USER")).map(OneLineText.make).flatMap { $0.isEmpty ? nil : $0 }
        if let requested = options.lang {
            guard let language = Language(identifier: requested) else {
                throw KuuloError(.languageUnknown, ["language": requested], exitCode: ExitCodes.usage)
            }
            self.explicitLanguage = language
        } else {
            self.explicitLanguage = nil
        }
        if let dataError { throw dataError }
    }

    /// Where the chat language the user last chose is kept.
    public var languageMemory: LanguageMemory { LanguageMemory(stateDirectory: environment.stateDirectory) }

    /// The chat language the user last chose with `/lang` (or began a new plan in), read on first use.
    public private(set) lazy var rememberedLanguage: Language? = languageMemory.recall()

    /// Remembers `language` as the one to speak from the next run on (`--lang` still decides a run).
    public func rememberLanguage(_ language: Language) {
        languageMemory.remember(language)
        rememberedLanguage = language
    }

    /// The language to speak: `--lang`, else the one the user last chose in the chat, else the plan's,
    /// else the locale's, else English.
    public func language(for document: PlanDocument?) -> Language {
        if let explicitLanguage { return explicitLanguage }
        if let rememberedLanguage { return rememberedLanguage }
        if let languages = document?.content["organisation"]?["languages"]?.stringArray {
            for code in languages {
                if let language = Language(rawValue: code) { return language }
            }
        }
        return environment.localeLanguage ?? .en
    }

    /// Reports data-file problems found so far on standard error.
    public func reportDataWarnings(language: Language) {
        for warning in resources.data.drainWarnings() {
            if let line = warning.line, let column = warning.column {
                output.error(resources.messages.text(.dataWarningAt, language, ["path": warning.path, "line": String(line), "column": String(column), "problem": warning.problem]))
            } else {
                output.error(resources.messages.text(.dataWarning, language, ["path": warning.path, "problem": warning.problem]))
            }
        }
    }

    /// Reports an error in `language` and returns the exit code.
    public func fail(_ error: KuuloError, language: Language) -> Int32 {
        ExitCodes.report(error, messages: resources.messages, language: language, output: output)
    }

    /// Opens the plan store for the plan path.
    public func store(path: String? = nil) -> PlanStore {
        let resources = self.resources
        return PlanStore(path: path ?? planPath, fileSystem: fileSystem, schema: resources.planSchema, validator: resources.planValidator)
    }

    /// Loads the plan, turning store errors into user-facing errors.
    public func loadPlan(_ store: PlanStore, language: Language) throws(KuuloError) -> PlanDocument? {
        do {
            return try store.load()
        } catch {
            throw mapStoreError(error, path: store.path, language: language, reading: true)
        }
    }

    /// The user-facing error for a store error.
    public func mapStoreError(_ error: PlanStoreError, path: String, language: Language, reading: Bool = false, importing: Bool = false) -> KuuloError {
        KuuloError.store(error, path: path, messages: resources.messages, language: language, reading: reading, importing: importing)
    }
}
