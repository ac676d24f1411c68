import Foundation

/// Finds the command a trustee means in free text ("haluan kirjoittaa postauksen" → `/draft`,
/// "näytä vinkki 3" → `/tips 3`), offline, by comparing it with the example phrases of
/// `Prompts/intents.yaml`.
///
/// Text and examples are compared as words, each word as the set of its terms: Finnish base forms
/// (all of Voikko's readings), English stems, and synonyms. Every word is weighted by how few intents
/// use it; a word no intent uses weighs as much as one only a single intent uses. Stop words are kept —
/// short commands are made of them ("what can you do") — at a fraction of their weight. The score of
/// an intent is the similarity with its closest example; see `IntentSettings`.
public struct IntentMatcher: Sendable {
    /// The intents.
    public let catalog: IntentCatalog
    /// The thresholds.
    public let settings: IntentSettings
    private let languages: [Language: IntentLanguageModel]

    /// Prepares the examples of `catalog` in every language.
    /// - Parameters:
    ///   - lemmatizers: base forms per language (Voikko for Finnish).
    ///   - stemmers: stems per language (Snowball): English words, Finnish words Voikko does not know.
    ///   - vocabulary: synonyms (its stop words are not used here).
    ///   - crisisTraining: texts the crisis model learns from besides the examples.
    ///   - languages: the languages to prepare; text in another matches nothing.
    public init(catalog: IntentCatalog, lemmatizers: [Language: any Lemmatizer], stemmers: [Language: any Stemmer],
                vocabulary: SearchVocabulary, crisisTraining: CrisisTraining = CrisisTraining(),
                settings: IntentSettings = IntentSettings(), languages: Set<Language> = Set(Language.allCases)) {
        self.catalog = catalog
        self.settings = settings
        var withoutStopWords = vocabulary
        withoutStopWords.stopWords = [:]
        var models: [Language: IntentLanguageModel] = [:]
        for language in Language.allCases where languages.contains(language) {
            let normalizer = TermNormalizer(language: language, lemmatizer: lemmatizers[language], stemmer: stemmers[language],
                                            vocabulary: withoutStopWords)
            models[language] = IntentLanguageModel(catalog: catalog, language: language, normalizer: normalizer,
                                                      stopWords: vocabulary.stopWords[language] ?? [], settings: settings,
                                                      training: crisisTraining)
        }
        self.languages = models
    }

    /// Reads the intents, stop words, synonyms and what the crisis model learns from (`CrisisTraining`) of `data`.
    public init(data: DataFiles, lemmatizers: [Language: any Lemmatizer], stemmers: [Language: any Stemmer],
                settings: IntentSettings = IntentSettings(), languages: Set<Language> = Set(Language.allCases)) {
        let catalog = IntentCatalog(data: data)
        self.init(catalog: catalog, lemmatizers: lemmatizers, stemmers: stemmers, vocabulary: SearchVocabulary(data: data),
                  crisisTraining: CrisisTraining(data: data, catalog: catalog), settings: settings, languages: languages)
    }

    /// The matcher of one language from examples and cues analysed before (a search snapshot);
    /// `normalizer` is the search's, whose stop words are kept here.
    init(catalog: IntentCatalog, analysis: IntentLanguageModel.Analysis, normalizer: TermNormalizer, vocabulary: SearchVocabulary,
         settings: IntentSettings) {
        self.catalog = catalog
        self.settings = settings
        let language = normalizer.language
        self.languages = [language: IntentLanguageModel(catalog: catalog, language: language, normalizer: normalizer.keepingStopWords(),
                                                        stopWords: vocabulary.stopWords[language] ?? [], settings: settings,
                                                        analysis: analysis)]
    }

    /// The model of `language`, if it was prepared.
    func model(_ language: Language) -> IntentLanguageModel? {
        languages[language]
    }

