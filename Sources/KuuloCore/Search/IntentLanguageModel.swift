import Foundation

/// The examples of every intent in one language, analysed, with the word weights `IntentMatcher`
/// scores with.
struct IntentLanguageModel: Sendable {
    /// A word as a set of terms (forms and synonyms) with its weight.
    struct Word: Sendable {
        var terms: Set<String>
        var weight: Double
        var isNumber: Bool
        var isStopWord = false
        /// Whether the word only says a request is made ("auta", "voisitko", "help").
        var isRequestMarker = false
        /// The numbers of its terms in the examples' table (`IntentExamples`); a text's words only.
        var numbers: [Int] = []
    }

    /// A cue: its words, each as its alternatives (terms as typed and analysed, sorted).
    typealias Cue = [[String]]

    /// An analysed text.
    struct Input: Sendable {
        var words: [Word]
        var hasQuestionCue: Bool
        /// Whether a word asks for something to be done ("auta", "help me"): then the question cue
        /// does not count.
        var hasRequestCue = false
        /// Whether the text asks a question (a question word or mark) rather than for something to be done.
        var asksToKnow: Bool {
            hasQuestionCue && !hasRequestCue
        }
        /// Whether every word is a stop word ("what can you do", "the of and").
        var isOnlyStopWords: Bool {
            words.allSatisfy(\.isStopWord)
        }
        /// A tip number 1–8 in the text.
        var number: Int?
        /// A language named in the text.
        var language: Language?
        /// Every word as typed and every form of it (not its synonyms), for cues; each typed word also
        /// with `typedMark` before it, for cues that match only as typed.
        var allTerms: Set<String> = []
        /// The words as typed (after respelling), in order, for cues of words in a row.
        var tokens: [String] = []
        /// Every word's forms (base forms, stems; the word itself when it has none), for the crisis model.
        var crisisTerms: Set<String> = []
    }

    private let normalizer: TermNormalizer
    private let examples: IntentExamples
    private let unknownWeight: Double
    private let numberWords: [String: Int]
    private let languageWords: [String: Language]
    private let cues: Set<String>
    private let questionOpenings: Set<String>
    private let requestCues: Set<String>
    /// `requestCues` as words, split once.
    private let requestCueWords: [[String]]
    /// The question openings that are question cues on their own ("miten", "how"): a request cue right
    /// after one asks how.
    private let howWords: Set<String>
    /// The openings after which one of `permissionActions` makes a request.
    private let askingOpenings: [String]
    private let clitics: [String]
    private let requestOpenings: [String]
    /// The one-word `requestOpenings` but the `firstWordOnly` ones: a later clause opening with one of them is a
    /// request.
    private let imperatives: Set<String>
    private let politeOpenings: [String]
    private let permissionActions: Set<String>
    private let requestExceptions: [String]
    private let requestMarkers: Set<String>
    private let stopWords: Set<String>
    private let settings: IntentSettings
    /// Each intent's cues (by intent number): a cue is its words, each as its terms (as typed and analysed).
    private let cueWords: [[Cue]]
    /// Each intent's cues of words in a row (`i'm+not+ok`): per position the words as typed.
    private let cuePhrases: [[Cue]]
    /// Splits compounds into forms the examples use (`somepäivitys` → `some`, `päivitys`).
    private let splitter: CompoundSplitter
    /// Tells a crisis no cue lists from ordinary text.
    private let crisisModel: CrisisModel

    /// What analysing the examples and cues of one language gives: the part of the model a search
    /// snapshot keeps, so that a later run does not analyse them again.
    struct Analysis: Equatable {
        var examples: IntentExamples
        var cueWords: [[Cue]]
        var cuePhrases: [[Cue]]
        var crisis: CrisisModel
    }

    /// Analyses the examples and cues of `catalog` in `language`, and learns the crisis model from them and
    /// `training`.
    init(catalog: IntentCatalog, language: Language, normalizer: TermNormalizer, stopWords: Set<String>, settings: IntentSettings,
         training: CrisisTraining) {
        let analysis = Self.analysis(catalog: catalog, language: language, normalizer: normalizer, stopWords: stopWords, settings: settings,
                                     training: training)
        self.init(catalog: catalog, language: language, normalizer: normalizer, stopWords: stopWords, settings: settings, analysis: analysis)
    }

