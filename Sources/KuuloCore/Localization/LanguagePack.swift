/// What Kuulo knows about one language besides its texts, read from `Prompts/languages/<code>.yaml`:
/// its names, the cues that tell it apart in a mixed post, its yes/no, conflict and number words,
/// sentence-length limit, language libraries and how its words are reduced for search and checks.
///
/// A pack is immutable and shared (a class, so handing it around costs one reference count).
public final class LanguagePack: Sendable {
    /// How words are reduced to the terms that search and checks compare.
    public enum WordAnalysis: String, Sendable {
        /// A morphological analyser gives dictionary forms (Voikko for Finnish).
        case baseForms = "base-forms"
        /// A stemmer cuts endings (Porter2 / Snowball for English).
        case stem
    }

    /// Which way text runs.
    public enum Direction: String, Sendable {
        /// Left to right.
        case ltr
        /// Right to left.
        case rtl
    }

    /// The evidence `LanguageDetector` adds up for the language.
    public struct DetectionCues: Sendable {
        /// Common short words (2 points each).
        public var functionWords: Set<String> = []
        /// Typical word endings, looked for on words over four letters (0.5 points).
        public var endings: [String] = []
        /// Letters typical of the language (1 point for each word that has one).
        public var letters: Set<Unicode.Scalar> = []
        /// Labels before a colon or parenthesis at the start of a paragraph, lower case (4 points).
        public var labels: Set<String> = []
        /// Flag emoji as scalar values (4 points).
        public var flags: [[UInt32]] = []

        /// Cues with the given evidence; none by default.
        public init(functionWords: Set<String> = [], endings: [String] = [], letters: Set<Unicode.Scalar> = [],
                    labels: Set<String> = [], flags: [[UInt32]] = []) {
            self.functionWords = functionWords
            self.endings = endings
            self.letters = letters
            self.labels = labels
            self.flags = flags
        }
    }

    /// A negative contraction read as its negation word too (`aren't` → `not`).
    public struct Negation: Sendable {
        /// The contracted ending (`n't`).
        public var suffix: String
        /// The word it stands for (`not`).
        public var word: String

        /// A contraction and its word.
        public init(suffix: String, word: String) {
            self.suffix = suffix
            self.word = word
        }
    }

    /// The language code (`fi`).
    public let code: String
    /// Where the language comes in lists (lower first); `nil` sorts after every ordered pack.
    public let order: Int?
    /// The language's name keyed by the code of the language it is written in (`fi: suomi`, `en: Finnish`).
    public let names: [String: String]
    /// What users may call the language (`--lang`, `/kieli`), lower case; the code is always one.
    public let identifiers: Set<String>
    /// Which way text runs.
    public let direction: Direction
    /// Opening and closing quotation marks, when the pack gives them.
    public let quotes: (open: String, close: String)?
    /// Evidence for the language detector.
    public let detection: DetectionCues
    /// Answers meaning yes, lower case.
    public let yesWords: Set<String>
    /// Answers meaning no, lower case.
    public let noWords: Set<String>
    /// Answers meaning "something not in the list" ("jokin muu", "other"), lower case.
    public let otherWords: Set<String>
    /// Answers meaning "keep my value" when two saves disagree, lower case.
    public let mineWords: Set<String>
    /// Answers meaning "take the other value", lower case.
    public let theirsWords: Set<String>
    /// Number words (cardinal and ordinal), lower case, by value, smallest value first. A list, not a
    /// dictionary: an `Int`-keyed dictionary would be the only one a start makes, and the first of each
    /// key type costs ~0.4 M instructions of runtime conformance look-ups.
    public let numbers: [(value: Int, words: [String])]
    /// Month words, lower case, every form a person may type ("lokakuu", "lokakuussa", "lokak",
    /// "oct"), by month (1 = January), first month first.
    public let months: [(value: Int, words: [String])]
    /// Words in a sentence before `readability.long-sentence` speaks up; `nil` leaves the rule off.
    public let longSentenceWords: Int?
    /// Voikko's language code, when Voikko handles the language.
    public let voikko: String?
    /// Hunspell's dictionary name (`en_US`), when Hunspell handles the language.
    public let hunspell: String?
    /// Snowball's algorithm name (`finnish`, `english`, `swedish`).
    public let snowball: String?
    /// The system package that brings the language's dictionary, for the "install X" advice.
    public let dictionaryPackage: String?
    /// How words are reduced to terms.
    public let analysis: WordAnalysis
    /// Whether words join into compounds that search and checks split (`kuvateksti` = `kuva` + `teksti`).
    public let splitsCompounds: Bool
    /// The built-in suffix stripper search falls back on (`finnish`), if any.
    public let suffixStripper: String?
    /// The shortest word search matches to a near spelling.
    public let spellingMatchMinimum: Int
    /// A possessive ending accepted after a known word (`'s`).
    public let possessiveSuffix: String?
    /// A negative contraction search also reads as its negation word.
    public let negation: Negation?
    /// Whether search files American spellings under British ones.
    public let britishSpelling: Bool
    /// How a count picks the form of a plural text (`TextEntry.plural`); `one-other` when the pack
    /// does not say.
    public let plurals: PluralRule

