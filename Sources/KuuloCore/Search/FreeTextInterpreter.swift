import Foundation

/// What a line of free text (not a slash command) means to the chat.
public enum Interpretation: Equatable, Sendable {
    /// A threat, harassment, doxxing or distress: show the crisis guidance and the plan's crisis
    /// contacts before anything else; `result` is what Knowledge says on the text.
    case crisis(IntentMatch, KnowledgeSearchResult)
    /// A greeting or thanks: reply briefly.
    case smalltalk(IntentMatch)
    /// Run this command.
    case command(IntentMatch)
    /// Ask which of these one to three commands the trustee meant, best first.
    case clarify([IntentMatch])
    /// Show these answers from Knowledge; `offer` is the command that acts on the best article
    /// (`tip-7` → `/tips 7`), if there is one.
    case answer(KnowledgeSearchResult, offer: String?)
    /// Nothing to run or show. The result's `status` says why: `.empty`, `.tooLong`, `.notUnderstood`,
    /// or `.lowConfidence` (then its `answers` hold weak guesses the chat may mention).
    case noAnswer(KnowledgeSearchResult)
}

/// Decides what free text means: a command, a choice to ask about, an answer from Knowledge, or
/// nothing.
///
/// 1. Empty or longer than `SearchSettings.maximumQueryLength`: no answer, with the reason.
/// 2. A crisis (a cue such as a threat, the crisis model, or text most like the crisis examples): the crisis guidance.
///    Small talk that matches confidently: a short reply. Another intent that does: run its command.
/// 3. A question (a question word or mark, no request) about the topic of commands that fit only somewhat,
///    which Knowledge answers clearly from an article one of them acts on: that answer, the command offered.
///    The text asks for something to be done (`requestCues`) and one command matches at least
///    `requestAloneScore`, alone or `requestMargin` ahead of the next: run it. Intents match somewhat, the best at least
///    `clarifyBeforeKnowledge` or the text asks for something to be done: ask which one.
/// 4. Knowledge has an answer: show it, offering the command that acts on the article — or, when the text
///    asks for something to be done, ask whether that command was meant.
/// 5. Intents match weakly: ask which one.
/// 6. Otherwise no answer (with Knowledge's weak guesses, if any).
public struct FreeTextInterpreter: Sendable {
    /// The Knowledge index.
    public let index: KnowledgeIndex
    /// The intent matcher.
    public let intents: IntentMatcher

    /// Combines an index and a matcher.
    public init(index: KnowledgeIndex, intents: IntentMatcher) {
        self.index = index
        self.intents = intents
    }

    /// Builds both from `data` (Knowledge, intents, stop words, synonyms) for `languages` (text in
    /// another language is not understood), the index with `searchSettings` and the matcher with `intentSettings`.
    public init(data: DataFiles, lemmatizers: [Language: any Lemmatizer], stemmers: [Language: any Stemmer],
                searchSettings: SearchSettings = SearchSettings(), intentSettings: IntentSettings = IntentSettings(),
                languages: Set<Language> = Set(Language.allCases)) {
        self.init(index: KnowledgeIndex(data: data, lemmatizers: lemmatizers, stemmers: stemmers, settings: searchSettings,
                                        languages: languages),
                  intents: IntentMatcher(data: data, lemmatizers: lemmatizers, stemmers: stemmers, settings: intentSettings,
                                         languages: languages))
    }

    /// What `text`, typed in `language`, means.
    public func interpret(_ text: String, language: Language) -> Interpretation {
        guard text.unicodeScalars.count <= index.settings.maximumQueryLength else {
            return .noAnswer(.unanswered(.tooLong, language))
        }
        guard text.contains(where: { $0.isLetter || $0.isNumber }) else { return .noAnswer(.unanswered(.empty, language)) }
        // Read once for every question asked of the intents below.
        let reading = intents.read(text, language: language)
        let intent = intents.match(reading)
        // A question about the topic of commands that fit only somewhat asks to know: Knowledge answers it,
        // offering the command, rather than asking which command was meant. Its search is kept for below.
        var searched: KnowledgeSearchResult?
        if case .ambiguous(let options) = intent, asksToKnow(reading, about: options) {
            let result = index.search(text, language: language)
            if let offer = offer(result, among: options) { return .answer(result, offer: offer) }
            searched = result
        }
        switch intent {
        case .confident(let match) where match.kind == .crisis:
            return .crisis(match, index.search(text, language: language))
        case .confident(let match) where match.kind == .smalltalk:
            return .smalltalk(match)
        case .confident(let match):
            return .command(match)
        case .ambiguous(let options) where intents.settings.startsRequest(options) && reading.isRequest:
            // A request with one command that fits fairly well and no close rival: run it rather than ask.
            return .command(options[0])
        case .ambiguous(let options) where (options.first?.score ?? 0) >= intents.settings.clarifyBeforeKnowledge:
            return .clarify(options)
        case .ambiguous(let options) where !options.isEmpty && reading.isRequest:
            // A request is never answered with an article: ask which command was meant.
            return .clarify(options)
        default:
            break
        }
        let result = searched ?? index.search(text, language: language)
        if let best = result.best {
            // A request no command fits is not answered with an article either: ask whether the command
            // that acts on the article was meant ("päivitä et tiktok on nyt eetun vastuulla" → /channels).
            // One that ends in a question mark asks what to do ("Mitä tehdään?") and gets the article.
            if !Self.endsAsQuestion(text), reading.isRequest,
               let option = intents.option(forArticle: best.id) {
                return .clarify([option])
            }
            return .answer(result, offer: intents.command(forArticle: best.id))
        }
        if case .ambiguous(let options) = intent, !options.isEmpty {
            return .clarify(options)
        }
        return .noAnswer(result)
    }

    /// Whether the text asks to know (a question word or mark, no request) about `commands`, none of which
    /// is itself asked as a question (`questionLike`).
    private func asksToKnow(_ reading: IntentReading, about commands: [IntentMatch]) -> Bool {
        !commands.contains { intents.catalog.intent($0.intent)?.isQuestionLike ?? true } && reading.asksToKnow
    }

    /// The command to offer with `result` when Knowledge answers clearly (no close call) from an article one
    /// of `commands` acts on (channel-purpose for `/channels`).
    private func offer(_ result: KnowledgeSearchResult, among commands: [IntentMatch]) -> String? {
        guard let best = result.best, !result.isCloseCall, let offer = intents.command(forArticle: best.id),
              commands.contains(where: { $0.commandID == IntentMatch.commandID(of: offer) }) else { return nil }
        return offer
    }

    /// Whether `text` ends with a question mark (closing quotes, brackets and spaces aside).
    public static func endsAsQuestion(_ text: String) -> Bool {
        text.last { !$0.isWhitespace && !"\"'”’)]".contains($0) } == "?"
    }
}
