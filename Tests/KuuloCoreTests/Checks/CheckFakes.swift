@testable import KuuloCore

/// A lemmatizer that knows the base forms it is given (keys are the words as written).
struct FakeLemmatizer: Lemmatizer {
    var forms: [String: [String]]

    func baseForms(_ word: String) -> [String] {
        forms[word] ?? forms[word.lowercased()] ?? []
    }
}

/// A speller that accepts the words it is given (case-insensitively, plus a capitalised first letter).
struct FakeSpeller: SpellChecker {
    var words: Set<String>
    var suggestionsByWord: [String: [String]] = [:]

    init(_ words: [String], suggestions: [String: [String]] = [:]) {
        self.words = Set(words.map { $0.lowercased() })
        suggestionsByWord = suggestions
    }

    func isCorrect(_ word: String) -> Bool {
        words.contains(word.lowercased())
    }

    func suggestions(for word: String) -> [String] {
        suggestionsByWord[word] ?? []
    }
}

/// A grammar checker that reports every occurrence of a repeated word (`ja ja`), as Voikko's code 8,
/// with positions in code points of the paragraph.
struct FakeRepeatedWordChecker: GrammarChecker {
    func problems(in paragraph: String) -> [GrammarProblem] {
        let words = WordTokenizer.words(in: paragraph)
        return zip(words, words.dropFirst()).compactMap { first, second in
            guard first.text.lowercased() == second.text.lowercased() else { return nil }
            return GrammarProblem(start: first.start, length: second.end - first.start, code: 8,
                                  description: "Sana on kirjoitettu kahteen kertaan.", suggestions: [first.text])
        }
    }
}

/// A grammar checker that returns fixed problems whatever the paragraph.
struct FixedGrammarChecker: GrammarChecker {
    var fixed: [GrammarProblem]

    func problems(in paragraph: String) -> [GrammarProblem] {
        fixed
    }
}

/// SplitMix64: a tiny seeded generator, so random tests repeat.
struct CheckRandom: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Helpers shared by the check tests.
enum CheckTestSupport {
    /// The text a finding covers.
    static func excerpt(_ finding: Finding, in text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[finding.start..<finding.end])
        return String(view)
    }

    /// The excerpts of the findings of `rule`.
    static func excerpts(_ findings: [Finding], rule: RuleID? = nil, in text: String) -> [String] {
        findings.filter { rule == nil || $0.rule == rule }.map { excerpt($0, in: text) }
    }
}
