import Foundation

/// Everything the chat reads from the data files, parsed once and kept: messages, commands, flows,
/// plan sections, the plan schema and the Knowledge articles.
public final class KuuloResources {
    /// The underlying files (embedded defaults and overrides).
    public let data: DataFiles
    /// User-facing texts.
    public let messages: MessageCatalog
    /// Slash commands.
    public let commands: CommandRegistry
    private var flows: [String: Flow] = [:]
    private var knowledgeBase: KnowledgeBase?
    private var freeText: FreeTextInterpreter?
    private var intentsOnly: IntentMatcher?
    private var catalogue: ChannelCatalogue?
    private var limits: PlatformLimits?
    private var suggestions: SuggestedTexts?
    private var summaries: SummaryTexts?

    /// Loads the always-needed files; flows and Knowledge are read when first used.
    public init(data: DataFiles) {
        self.data = data
        self.messages = MessageCatalog(data: data)
        self.commands = CommandRegistry(data: data)
    }

    /// Completions for a partly typed line: command names, their arguments, and for `/edit` the parts
    /// of the drafting and reply flows (named in the flows' own files).
    /// Only `language`'s names and words when given (see `CommandRegistry.completions`).
    public func completions(for line: String, language: Language? = nil) -> [String] {
        let words = line.split(separator: " ", omittingEmptySubsequences: false)
        if words.count == 2, let name = words.first?.dropFirst(), commands.command(named: String(name))?.id == "edit" {
            let typed = words[1].lowercased()
            let parts = ["draft", "reply"].compactMap { flow($0) }.flatMap(\.steps).compactMap(\.editName)
            let own = Array(Set(parts.compactMap { language.map($0.text) })).sorted().filter { $0.hasPrefix(typed) }
            if !own.isEmpty { return own }
            return Array(Set(parts.flatMap { names in Language.allCases.map { names.text($0) } })).sorted().filter { $0.hasPrefix(typed) }
        }
        return commands.completions(for: line, language: language)
    }

    /// The flow with `id` from `Prompts/flows/<id>.yaml`, or `nil` (with a warning) when it is unusable.
    public func flow(_ id: String) -> Flow? {
        if let cached = flows[id] { return cached }
        let path = "Prompts/flows/\(id).yaml"
        guard let tree = data.tree(path) else { return nil }
        do {
            let flow = try Flow(json: tree, path: path)
            flows[id] = flow
            return flow
        } catch {
            data.warn(error)
            return nil
        }
    }

    /// The onboarding's tips and where its progress is kept: made at build time when the organisation
    /// changes nothing of the flow (`PrebuiltData`), else from its structure alone (the texts are not
    /// read) or from the flow as read.
    public var onboardingLayout: OnboardingLayout? {
        let path = PrebuiltData.onboardingPath
        if data.isBuiltIn(path), let prebuilt = data.prebuilt { return prebuilt.onboarding }
        if let structure = data.builtInStructure(path) { return OnboardingLayout(structure: structure) }
        return flow("onboarding").flatMap(OnboardingLayout.init(flow:))
    }

    /// The plan's JSON Schema.
    public var planSchema: JSONValue {
        data.tree(Self.planSchemaPath) ?? .object([:])
    }

    /// The plan schema's validator: the built-in schema's rules as compiled at build time
    /// (`CompiledSchema+BuiltIn.swift`, without parsing the schema at every start), unless the
    /// organisation has its own `Schema/plan.schema.json`; then compiled from the schema as read.
    public var planValidator: SchemaValidator {
        guard data.overrides[Self.planSchemaPath] == nil else { return SchemaValidator(schema: planSchema) }
        return .builtInPlan { [data] in data.tree(Self.planSchemaPath) ?? .object([:]) }
    }

    private static let planSchemaPath = "Schema/plan.schema.json"

    /// The plan sections that `/plan` reports on and the written plan is built from.
    public var sections: [PlanSection] {
        PlanStructure(data: data).sections
    }

    /// The column names of Meta's content exports (`Prompts/insights/meta-columns.yaml`).
    public var insightsColumns: InsightsColumns {
        InsightsColumns(data: data.tree("Prompts/insights/meta-columns.yaml") ?? .object([:]))
    }

