import Foundation

/// The data behind `NameInflector` for one language, from `Prompts/inflection/<code>.yaml`: how an
/// abbreviation's last letter sounds, the endings each sound takes with a real word to confirm them,
/// the words after a name's head that stay as they are ("ry"), and consonant gradation.
public struct NameInflectionRules: Sendable, Equatable {
    /// The endings of one sound, with a word ending in that sound ("pyy" for "yy").
    public struct Sound: Sendable, Equatable {
        /// A real word that ends in the sound: Voikko confirms an ending on it.
        public var word: String
        /// The ending after the colon per case ("hyn").
        public var endings: [GrammaticalCase: String]
    }

    /// The sound of each letter's spoken name (`"Y"` → `"yy"`).
    public var letters: [Character: String]
    /// The endings of each sound.
    public var sounds: [String: Sound]
    /// Words after the head word that are not inflected, lower case (`ry`).
    public var suffixes: Set<String>
    /// Consonant gradation, strong → weak, longest first.
    public var gradation: [(strong: String, weak: String)]
    /// Which abbreviations are read as a word (SAMOK) rather than letter by letter (LYY).
    public var wordReading: AbbreviationReading

    public static func == (lhs: Self, rhs: Self) -> Bool {
        lhs.letters == rhs.letters && lhs.sounds == rhs.sounds && lhs.suffixes == rhs.suffixes
            && lhs.gradation.map(\.strong) == rhs.gradation.map(\.strong) && lhs.gradation.map(\.weak) == rhs.gradation.map(\.weak)
            && lhs.wordReading == rhs.wordReading
    }

    /// Reads a parsed `Prompts/inflection/<code>.yaml`.
    public init(json: JSONValue) {
        var letters: [Character: String] = [:]
        for (key, value) in json["letters"]?.objectValue ?? [:] {
            if let letter = key.first, key.count == 1, let sound = value.stringValue { letters[letter] = sound }
        }
        var sounds: [String: Sound] = [:]
        for (key, value) in json["sounds"]?.objectValue ?? [:] {
            guard let word = value["word"]?.stringValue else { continue }
            var endings: [GrammaticalCase: String] = [:]
            for grammaticalCase in GrammaticalCase.allCases {
                if let ending = value[grammaticalCase.rawValue]?.stringValue { endings[grammaticalCase] = ending }
            }
            sounds[key] = Sound(word: word, endings: endings)
        }
        self.letters = letters
        self.sounds = sounds
        self.suffixes = Set((json["suffixes"]?.arrayValue ?? []).compactMap { $0.stringValue?.lowercased() })
        self.gradation = (json["gradation"]?.objectValue ?? [:])
            .compactMap { key, value in value.stringValue.map { (strong: key, weak: $0) } }
            .sorted { ($0.strong.count, $0.strong) > ($1.strong.count, $1.strong) }
        self.wordReading = AbbreviationReading(json: json["abbreviationsAsWords"])
    }

    /// The rules for `language` from the data files; `nil` when the language has none.
    public static func load(_ language: Language, data: DataFiles) -> NameInflectionRules? {
        data.tree("Prompts/inflection/\(language.code).yaml").map(NameInflectionRules.init(json:))
    }
}
