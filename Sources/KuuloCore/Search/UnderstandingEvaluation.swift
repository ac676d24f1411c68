import Foundation

/// Measures how free text is understood on labelled sets, the way the chat and `kuulo ask` read it:
/// `kuulo-eval` prints these figures, and the held-out set's test asserts them.
///
/// A set is YAML with `fi:` and `en:` lists of `{q: "…", id: …}`. For questions `id` is the Knowledge
/// article that should answer; for requests it is a command id (`draft`, `tips`, …), `crisis`,
/// `smalltalk`, or `not-crisis` (anything but the crisis guidance is right).
public struct UnderstandingEvaluation: Sendable {
    /// One labelled line of a set.
    public struct Labelled: Sendable, Equatable {
        /// What a trustee typed.
        public var text: String
        /// The article or command id that should answer it.
        public var expected: String

        /// A labelled line.
        public init(text: String, expected: String) {
            self.text = text
            self.expected = expected
        }
    }

    /// Questions: how often the right article comes first and among the first three.
    public struct QuestionScore: Sendable, Equatable {
        /// How many questions were asked.
        public var count = 0
        /// Right article first.
        public var top1 = 0
        /// Right article among the first three.
        public var top3 = 0
        /// No answer at all.
        public var unanswered = 0
        /// Two or three articles too close to tell apart (the chat asks back).
        public var closeCalls = 0
        /// The chat starts a command or replies with small talk instead of answering.
        public var takenForRequests = 0
        /// The chat shows the crisis guidance first.
        public var crisisFirst = 0
        /// One line per miss, for `--verbose`.
        public var misses: [String] = []
    }

    /// Requests: how often the right command starts.
    public struct RequestScore: Sendable, Equatable {
        /// How many requests were made.
        public var count = 0
        /// The right command started (or the crisis guidance / small talk reply given, as labelled).
        public var right = 0
        /// Not started, but offered among the options the chat asked back with.
        public var askedWithIt = 0
        /// Answered with an article instead of a command.
        public var articles = 0
        /// One line per miss, for `--verbose`.
        public var misses: [String] = []
    }

    /// Reads the chat's free text.
    public let interpreter: FreeTextInterpreter
    /// Maps a command name to its id (`/nameforms` → `names`).
    public let commands: CommandRegistry

    /// An evaluation of `interpreter`, with `commands` to name what it starts.
    public init(interpreter: FreeTextInterpreter, commands: CommandRegistry) {
        self.interpreter = interpreter
        self.commands = commands
    }

    /// The labelled lines of a set's YAML `text` per language.
    public static func read(_ text: String, path: String) throws(DataFileError) -> [Language: [Labelled]] {
        let tree = try YAMLData.parse(text, path: path)
        var result: [Language: [Labelled]] = [:]
        for language in Language.allCases {
            for (position, entry) in (tree[language.rawValue]?.arrayValue ?? []).enumerated() {
                guard let question = entry["q"]?.stringValue, let id = entry["id"]?.stringValue else {
                    throw DataFileError(path: path, line: 1, column: 1,
                                        problem: "\(language.rawValue) entry \(position + 1) needs q and id")
                }
                result[language, default: []].append(Labelled(text: question, expected: id))
            }
        }
        return result
    }