    /// The cues that sort member messages into kinds (`Prompts/listening/kinds.yaml`).
    public var memberMessageClassifier: MemberMessageClassifier {
        MemberMessageClassifier(data: data.tree("Prompts/listening/kinds.yaml") ?? .object([:]))
    }

    /// The words search ignores in `language` (`Prompts/stopwords.yaml`).
    public func stopwords(_ language: Language) -> Set<String> {
        Self.stopwords(language, data: data)
    }

    /// The words of `language` that say little (`Prompts/stopwords.yaml` in `data`).
    static func stopwords(_ language: Language, data: DataFiles) -> Set<String> {
        Set(data.tree("Prompts/stopwords.yaml")?[language.rawValue]?.stringArray ?? [])
    }

    /// How the listening digest reads words in `language`, with `lemmatizer` giving base forms.
    public func digestWords(_ language: Language, lemmatizer: (any Lemmatizer)?) -> DigestWords {
        DigestWords(lemmatizer: lemmatizer, ignored: stopwords(language))
    }

    /// The channel catalogue, read once.
    public var channelCatalogue: ChannelCatalogue {
        if let catalogue { return catalogue }
        let read = ChannelCatalogue(data: data)
        catalogue = read
        return read
    }

    /// The suggestions of the flows and the catalogue in every language, read once (`SuggestedTexts`).
    public var suggestedTexts: SuggestedTexts {
        if let suggestions { return suggestions }
        let read = SuggestedTexts(data: data, catalogue: channelCatalogue)
        suggestions = read
        return read
    }

    /// Every usable flow in `data` (`Prompts/flows/*.yaml`), for what reads all of them.
    static func flows(in data: DataFiles) -> [Flow] {
        data.paths(under: "Prompts/flows/").compactMap { path -> Flow? in
            guard path.hasSuffix(".yaml"), let tree = data.tree(path) else { return nil }
            return try? Flow(json: tree, path: path)
        }
    }

    /// The summaries versions are recorded with, in every language, read once (`SummaryTexts`).
    public var summaryTexts: SummaryTexts {
        if let summaries { return summaries }
        let read = SummaryTexts(flows: Self.flows(in: data), messages: messages)
        summaries = read
        return read
    }

    /// The platform limits, read once.
    public var platformLimits: PlatformLimits {
        if let limits { return limits }
        let read = PlatformLimits(data: data)
        limits = read
        return read
    }

    /// The free-text interpreter (intents and the Knowledge index), built on first use with the
    /// lemmatizers, stemmers and languages the first caller gives; `nil` only when no data is available.
    public func interpreter(lemmatizers: [Language: any Lemmatizer], stemmers: [Language: any Stemmer],
                            languages: Set<Language> = Set(Language.allCases)) -> FreeTextInterpreter? {
        if let freeText { return freeText }
        let built = FreeTextInterpreter(index: KnowledgeIndex(data: data, lemmatizers: lemmatizers, stemmers: stemmers, settings: SearchSettings(),
                                                              languages: languages),
                                        intents: intents(lemmatizers: lemmatizers, stemmers: stemmers, languages: languages))
        freeText = built
        return built
    }

    /// The intent matcher alone, for reading a line during a flow's questions ("ohita tämä"): the interpreter's
    /// when it is built, else built on first use without the Knowledge index, which costs most, and then
    /// shared with the interpreter.
    public func intents(lemmatizers: [Language: any Lemmatizer], stemmers: [Language: any Stemmer],
                        languages: Set<Language> = Set(Language.allCases)) -> IntentMatcher {
        if let freeText { return freeText.intents }
        if let intentsOnly { return intentsOnly }
        let built = IntentMatcher(data: data, lemmatizers: lemmatizers, stemmers: stemmers, settings: IntentSettings(), languages: languages)
        intentsOnly = built
        return built
    }

    /// The Knowledge articles, parsed on first use.
    public var knowledge: KnowledgeBase {
        if let knowledgeBase { return knowledgeBase }
        let base = KnowledgeBase(data: data)
        knowledgeBase = base
        return base
    }
}