    /// The model of `catalog` in `language` with its examples and cues already analysed.
    init(catalog: IntentCatalog, language: Language, normalizer: TermNormalizer, stopWords: Set<String>, settings: IntentSettings,
         analysis: Analysis) {
        self.normalizer = normalizer
        self.stopWords = stopWords
        self.settings = settings
        self.cues = catalog.questionCues[language] ?? []
        self.questionOpenings = catalog.questionOpenings[language] ?? []
        self.howWords = questionOpenings.intersection(cues)
        self.requestCues = catalog.requestCues[language] ?? []
        self.requestCueWords = requestCues.map { $0.split(separator: " ").map(String.init) }
        self.clitics = catalog.clitics[language] ?? []
        self.requestOpenings = catalog.requestOpenings[language] ?? []
        let firstWordOnly = catalog.firstWordOnly[language] ?? []
        self.imperatives = Set(requestOpenings.filter { !$0.hasPrefix("-") && !$0.contains(TermNormalizer.space) && !firstWordOnly.contains($0) })
        self.politeOpenings = catalog.politeOpenings[language] ?? []
        self.askingOpenings = politeOpenings + (catalog.permissionOpenings[language] ?? [])
        self.permissionActions = catalog.permissionActions[language] ?? []
        self.requestExceptions = catalog.requestExceptions[language] ?? []
        self.requestMarkers = catalog.requestMarkers[language] ?? []
        var numberWords: [String: Int] = [:]
        for (number, words) in catalog.numbers[language] ?? [:] {
            for word in words { numberWords[word] = number }
        }
        self.numberWords = numberWords
        var languageWords: [String: Language] = [:]
        for (named, words) in catalog.languageNames {
            for word in words { languageWords[word] = named }
        }
        self.languageWords = languageWords
        let examples = analysis.examples
        self.splitter = CompoundSplitter { examples.weight(of: $0) != nil }
        self.unknownWeight = Self.unknownWeight(catalog: catalog, settings: settings)
        self.examples = examples
        self.cueWords = analysis.cueWords
        self.cuePhrases = analysis.cuePhrases
        self.crisisModel = analysis.crisis
    }

    /// This model's analysed examples and cues.
    var analysis: Analysis {
        Analysis(examples: examples, cueWords: cueWords, cuePhrases: cuePhrases, crisis: crisisModel)
    }

    /// A word no example uses (a name, slang, a typo) weighs less than the rarest known word: it lowers
    /// the match a little instead of vetoing it ("hello kuulo" is still a greeting).
    private static func unknownWeight(catalog: IntentCatalog, settings: IntentSettings) -> Double {
        log(1 + Double(max(catalog.intents.count, 1)) / 1.5) * settings.unknownWordWeight
    }

    private static func analysis(catalog: IntentCatalog, language: Language, normalizer: TermNormalizer, stopWords: Set<String>,
                                 settings: IntentSettings, training: CrisisTraining) -> Analysis {
        // Weight of a term: ln(1 + intents / (intents using it + 0.5)); a term no intent uses gets the
        // highest weight.
        var raw: [(intent: Int, words: [AnalyzedWord])] = []
        var intentsUsing: [String: Set<Int>] = [:]
        for (index, intent) in catalog.intents.enumerated() {
            for phrase in intent.examples[language] ?? [] {
                let words = normalizer.analyze(phrase)
                raw.append((index, words))
                for word in words {
                    for form in word.forms { intentsUsing[form, default: []].insert(index) }
                }
            }
        }
        let splitter = CompoundSplitter(lexicon: Set(intentsUsing.keys))
        let count = Double(max(catalog.intents.count, 1))
        let termWeights = intentsUsing.mapValues { log(1 + count / (Double($0.count) + 0.5)) }
        let unknown = unknownWeight(catalog: catalog, settings: settings)
        let phrases = raw.map { intent, words in
            IntentExamples.Phrase(intent: intent, words: words.map { word in
                var result = Self.word(word, weight: { termWeights[$0] }, unknown: unknown, stopWords: stopWords,
                                       stopWordFactor: settings.stopWordWeight)
                result.terms.formUnion(Self.parts(of: word, splitter: splitter))
                return (result.terms, result.weight, result.isStopWord)
            })
        }
        let examples = IntentExamples(phrases: phrases, termWeights: termWeights, intentCount: catalog.intents.count)
        var cueWords = [[Cue]](repeating: [], count: catalog.intents.count)
        var cuePhrases = [[Cue]](repeating: [], count: catalog.intents.count)
        for (index, intent) in catalog.intents.enumerated() {
            for cue in intent.cues[language] ?? [] where cue.contains("+") {
                // `i'm|am+not+ok|okay`: those words in a row, as typed (after respelling).
                let positions = cue.split(separator: "+").map { position in
                    Set(position.split(separator: "|").flatMap { normalizer.words(in: String($0)) })
                }
                if positions.allSatisfy({ !$0.isEmpty }) { cuePhrases[index].append(positions.map { $0.sorted() }) }
            }
            for cue in intent.cues[language] ?? [] where !cue.contains("+") {
                // `osoite|numero julkaista|levittää`: each word of the cue, any one of its alternatives;
                // `=julkaisi` only as typed (after respelling): neither by its base form nor by a typed
                // word whose reading it is ("tapa", a way, is also a form of "tappaa", to kill).
                let words = cue.split(separator: " ").map { word -> Set<String> in
                    word.split(separator: "|").reduce(into: Set<String>()) { terms, alternative in
                        let asTyped = alternative.hasPrefix("=")
                        for token in normalizer.words(in: String(alternative.drop { $0 == "=" })) {
                            if asTyped {
                                terms.insert(Self.typedMark + token)
                            } else {
                                terms.insert(token)
                                terms.formUnion(normalizer.analyzeWord(token, addsSynonyms: false)?.forms ?? [])
                            }
                        }
                    }
                }.filter { !$0.isEmpty }
                if !words.isEmpty { cueWords[index].append(words.map { $0.sorted() }) }
            }
        }
        return Analysis(examples: examples, cueWords: cueWords, cuePhrases: cuePhrases,
                        crisis: crisisModel(catalog: catalog, language: language, examples: raw, normalizer: normalizer, splitter: splitter,
                                            training: training))
    }

