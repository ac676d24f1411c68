import Foundation

/// An English stemmer after Martin Porter's "Porter2" (Snowball English) algorithm, written for Kuulo:
/// `hashtags` → `hashtag`, `publishing` → `publish`, `organisation` → `organis`, `trustees` → `truste`.
/// Common irregular verb forms are first taken to their base form (`wrote` → `write`).
///
/// Words with letters outside a–z are returned unchanged, as are words of one or two letters.
/// It also serves as the English `Lemmatizer` when no dictionary-based one is available: its "base
/// form" is the stem, which is only ever compared with other stems.
public struct EnglishStemmer: Lemmatizer {
    /// Creates a stemmer.
    public init() {}

    /// The stem of `word`, as the only "base form".
    public func baseForms(_ word: String) -> [String] {
        [stem(word)]
    }

    /// The stem of a lower-case word.
    public func stem(_ word: String) -> String {
        var letters = Array(word.lowercased())
        if letters.first == "'" { letters.removeFirst() }
        guard letters.count > 2, letters.allSatisfy({ $0 == "'" || ("a"..."z").contains($0) }) else {
            return String(letters)
        }
        var plain = String(letters)
        if let exception = Self.exceptions[plain] { return exception }
        if let base = Self.irregular[plain] {
            plain = base
            letters = Array(base)
        }
        var stem = StemBuffer(letters)
        stem.step0()
        stem.step1a()
        if Self.afterStep1a.contains(stem.string) { return stem.string }
        stem.step1b()
        stem.step1c()
        stem.step2()
        stem.step3()
        stem.step4()
        stem.step5()
        return stem.finished
    }

    /// Words with a fixed stem.
    private static let exceptions: [String: String] = [
        "skis": "ski", "skies": "sky", "dying": "die", "lying": "lie", "tying": "tie",
        "idly": "idl", "gently": "gentl", "ugly": "ugli", "early": "earli", "only": "onli", "singly": "singl",
        "sky": "sky", "news": "news", "howe": "howe", "atlas": "atlas", "cosmos": "cosmos", "bias": "bias",
        "andes": "andes",
    ]

    /// Irregular verb forms, stemmed as their base form: `wrote` and `written` meet `write`.
    private static let irregular: [String: String] = [
        "wrote": "write", "written": "write", "said": "say", "spoke": "speak", "spoken": "speak",
        "made": "make", "took": "take", "taken": "take", "gave": "give", "given": "give", "got": "get",
        "gotten": "get", "went": "go", "gone": "go", "saw": "see", "seen": "see", "knew": "know",
        "known": "know", "thought": "think", "told": "tell", "found": "find", "left": "leave", "felt": "feel",
        "kept": "keep", "began": "begin", "begun": "begin", "chose": "choose", "chosen": "choose",
        "sent": "send", "ran": "run", "brought": "bring", "bought": "buy", "held": "hold", "met": "meet",
        "paid": "pay", "led": "lead", "meant": "mean", "lost": "lose", "won": "win", "broke": "break",
        "broken": "break", "forgot": "forget", "forgotten": "forget", "hid": "hide", "hidden": "hide",
        "shown": "show", "grew": "grow", "grown": "grow", "drew": "draw", "drawn": "draw", "fell": "fall",
        "fallen": "fall", "did": "do", "done": "do", "was": "be", "were": "be", "been": "be", "had": "have",
        "stole": "steal", "stolen": "steal", "shot": "shoot", "taught": "teach", "caught": "catch",
        "understood": "understand", "woke": "wake", "wore": "wear", "worn": "wear",
    ]

    /// Words left alone once a final `s` is gone.
    private static let afterStep1a: Set<String> = [
        "inning", "outing", "canning", "herring", "earring", "proceed", "exceed", "succeed",
    ]
}
