/// The values every chat start reads from the built-in data files, made at build time: the language
/// packs, the slash commands, the plan's sections and the onboarding's layout. The EmbedData build
/// plugin runs `kuulo-embed`, which reads and checks the files as every build does and writes Swift
/// that builds these values (`PrebuiltDataWriter`), so a start makes them without parsing JSON. The
/// files stay the source of truth: a data set uses a value only for files the organisation leaves as
/// they are (`DataFiles.prebuilt(for:)`), and nothing needs regenerating by hand.
public struct PrebuiltData: Sendable {
    /// A built-in language pack and the file it was read from.
    public struct Pack: Sendable {
        /// The pack file's relative path (`Prompts/languages/fi.yaml`).
        public var path: String
        /// The pack as read from it.
        public var pack: LanguagePack

        /// A pack and its file.
        public init(path: String, pack: LanguagePack) {
            self.path = path
            self.pack = pack
        }
    }

    /// Where the onboarding flow is kept.
    public static let onboardingPath = "Prompts/flows/onboarding.yaml"

    /// The codes of the languages the values were made with, in list order; the commands and sections
    /// name texts per language, so they are used only while exactly these are installed.
    public var languages: [String]
    /// The built-in language packs, by path.
    public var packs: [Pack]
    /// The slash commands, as `CommandRegistry` reads `Prompts/commands.yaml` with its texts.
    public var commands: [ChatCommand]
    /// The plan's sections, as `PlanStructure` reads `Prompts/sections.yaml`.
    public var sections: [PlanSection]
    /// The onboarding's tips and fields, as read from the onboarding flow's structure.
    public var onboarding: OnboardingLayout?

    /// The values as given (the generated code's).
    public init(languages: [String], packs: [Pack], commands: [ChatCommand], sections: [PlanSection], onboarding: OnboardingLayout?) {
        self.languages = languages
        self.packs = packs
        self.commands = commands
        self.sections = sections
        self.onboarding = onboarding
    }

    /// Reads the values from a data set's files, as `kuulo-embed` does at build time (and the tests,
    /// to compare with the generated values). The language packs of `data` must be the installed ones.
    public init(parsing data: DataFiles) {
        var packs: [Pack] = []
        for path in data.paths(under: LanguagePacks.folder) where path.hasSuffix(".yaml") {
            if let tree = data.tree(path), let pack = try? LanguagePack(tree: tree, path: path) {
                packs.append(Pack(path: path, pack: pack))
            }
        }
        self.languages = Language.allCases.map(\.code)
        self.packs = packs
        self.commands = CommandRegistry(tree: data.tree(CommandRegistry.path)).commands
        self.sections = PlanStructure(json: data.tree(PlanStructure.path)).sections
        let onboardingPath = Self.onboardingPath
        let structure = data.builtInStructure(onboardingPath) ?? data.tree(onboardingPath)
        self.onboarding = structure.flatMap(OnboardingLayout.init(structure:))
    }

    /// The built-in pack read from `path`, if any.
    public func pack(at path: String) -> LanguagePack? {
        packs.first { $0.path == path }?.pack
    }
}