    /// The crisis model of `language`, learnt from the intents' examples (analysed: `examples`) and `training`.
    private static func crisisModel(catalog: IntentCatalog, language: Language, examples: [(intent: Int, words: [AnalyzedWord])],
                                    normalizer: TermNormalizer, splitter: CompoundSplitter, training: CrisisTraining) -> CrisisModel {
        let crisisIntents = catalog.intents.indices.filter { catalog.intents[$0].kind == .crisis }
        var texts = examples.map { example in
            CrisisModel.Text(intent: crisisIntents.contains(example.intent) ? example.intent : nil, terms: crisisTerms(example.words, splitter: splitter))
        }
        for (id, lines) in training.crisis[language] ?? [:] {
            guard let intent = catalog.intents.firstIndex(where: { $0.id == id }) else { continue }
            texts += lines.map { CrisisModel.Text(intent: intent, terms: crisisTerms(normalizer.analyze($0), splitter: splitter)) }
        }
        texts += (training.ordinary[language] ?? []).map {
            CrisisModel.Text(intent: nil, terms: crisisTerms(normalizer.analyze($0), splitter: splitter))
        }
        return CrisisModel(learning: texts, intents: crisisIntents)
    }

    /// The terms the crisis model knows a text by: each word's forms (base forms, a stem) and the compound parts
    /// of them the examples use (`vihaviesti`: `viha`, `viesti`), not its synonyms.
    private static func crisisTerms(_ words: [AnalyzedWord], splitter: CompoundSplitter) -> Set<String> {
        words.reduce(into: Set<String>()) { terms, word in
            if word.forms.isEmpty { terms.insert(word.surface) } else { terms.formUnion(word.forms) }
            terms.formUnion(parts(of: word, splitter: splitter))
        }
    }

    /// How sure the crisis model is that `input` tells of a crisis, and which.
    func crisis(_ input: Input) -> CrisisModel.Assessment? {
        crisisModel.assess(input.crisisTerms, smoothing: settings.crisisSmoothing)
    }

    /// Marks a cue's term that matches only a word as typed (`=tapan`): such terms stand in `Input.allTerms`
    /// for the typed words alone, never for their readings.
    static let typedMark = "="

    /// Whether `input` holds one of the cues of intent `intent`: every word of it, in any order, or
    /// for a cue written with `+`, its words in a row (one other word may stand between two).
    func hasCue(_ input: Input, intent: Int) -> Bool {
        cueWords[intent].contains { cue in cue.allSatisfy { $0.contains(where: input.allTerms.contains) } }
            || cuePhrases[intent].contains { Self.occurs($0, in: input.tokens) }
    }

    /// Whether the words of `phrase` (per position, its alternatives) stand in `tokens` in a row, with
    /// at most one other word between two of them ("i'm honestly not ok").
    private static func occurs(_ phrase: Cue, in tokens: [String]) -> Bool {
        guard let first = phrase.first else { return false }
        return tokens.indices.contains { start in
            guard first.contains(tokens[start]) else { return false }
            var position = start
            for word in phrase.dropFirst() {
                let following = tokens.indices.filter { $0 > position && $0 <= position + 2 }
                guard let next = following.first(where: { word.contains(tokens[$0]) }) else { return false }
                position = next
            }
            return true
        }
    }