    /// `text` read in `language` once for `match`, `isRequest` and `asksToKnow` (its words analysed).
    public func read(_ text: String, language: Language) -> IntentReading {
        IntentReading(text: text, language: language, input: languages[language]?.input(text))
    }

    /// The intent `text` expresses in `language`: confident, a few options, or none.
    public func match(_ text: String, language: Language) -> IntentMatchResult {
        guard Self.mayMatch(text, settings: settings), languages[language] != nil else { return .none }
        return match(read(text, language: language))
    }

    /// The intent a text read by `read(_:language:)` expresses: confident, a few options, or none.
    public func match(_ reading: IntentReading) -> IntentMatchResult {
        guard Self.mayMatch(reading.text, settings: settings), let model = languages[reading.language], let input = reading.input
        else { return .none }
        let result = match(input, model: model)
        // A crisis asked as a question ("saako puhelinnumerot laittaa nettisivuille?") gets its answer with the guidance.
        guard case .confident(var crisis) = result, crisis.kind == .crisis,
              input.asksToKnow || FreeTextInterpreter.endsAsQuestion(reading.text) else { return result }
        crisis.answersToo = true
        return .confident(crisis)
    }

    /// The intent of an analysed text: a cue, the crisis model, or the nearest examples.
    private func match(_ input: IntentLanguageModel.Input, model: IntentLanguageModel) -> IntentMatchResult {
        // A cue (a threat, harassment) decides at once, crisis before anything else.
        let cued = catalog.intents.indices.filter { model.hasCue(input, intent: $0) }
        if let first = cued.first(where: { catalog.intents[$0].kind == .crisis }) ?? cued.first {
            return .confident(match(first, score: 1, input: input))
        }
        let byExamples = matchExamples(input, model: model)
        // A crisis told in words no cue lists, when the crisis model is sure enough of it — unless the text is
        // clearly a command or small talk ("make an insta story about tomorrow", "en jaksa odottaa vappua"): the
        // model weighs each word on its own and a few words crises happen to use add up. A command that fits only
        // fairly, alone, does not stand in its way ("tilin salasana on vaihdettu" is a takeover, not `/accounts`).
        if case .confident(let match) = byExamples, match.kind != .crisis, match.score >= settings.confidentScore { return byExamples }
        // Nor when it asks Kuulo to do something a command does ("tehään se kuvauslupajuttu vappubileisiin"): a crisis
        // told as a request names it in a cue's words ("auta, joku uhkailee mua").
        if input.hasRequestCue, case .ambiguous(let options) = byExamples, !options.isEmpty { return byExamples }
        if let crisis = model.crisis(input), crisis.logOdds >= settings.crisisLogOdds {
            return .confident(match(crisis.intent, score: 1 / (1 + exp(-crisis.logOdds)), input: input))
        }
        return byExamples
    }