    /// A pack with nothing but a code: no cues, no words, default word handling.
    public init(code: String) {
        self.code = code
        self.order = nil
        self.names = [:]
        self.identifiers = [code]
        self.direction = .ltr
        self.quotes = nil
        self.detection = DetectionCues()
        self.yesWords = []
        self.noWords = []
        self.otherWords = []
        self.mineWords = []
        self.theirsWords = []
        self.numbers = []
        self.months = []
        self.longSentenceWords = nil
        self.voikko = nil
        self.hunspell = nil
        self.snowball = nil
        self.dictionaryPackage = nil
        self.analysis = .stem
        self.splitsCompounds = false
        self.suffixStripper = nil
        self.spellingMatchMinimum = 7
        self.possessiveSuffix = nil
        self.negation = nil
        self.britishSpelling = false
        self.plurals = .oneOther
    }

    /// A pack from its values as they are read from a file (`PrebuiltData`: the built-in packs made at
    /// build time, so a start does not read their files).
    public init(code: String, order: Int?, names: [String: String], identifiers: Set<String>, direction: Direction,
                quotes: (open: String, close: String)?, detection: DetectionCues, yesWords: Set<String>, noWords: Set<String>,
                otherWords: Set<String>, mineWords: Set<String>, theirsWords: Set<String>, numbers: [(value: Int, words: [String])],
                months: [(value: Int, words: [String])], longSentenceWords: Int?, voikko: String?, hunspell: String?,
                snowball: String?, dictionaryPackage: String?, analysis: WordAnalysis, splitsCompounds: Bool,
                suffixStripper: String?, spellingMatchMinimum: Int, possessiveSuffix: String?, negation: Negation?,
                britishSpelling: Bool, plurals: PluralRule) {
        self.code = code
        self.order = order
        self.names = names
        self.identifiers = identifiers
        self.direction = direction
        self.quotes = quotes
        self.detection = detection
        self.yesWords = yesWords
        self.noWords = noWords
        self.otherWords = otherWords
        self.mineWords = mineWords
        self.theirsWords = theirsWords
        self.numbers = numbers
        self.months = months
        self.longSentenceWords = longSentenceWords
        self.voikko = voikko
        self.hunspell = hunspell
        self.snowball = snowball
        self.dictionaryPackage = dictionaryPackage
        self.analysis = analysis
        self.splitsCompounds = splitsCompounds
        self.suffixStripper = suffixStripper
        self.spellingMatchMinimum = spellingMatchMinimum
        self.possessiveSuffix = possessiveSuffix
        self.negation = negation
        self.britishSpelling = britishSpelling
        self.plurals = plurals
    }