    /// `text` analysed: its words (each once), question cue, number and language.
    func input(_ text: String) -> Input {
        let tokens = normalizer.words(in: text)
        var words: [Word] = []
        var seen: Set<Set<String>> = []
        var number: Int?
        var named: Language?
        var cue = false
        var allTerms = Set(tokens)
        let analysedWords = normalizer.analyze(text)
        for analysed in analysedWords {
            allTerms.insert(analysed.surface)
            allTerms.insert(Self.typedMark + analysed.surface)
            // Synonyms are left out: "kriisi" stands for "paskamyrsky" in search, but is no cue of a crisis.
            allTerms.formUnion(analysed.forms)
            let keys = [analysed.surface] + analysed.forms
            let value = keys.lazy.compactMap { self.numberWords[$0] ?? Int($0) }.first.flatMap { (1...8).contains($0) ? $0 : nil }
            if number == nil { number = value }
            if named == nil { named = keys.lazy.compactMap { self.languageWords[$0] }.first }
            if keys.contains(where: cues.contains) { cue = true }
            var word = Self.word(analysed, weight: examples.weight(of:), unknown: unknownWeight, stopWords: stopWords,
                                 stopWordFactor: settings.stopWordWeight)
            word.isNumber = value != nil || analysed.surface.allSatisfy(\.isNumber)
            word.terms.formUnion(Self.parts(of: analysed, splitter: splitter))
            word.numbers = word.terms.compactMap(examples.number(of:))
            word.isRequestMarker = requestMarkers.contains(analysed.surface) || analysed.forms.contains(where: requestMarkers.contains)
            if seen.insert(word.terms).inserted { words.append(word) }
        }
        // Words that only mark a request say nothing of which one when other content words are there.
        if words.contains(where: { !$0.isRequestMarker && !$0.isStopWord }) {
            for position in words.indices where words[position].isRequestMarker && !words[position].isStopWord {
                words[position].weight *= settings.stopWordWeight
            }
        }
        allTerms.formUnion(tokens.map { Self.typedMark + $0 })
        if tokens.contains(where: cues.contains) || tokens.first.map(questionOpenings.contains) == true { cue = true }
        let typed = " " + tokens.joined(separator: " ") + " "
        // A cue of several words ("what is") is looked for as those words in a row.
        if cues.contains(where: { $0.contains(TermNormalizer.space) && typed.containsText(" " + $0 + " ") }) { cue = true }
        let asksToKnow = requestExceptions.contains { typed.containsText(" " + $0 + " ") }
        // A cue right after a question word that is a question cue on its own asks how, not for it ("miten se
        // tehdään", "how do i save"); "what can you do" still asks for something.
        let cued = requestCueWords.contains { Self.occurs($0, in: tokens, notAfter: howWords) }
            || tokens.contains { token in clitics.contains { token.hasSuffix($0) && requestCues.contains(String(token.dropLast($0.count))) } }
            || tokens.first.map { first in
                requestOpenings.contains { opening in
                    if opening.hasPrefix("-") { return first.count >= 6 && first.hasSuffix(opening.dropFirst()) }
                    // An opening of several words ("we need", "pitäisi sopia") is those words first, in a row.
                    return opening.contains(TermNormalizer.space) ? typed.hasPrefix(" " + opening + " ") : first == opening
                }
            } ?? false
        // A later clause that opens with an imperative asks for it as a first word does ("the merch drop is
        // great, write a hype post"); not those that say so only first (`firstWordOnly`).
        let clauseRequest = !cued && Self.clauseStarts(text).contains { clause in
            guard let first = normalizer.words(in: String(clause)).first else { return false }
            return imperatives.contains(first)
        }
        // "Can we record …": a polite question whose next word opens a request asks for it to be done, and a
        // polite question or one asking leave whose verb is one of Kuulo's actions on the plan ("Voimmeko
        // lisätä …", "Can I change only the last sentence …"), by its base form, one other word allowed before it.
        let asksPolitely = Self.opens(typed, tokens: tokens, with: politeOpenings) { word in requestOpenings.contains { $0 == word } }
            || Self.opens(typed, tokens: tokens, with: askingOpenings, followedBy: isAction)
        let request = (cued || clauseRequest || asksPolitely) && !asksToKnow
        // A question mark asks to know unless the words ask for something to be done ("alt-teksti?").
        if FreeTextInterpreter.endsAsQuestion(text) { cue = true }
        return Input(words: words, hasQuestionCue: cue, hasRequestCue: request, number: number,
                     language: named, allTerms: allTerms, tokens: tokens,
                     crisisTerms: Self.crisisTerms(analysedWords, splitter: splitter))
    }

