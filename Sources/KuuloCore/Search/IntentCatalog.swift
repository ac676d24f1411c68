import Foundation

/// The intents of `Prompts/intents.yaml`: what a trustee may type instead of a slash command.
public struct IntentCatalog: Sendable, Equatable {
    /// Path of the intent file.
    public static let path = "Prompts/intents.yaml"

    /// A value an intent can pick out of the text.
    public enum Slot: String, Sendable {
        /// A tip number 1–8, as a digit or a word ("kolmas", "third").
        case number
        /// A language ("englanniksi", "Finnish").
        case language
    }

    /// What an intent stands for.
    public enum Kind: String, Sendable {
        /// A slash command to run.
        case command
        /// A threat, harassment, doxxing or distress: the crisis guidance comes before anything else.
        case crisis
        /// A greeting or thanks: a short human reply.
        case smalltalk
    }

    /// One intent.
    public struct Intent: Sendable, Equatable {
        /// What the intent stands for (a command unless the file says `kind:`).
        public var kind: Kind = .command
        /// Words (per language, as typed or as base forms and stems) any one of which makes a text this
        /// intent whatever else it says: `uhkailla`, `threaten` for `crisis`. A cue of several words needs
        /// all of them, in any order; `a|b` lets either stand for one word (`osoite|numero julkaista`);
        /// `=word` matches only as typed (after respelling), not by its base form; `a+b` needs the words
        /// as typed, in a row (`i'm+not+ok`).
        public var cues: [Language: [String]] = [:]
        /// Small talk: the reply per language. A crisis intent with a reply (distress) shows it instead
        /// of the general crisis guidance.
        public var reply: LocalizedText?
        /// Crisis: the Knowledge articles that guide through one, first the one to read; an answer
        /// from another article is not shown with the guidance.
        public var articles: [String] = []
        /// Stable id (`draft`, `tips`).
        public var id: String
        /// The command it runs, as typed (`/draft`).
        public var command: String
        /// A short description per language.
        public var label: LocalizedText
        /// The value the intent picks out of the text, if any.
        public var slot: Slot?
        /// The id when the slot is filled; `{value}` stands for the value (`tip-{value}`).
        public var slotID: String?
        /// The command when the slot is filled (`/tips {value}`).
        public var slotCommand: String?
        /// Whether the intent is itself asked as a how/why question (no question-word penalty).
        public var isQuestionLike: Bool
        /// Example phrases per language.
        public var examples: [Language: [String]]
    }

    /// The intents in file order.
    public var intents: [Intent]
    /// Question words per language that suggest a question for Knowledge rather than a command.
    public var questionCues: [Language: Set<String>]
    /// Words per language that mark a question when the text opens with one ("mitä kaikkea …", "do images
    /// need …"), though elsewhere they need not ("näytä mitä puuttuu").
    public var questionOpenings: [Language: Set<String>] = [:]
    /// Words per language that mark a text as asking for something to be done ("auta", "help me",
    /// "haluan"): with one, a question word does not lower the intents' scores.
    public var requestCues: [Language: Set<String>] = [:]
    /// Words per language that only say a request is made ("auta", "voisitko", "help"), not which: in a
    /// text with other words they weigh as stop words.
    public var requestMarkers: [Language: Set<String>] = [:]
    /// Words in a row per language that ask to know rather than to do ("haluaisin tietää", "want to
    /// know"): a text with one is no request whatever cue it has.
    public var requestExceptions: [Language: [String]] = [:]
    /// What a text's first word is (an imperative: "write", "kirjaa") or how it ends (`-taan`: the
    /// Finnish passive, "Kirjoitetaan julkaisu", says "let's") when the text is a request, per language.
    public var requestOpenings: [Language: [String]] = [:]
    /// Request openings that ask for something only as the text's first word, per language; every other
    /// one-word opening does so also at the start of a later clause ("…, write a hype post").
    public var firstWordOnly: [Language: Set<String>] = [:]
    /// Words that open a polite question ("can we", "could i"), per language: followed by a request
    /// opening ("Can we record …"), the text asks for something to be done, not to know.
    public var politeOpenings: [Language: [String]] = [:]
    /// Words that open a question asking leave ("can we", "can i"), per language: such a question asks
    /// for something to be done only when its next word is one of `permissionActions`.
    public var permissionOpenings: [Language: [String]] = [:]
    /// Verbs that, after a permission opening, ask Kuulo to act rather than whether the union may
    /// ("Can we continue the handover …", "Can I import …"), per language.
    public var permissionActions: [Language: Set<String>] = [:]
    /// Endings a word may carry without changing what it asks for, per language (`näytäpä` is `näytä`):
    /// a request cue matches with one of them.
    public var clitics: [Language: [String]] = [:]
    /// What asks for the rest of a cut answer, per language, lower-case ("lisää", "more").
    public var moreWords: [Language: Set<String>] = [:]
    /// Number words per language, by value.
    public var numbers: [Language: [Int: [String]]]
    /// Words naming each language, in either language.
    public var languageNames: [Language: [String]]
    /// The command that acts on a Knowledge article, by article id.
    public var articleCommands: [String: String]