    /// Reads a pack from its parsed file; an unknown key, a missing code or a value of the wrong
    /// kind is an error naming the file (the build runs this on every embedded pack).
    public init(tree: JSONValue, path: String) throws(DataFileError) {
        let reader = PackReader(path: path)
        let top = try reader.object(tree, "the pack", keys: PackReader.topKeys)
        guard let code = top["code"]?.stringValue, !code.isEmpty,
              code.unicodeScalars.allSatisfy({ ("a"..."z").contains($0) }) else {
            throw reader.error("code must be a lower-case language code such as fi")
        }
        self.code = code
        self.order = try reader.int(top["order"], "order")
        self.names = try reader.stringMap(top["names"], "names")
        self.identifiers = Set(try reader.words(top["identifiers"], "identifiers")).union([code])
        self.direction = try reader.enumValue(top["direction"], "direction", default: .ltr)
        if let quotes = top["quotes"] {
            let members = try reader.object(quotes, "quotes", keys: ["open", "close"])
            guard let open = members["open"]?.stringValue, let close = members["close"]?.stringValue else {
                throw reader.error("quotes needs open and close")
            }
            self.quotes = (open, close)
        } else {
            self.quotes = nil
        }
        let detection = try reader.object(top["detection"] ?? .object([:]), "detection",
                                          keys: ["functionWords", "endings", "letters", "labels", "flags"])
        var cues = DetectionCues()
        cues.functionWords = Set(try reader.words(detection["functionWords"], "detection.functionWords"))
        cues.endings = try reader.words(detection["endings"], "detection.endings")
        cues.letters = Set(try reader.words(detection["letters"], "detection.letters").flatMap(\.unicodeScalars))
        cues.labels = Set(try reader.words(detection["labels"], "detection.labels"))
        cues.flags = try reader.strings(detection["flags"], "detection.flags").map { $0.unicodeScalars.map(\.value) }
        self.detection = cues
        let answers = try reader.object(top["answers"] ?? .object([:]), "answers", keys: ["yes", "no", "other"])
        self.yesWords = Set(try reader.words(answers["yes"], "answers.yes"))
        self.noWords = Set(try reader.words(answers["no"], "answers.no"))
        self.otherWords = Set(try reader.words(answers["other"], "answers.other"))
        let conflict = try reader.object(top["conflict"] ?? .object([:]), "conflict", keys: ["mine", "theirs"])
        self.mineWords = Set(try reader.words(conflict["mine"], "conflict.mine"))
        self.theirsWords = Set(try reader.words(conflict["theirs"], "conflict.theirs"))
        var numbers: [(value: Int, words: [String])] = []
        for (key, value) in try reader.object(top["numbers"] ?? .object([:]), "numbers", keys: nil) {
            guard let number = Int(key) else { throw reader.error("numbers: '\(key)' is not a whole number") }
            numbers.append((number, try reader.words(value, "numbers.\(key)")))
        }
        self.numbers = numbers.sorted { $0.value < $1.value }
        var months: [(value: Int, words: [String])] = []
        for (key, value) in try reader.object(top["months"] ?? .object([:]), "months", keys: nil) {
            guard let month = Int(key), (1...12).contains(month) else { throw reader.error("months: '\(key)' is not a month number 1–12") }
            months.append((month, try reader.words(value, "months.\(key)")))
        }
        self.months = months.sorted { $0.value < $1.value }
        let sentences = try reader.object(top["sentences"] ?? .object([:]), "sentences", keys: ["longSentenceWords"])
        self.longSentenceWords = try reader.int(sentences["longSentenceWords"], "sentences.longSentenceWords")
        let libraries = try reader.object(top["linguistics"] ?? .object([:]), "linguistics",
                                          keys: ["voikko", "hunspell", "snowball", "dictionaryPackage"])
        self.voikko = try reader.string(libraries["voikko"], "linguistics.voikko")
        self.hunspell = try reader.string(libraries["hunspell"], "linguistics.hunspell")
        self.snowball = try reader.string(libraries["snowball"], "linguistics.snowball")
        self.dictionaryPackage = try reader.string(libraries["dictionaryPackage"], "linguistics.dictionaryPackage")
        let morphology = try reader.object(top["morphology"] ?? .object([:]), "morphology", keys: PackReader.morphologyKeys)
        self.analysis = try reader.enumValue(morphology["analysis"], "morphology.analysis", default: .stem)
        self.splitsCompounds = try reader.bool(morphology["compounds"], "morphology.compounds") ?? false
        self.suffixStripper = try reader.string(morphology["suffixStripper"], "morphology.suffixStripper")
        self.spellingMatchMinimum = try reader.int(morphology["spellingMatchMinimum"], "morphology.spellingMatchMinimum") ?? 7
        self.possessiveSuffix = try reader.string(morphology["possessiveSuffix"], "morphology.possessiveSuffix")
        if let negation = morphology["negation"] {
            let members = try reader.object(negation, "morphology.negation", keys: ["suffix", "word"])
            guard let suffix = members["suffix"]?.stringValue, let word = members["word"]?.stringValue else {
                throw reader.error("morphology.negation needs suffix and word")
            }
            self.negation = Negation(suffix: suffix, word: word)
        } else {
            self.negation = nil
        }
        self.britishSpelling = try reader.bool(morphology["britishSpelling"], "morphology.britishSpelling") ?? false
        self.plurals = try reader.enumValue(top["plurals"], "plurals", default: .oneOther)
    }

    /// The language's name written in `language`, else in itself, else its code.
    public func name(in language: Language) -> String {
        names[language.code] ?? names[code] ?? code
    }

    /// The value of a number word (`kolme`, `third`), or `nil`.
    public func number(_ word: String) -> Int? {
        let lowered = word.lowercased()
        return numbers.first { $0.words.contains(lowered) }?.value
    }

    /// The month (1–12) a month word names (`lokakuussa`, `Oct.`), or `nil`. A full stop after an
    /// abbreviation is not part of the word.
    public func month(_ word: String) -> Int? {
        var lowered = word.lowercased()
        if lowered.hasSuffix(".") { lowered.removeLast() }
        return months.first { $0.words.contains(lowered) }?.value
    }
}