    /// The intent `input` expresses by its nearest examples alone (no cue, no crisis model).
    private func matchExamples(_ input: IntentLanguageModel.Input, model: IntentLanguageModel) -> IntentMatchResult {
        var scored: [(intent: Int, score: Double)] = []
        let scores = model.scores(input) { catalog.intents[$0].slot == .number }
        for (index, intent) in catalog.intents.enumerated() {
            var score = scores[index]
            if input.asksToKnow && !intent.isQuestionLike { score *= settings.questionPenalty }
            // Asking for something to be done is no small talk ("voisitko näyttää kuinka moni ihminen …").
            if input.hasRequestCue && intent.kind == .smalltalk { score *= settings.questionPenalty }
            if score > 0 { scored.append((index, score)) }
        }
        scored.sort { $0.score != $1.score ? $0.score > $1.score : $0.intent < $1.intent }
        // A text of stop words alone is a command only when it is one ("what can you do"), never an option.
        // A request is offered weaker options: asked back rather than answered with an article.
        let floor = input.isOnlyStopWords ? settings.confidentScore
            : input.hasRequestCue ? min(settings.candidateScore, settings.requestCandidateScore) : settings.candidateScore
        guard let best = scored.first, best.score >= floor else { return .none }
        let bestCommand = catalog.intents[best.intent].command
        let rival = scored.first { catalog.intents[$0.intent].command != bestCommand }?.score ?? 0
        // A number in the text fills a number slot ("open draft 2", "näytä vinkki 3"): an intent with one that
        // scores as high as the best within the margin is what the text asks for, number and all.
        if input.number != nil,
           let slotted = scored.first(where: { catalog.intents[$0.intent].slot == .number && catalog.intents[$0.intent].kind == .command }),
           slotted.score >= settings.confidentScore, best.score - slotted.score < settings.margin {
            return .confident(match(slotted.intent, score: slotted.score, input: input))
        }
        if best.score >= settings.confidentScore, best.score - rival >= settings.margin {
            return .confident(match(best.intent, score: best.score, input: input))
        }
        // A command that fits fairly well while nothing else fits even as an option: nothing to ask between
        // (not for a question, which may still want an article: "missä järjestyksessä kieliversiot …").
        if catalog.intents[best.intent].kind == .command, !input.hasQuestionCue || input.hasRequestCue,
           best.score >= settings.loneCommandScore, rival < floor {
            return .confident(match(best.intent, score: best.score, input: input))
        }
        var seenCommands: Set<String> = []
        // Crisis and small talk are acted on only when clear (a crisis also by its cues); neither is
        // offered as an option.
        let options = scored.filter { $0.score >= floor && catalog.intents[$0.intent].kind == .command }
            .map { match($0.intent, score: $0.score, input: input) }
            .filter { seenCommands.insert($0.command).inserted }
        return .ambiguous(Array(options.prefix(settings.maximumCandidates)))
    }

    /// Whether `text` asks for something to be done (a request cue: "auta", "help me", "let's"):
    /// then a command that matches somewhat is asked about before Knowledge is searched.
    public func isRequest(_ text: String, language: Language) -> Bool {
        read(text, language: language).isRequest
    }

    /// Whether `text` asks to know rather than to do: a question word or mark and no request cue.
    public func asksToKnow(_ text: String, language: Language) -> Bool {
        read(text, language: language).asksToKnow
    }

    /// Whether a text may be a command at all: not too long, with a letter or digit.
    private static func mayMatch(_ text: String, settings: IntentSettings) -> Bool {
        text.unicodeScalars.count <= settings.maximumLength && text.contains(where: { $0.isLetter || $0.isNumber })
    }

    /// The command that acts on the Knowledge article `id` (`tip-7` → `/tips 7`), if there is one.
    public func command(forArticle id: String) -> String? {
        catalog.articleCommands[id]
    }

    /// The command that acts on the article `id` as an option to ask about (score 0), if there is one and
    /// an intent stands for it.
    public func option(forArticle id: String) -> IntentMatch? {
        guard let typed = command(forArticle: id) else { return nil }
        let name = typed.dropFirst().prefix { !$0.isWhitespace }
        guard let intent = catalog.intents.first(where: { $0.kind == .command && $0.command.dropFirst().prefix { !$0.isWhitespace } == name })
        else { return nil }
        return IntentMatch(id: intent.id, command: typed, label: intent.label, score: 0, intent: intent.id)
    }

    // MARK: - Private

    private func match(_ index: Int, score: Double, input: IntentLanguageModel.Input) -> IntentMatch {
        let intent = catalog.intents[index]
        var id = intent.id
        var command = intent.command
        let value: String? = switch intent.slot {
        case .number: input.number.map(String.init)
        case .language: input.language?.rawValue
        case nil: nil
        }
        if let value {
            id = (intent.slotID ?? id).replacingOccurrences(of: "{value}", with: value)
            command = (intent.slotCommand ?? command).replacingOccurrences(of: "{value}", with: value)
        }
        return IntentMatch(id: id, command: command, label: intent.label, score: score, kind: intent.kind, intent: intent.id)
    }
}