    /// Scores `questions` in `language`; with `explains`, a miss also lists what each of its words added.
    public func questions(_ questions: [Labelled], language: Language, explains: Bool = false) -> QuestionScore {
        var score = QuestionScore(count: questions.count)
        for question in questions {
            let result = interpreter.index.search(question.text, language: language)
            let ids = result.isAnswered ? result.answers.map(\.id) : []
            if ids.first == question.expected { score.top1 += 1 }
            if ids.prefix(3).contains(question.expected) { score.top3 += 1 }
            if !result.isAnswered { score.unanswered += 1 }
            if result.isCloseCall { score.closeCalls += 1 }
            // What the chat does with it: the crisis guidance before the answer, or a command or small
            // talk instead of one.
            let chat = outcome(interpreter.interpret(question.text, language: language))
            if chat.id == "crisis" {
                score.crisisFirst += 1
                score.misses.append("  \(language.rawValue) \"\(question.text)\" → \(question.expected): the chat shows the crisis guidance first \(chat.detail)")
            }
            if !["article", "none", "crisis"].contains(chat.id) {
                score.takenForRequests += 1
                score.misses.append("  \(language.rawValue) \"\(question.text)\" → \(question.expected): the chat takes it for \(chat.id) \(chat.detail)")
            }
            if ids.first != question.expected {
                let shown = result.answers.prefix(3).map { "\($0.id) \(String(format: "%.2f", $0.score))" }.joined(separator: ", ")
                score.misses.append("  \(language.rawValue) \"\(question.text)\" → \(question.expected): got [\(shown)] \(result.status.rawValue)")
                if explains {
                    score.misses += interpreter.index.explanation(question.text, language: language, articles: [question.expected])
                }
            }
        }
        return score
    }

    /// Scores `requests` in `language`.
    public func requests(_ requests: [Labelled], language: Language) -> RequestScore {
        var score = RequestScore(count: requests.count)
        for request in requests {
            let (id, detail) = outcome(interpreter.interpret(request.text, language: language))
            if id == request.expected || (request.expected == "not-crisis" && id != "crisis") {
                score.right += 1
                continue
            }
            if id == "clarify", detail.split(separator: "|").contains(Substring(request.expected)) { score.askedWithIt += 1 }
            if id == "article" { score.articles += 1 }
            let scores = interpreter.intents.match(request.text, language: language).matches.map { String(format: "%.2f", $0.score) }
            score.misses.append("  \(language.rawValue) \"\(request.text)\" → \(request.expected): got \(id) \(detail) (intent scores \(scores.joined(separator: " ")))")
        }
        return score
    }

    /// The id of the command a match runs (`names` for `/nameforms`), `crisis` or `smalltalk`.
    private func commandID(_ match: IntentMatch) -> String {
        commands.command(named: match.commandID)?.id ?? match.commandID
    }

    /// What the chat does with a text, as an id comparable with a set's: a command id, `crisis`,
    /// `smalltalk`, or `clarify`, `article`, `none` when no command starts; and a detail for misses.
    private func outcome(_ interpretation: Interpretation) -> (id: String, detail: String) {
        switch interpretation {
        case .crisis(let match, _), .smalltalk(let match), .command(let match):
            return (commandID(match), match.command)
        case .clarify(let options):
            return ("clarify", options.map(commandID).joined(separator: "|"))
        case .answer(let result, _):
            return ("article", result.answers.first?.id ?? "")
        case .noAnswer(let result):
            return ("none", result.status.rawValue)
        }
    }
}

extension UnderstandingEvaluation.QuestionScore {
    /// The summary line `kuulo-eval` prints for `language`.
    public func line(_ language: Language) -> String {
        "questions \(language.rawValue): top-1 \(top1)/\(count) (\(Self.percent(top1, count))), top-3 \(top3)/\(count) (\(Self.percent(top3, count))), "
            + "no answer \(unanswered)/\(count), close calls \(closeCalls), taken for a request by the chat \(takenForRequests), "
            + "crisis guidance shown first \(crisisFirst)"
    }

    static func percent(_ part: Int, _ total: Int) -> String {
        total == 0 ? "–" : String(format: "%.1f %%", 100 * Double(part) / Double(total))
    }
}

extension UnderstandingEvaluation.RequestScore {
    /// The summary line `kuulo-eval` prints for `language`.
    public func line(_ language: Language) -> String {
        "requests \(language.rawValue): right flow \(right)/\(count) (\(UnderstandingEvaluation.QuestionScore.percent(right, count))), "
            + "asked back with it among the options \(askedWithIt), answered with an article \(articles)"
    }
}