    /// The intent with `id`, if there is one.
    public func intent(_ id: String) -> Intent? {
        intents.first { $0.id == id }
    }

    /// Creates a catalog.
    public init(intents: [Intent], questionCues: [Language: Set<String>] = [:], numbers: [Language: [Int: [String]]] = [:],
                languageNames: [Language: [String]] = [:], articleCommands: [String: String] = [:]) {
        self.intents = intents
        self.questionCues = questionCues
        self.numbers = numbers
        self.languageNames = languageNames
        self.articleCommands = articleCommands
    }

    /// Reads `Prompts/intents.yaml`; intents without an id, a command or a label are skipped with a
    /// warning in `data`.
    public init(data: DataFiles) {
        let tree = data.tree(Self.path)
        var intents: [Intent] = []
        for (position, raw) in (tree?["intents"]?.arrayValue ?? []).enumerated() {
            let kind = raw["kind"]?.stringValue.flatMap(Kind.init(rawValue:)) ?? .command
            // Crisis and small talk run no command; their id stands in for one.
            guard let id = raw["id"]?.stringValue,
                  let command = raw["command"]?.stringValue ?? (kind == .command ? nil : id),
                  let label = LocalizedText(json: raw["label"]) else {
                data.warn(DataFileError(path: Self.path, line: nil, column: nil,
                                        problem: "intent \(position + 1) needs id, command and label"))
                continue
            }
            var examples: [Language: [String]] = [:]
            var intentCues: [Language: [String]] = [:]
            for language in Language.allCases {
                examples[language] = raw["examples"]?[language.rawValue]?.stringArray ?? []
                intentCues[language] = (raw["cues"]?[language.rawValue]?.stringArray ?? []).map { $0.lowercased() }
            }
            intents.append(Intent(
                kind: kind, cues: intentCues, reply: LocalizedText(json: raw["reply"]), articles: raw["articles"]?.stringArray ?? [], id: id, command: command, label: label, slot: raw["slot"]?.stringValue.flatMap(Slot.init(rawValue:)),
                slotID: raw["slotId"]?.stringValue, slotCommand: raw["slotCommand"]?.stringValue,
                isQuestionLike: raw["questionLike"]?.boolValue ?? false, examples: examples))
        }
        var cues: [Language: Set<String>] = [:]
        var numbers: [Language: [Int: [String]]] = [:]
        var names: [Language: [String]] = [:]
        for language in Language.allCases {
            cues[language] = Set((tree?["questionCues"]?[language.rawValue]?.stringArray ?? []).map { $0.lowercased() })
            var words: [Int: [String]] = [:]
            for (key, value) in tree?["numbers"]?[language.rawValue]?.objectValue ?? [:] {
                if let number = Int(key) { words[number] = (value.stringArray ?? []).map { $0.lowercased() } }
            }
            numbers[language] = words
            names[language] = (tree?["languages"]?[language.rawValue]?.stringArray ?? []).map { $0.lowercased() }
        }
        var articleCommands: [String: String] = [:]
        for (id, command) in tree?["articleCommands"]?.objectValue ?? [:] {
            if let command = command.stringValue { articleCommands[id] = command }
        }
        self.init(intents: intents, questionCues: cues, numbers: numbers, languageNames: names, articleCommands: articleCommands)
        for language in Language.allCases {
            questionOpenings[language] = Set((tree?["questionOpenings"]?[language.rawValue]?.stringArray ?? []).map { $0.lowercased() })
            requestCues[language] = Set((tree?["requestCues"]?[language.rawValue]?.stringArray ?? []).map { $0.lowercased() })
            requestMarkers[language] = Set((tree?["requestMarkers"]?[language.rawValue]?.stringArray ?? []).map { $0.lowercased() })
            requestExceptions[language] = (tree?["requestExceptions"]?[language.rawValue]?.stringArray ?? []).map { $0.lowercased() }
            requestOpenings[language] = (tree?["requestOpenings"]?[language.rawValue]?.stringArray ?? []).map { $0.lowercased() }
            politeOpenings[language] = (tree?["politeOpenings"]?[language.rawValue]?.stringArray ?? []).map { $0.lowercased() }
            permissionOpenings[language] = (tree?["permissionOpenings"]?[language.rawValue]?.stringArray ?? []).map { $0.lowercased() }
            permissionActions[language] = Set((tree?["permissionActions"]?[language.rawValue]?.stringArray ?? []).map { $0.lowercased() })
            clitics[language] = (tree?["clitics"]?[language.rawValue]?.stringArray ?? []).map { $0.lowercased() }
            moreWords[language] = Set((tree?["moreWords"]?[language.rawValue]?.stringArray ?? []).map { $0.lowercased() })
            firstWordOnly[language] = Set((tree?["firstWordOnly"]?[language.rawValue]?.stringArray ?? []).map { $0.lowercased() })
        }
    }
}