    /// The clauses of `text` after its first: what follows a comma, a full stop, a semicolon, a colon, an
    /// exclamation mark or a line break.
    static func clauseStarts(_ text: String) -> [Substring] {
        Array(text.split(whereSeparator: { ",.;:!\n".contains($0) }).dropFirst())
    }

    /// Whether `words` stand in `tokens` in a row, none of the two words before them one of
    /// `blockers`.
    private static func occurs(_ words: [String], in tokens: [String], notAfter blockers: Set<String>) -> Bool {
        guard !words.isEmpty, words.count <= tokens.count else { return false }
        return (0...(tokens.count - words.count)).contains { start in
            tokens[start..<(start + words.count)].elementsEqual(words)
                && !tokens[max(0, start - 2)..<start].contains(where: blockers.contains)
        }
    }

    /// Whether `typed` (the tokens joined, space at both ends) starts with one of `openings` and the word
    /// after it passes `followedBy`, or the one after that ("can we just save …").
    private static func opens(_ typed: String, tokens: [String], with openings: [String],
                              followedBy: (String) -> Bool) -> Bool {
        openings.contains { opening in
            guard typed.hasPrefix(" " + opening + " ") else { return false }
            return tokens.dropFirst(opening.split(separator: " ").count).prefix(2).contains(where: followedBy)
        }
    }

    /// Whether `word` is one of `permissionActions` as typed or by one of its base forms (`lisätä`,
    /// `saving`). The actions are analysed here, only after an opening that asks, so that most texts —
    /// and the start of `kuulo ask` — never pay for it.
    private func isAction(_ word: String) -> Bool {
        if permissionActions.contains(word) { return true }
        let forms = Set(normalizer.analyzeWord(word, addsSynonyms: false)?.forms ?? [])
        guard !forms.isEmpty else { return false }
        return permissionActions.contains { action in
            normalizer.analyzeWord(action, addsSynonyms: false)?.forms.contains(where: forms.contains) ?? false
        }
    }

    /// Per intent, the best similarity between `input` and its examples: the weighted share of the
    /// example found in the text and the weighted share of the text found in the example, combined as a
    /// weighted geometric mean (`IntentSettings.textShareWeight`). The intents for which `dropsNumbers`
    /// holds are compared without the text's number words.
    func scores(_ input: Input, dropsNumbers: (Int) -> Bool) -> [Double] {
        let all = examples.probe(numbers: input.words.map(\.numbers), weights: input.words.map(\.weight))
        let withoutNumbers = input.words.contains(where: \.isNumber)
            ? examples.probe(numbers: input.words.filter { !$0.isNumber }.map(\.numbers), weights: input.words.filter { !$0.isNumber }.map(\.weight))
            : all
        // A text of stop words alone is compared only with examples of stop words alone ("what can you do"):
        // "the of and a to" shares a few words with "show me the list of commands" and means nothing.
        return (0..<examples.intentCount).map { intent in
            examples.bestScore(dropsNumbers(intent) ? withoutNumbers : all, intent: intent, onlyStopWords: input.isOnlyStopWords,
                               textShareWeight: settings.textShareWeight)
        }
    }

    /// The compound parts of a word's forms that the intents use.
    private static func parts(of word: AnalyzedWord, splitter: CompoundSplitter) -> [String] {
        word.forms.flatMap { splitter.parts(of: $0) }
    }

    /// A word with its weight: its most specific reading the intents know (a synonym's when only that
    /// is known, `unknown` when none is), times `stopWordFactor` for a stop word.
    private static func word(_ analysed: AnalyzedWord, weight: (String) -> Double?, unknown: Double, stopWords: Set<String>,
                             stopWordFactor: Double) -> Word {
        let known = analysed.forms.compactMap(weight).max() ?? analysed.synonyms.compactMap(weight).max()
        let isStopWord = stopWords.contains(analysed.surface) || analysed.forms.allSatisfy(stopWords.contains)
        let weight = (known ?? unknown) * (isStopWord ? stopWordFactor : 1)
        return Word(terms: Set(analysed.forms + analysed.synonyms + analysed.negatedForms), weight: weight, isNumber: false,
                    isStopWord: isStopWord)
    }
}
