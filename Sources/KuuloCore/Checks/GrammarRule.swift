import Foundation

/// `grammar`: what the language's grammar checker (Voikko for Finnish) finds — a repeated word, a
/// missing capital, extra spaces, punctuation — with its suggestions.
///
/// Each line of a paragraph is checked on its own (social-media posts are written in short lines,
/// often without a full stop), and the checker's offsets, which count code points of the line, are
/// turned into offsets of the whole text. Problems in hashtags, mentions, links and e-mail addresses
/// are left out, and so is a "capital needed" right after an abbreviation of the vocabulary (`kts.`).
/// A missing main verb is only an info finding (posts are full of verbless sentences); the others
/// are warnings. Messages are `grammar.<problem>`, or `grammar.<problem>.suggestion` when there is a
/// suggestion to show; a Finnish paragraph without a grammar checker gets one `grammar.unavailable.fi`.
public struct GrammarRule: Sendable {
    /// The rule id.
    public static let id: RuleID = "grammar"
    /// Names of Voikko's grammar error codes, used in message ids.
    public static let problemNames: [Int: String] = [
        1: "invalid-spelling", 2: "extra-whitespace", 3: "space-before-punctuation", 4: "extra-comma",
        5: "invalid-sentence-start", 6: "write-lowercase", 7: "write-uppercase", 8: "repeated-word",
        9: "missing-end-punctuation", 10: "punctuation-after-quote", 11: "foreign-quotation-mark",
        12: "misplaced-parenthesis", 13: "negative-verb-mismatch", 14: "a-infinitive-required",
        15: "ma-infinitive-required", 16: "misplaced-conjunction", 17: "missing-verb",
    ]
    /// The name used for codes not in `problemNames`.
    public static let otherProblem = "other"
    /// Codes that are only info findings.
    public static let infoCodes: Set<Int> = [17]
    /// Languages whose paragraphs should have a grammar checker (a missing one is reported).
    public static let expectedLanguages: Set<Language> = [.fi]
    /// Voikko's "write with a capital" code.
    static let writeUppercaseCode = 7
    /// Voikko's "write with a small letter" code.
    static let writeLowercaseCode = 6
    /// How far back from a "write with a capital" problem an abbreviation is looked for, in code
    /// points: more than any abbreviation and the space after it.
    static let abbreviationWindow = 40

    /// Every message id the rule can give.
    public static var messageIDs: [String] {
        (Array(problemNames.values) + [otherProblem]).flatMap { ["\(id).\($0)", "\(id).\($0).suggestion"] }
            + expectedLanguages.map(unavailableMessage)
    }

    /// The message saying a language's grammar checker is missing.
    public static func unavailableMessage(_ language: Language) -> String { "grammar.unavailable.\(language.rawValue)" }

    /// The vocabulary whose abbreviations may end in a full stop without ending a sentence.
    public let vocabulary: SocialMediaVocabulary

    /// Creates the rule.
    public init(vocabulary: SocialMediaVocabulary = .empty) {
        self.vocabulary = vocabulary
    }

    /// The message id for a problem code, with or without a suggestion.
    public static func message(code: Int, withSuggestion: Bool) -> String {
        "\(id).\(problemNames[code] ?? otherProblem)" + (withSuggestion ? ".suggestion" : "")
    }

    /// The findings for the paragraphs of `draft`.
    public func findings(in draft: DraftText, grammarCheckers: [Language: any GrammarChecker]) -> [Finding] {
        var result: [Finding] = []
        var reportedMissing: Set<Language> = []
        let blocked = RangeIndex(draft.entities.map(\.range) + draft.emails)
        // The checker's problems depend on the line's text alone (offsets count from its start), so a
        // line that comes again is not checked again.
        var checked: [Language: [String: [GrammarProblem]]] = [:]
        for paragraph in draft.paragraphs {
            guard let checker = grammarCheckers[paragraph.language] else {
                if Self.expectedLanguages.contains(paragraph.language), reportedMissing.insert(paragraph.language).inserted {
                    result.append(Finding(rule: Self.id, severity: .info, start: paragraph.start, end: paragraph.end,
                                          message: Self.unavailableMessage(paragraph.language),
                                          arguments: ["package": SpellingRule.packages[paragraph.language] ?? ""]))
                }
                continue
            }
            for line in ParagraphSplitter.lines(in: draft.scalars, range: paragraph.range) where !line.isEmpty {
                let text = draft.string(line)
                let problems = checked[paragraph.language]?[text] ?? checker.problems(in: text)
                checked[paragraph.language, default: [:]][text] = problems
                for problem in problems {
                    let start = min(line.upperBound, line.lowerBound + max(0, problem.start))
                    let end = min(line.upperBound, start + max(0, problem.length))
                    guard start < end, !blocked.overlaps(start..<end),
                          !followsAbbreviation(problem, at: start, in: draft, line: line),
                          !isInMultiWordName(problem, start: start, end: end, in: draft, line: line) else { continue }
                    result.append(finding(problem, start: start, end: end, quote: Self.quote(draft.string(start..<end))))
                }
            }
        }
        return result
    }

    /// The longest quote of the text a finding is about (`{quote}`), in characters.
    static let quoteLength = 70

    /// The text a problem is about, as the message quotes it: trimmed, and cut with "…" when long.
    static func quote(_ text: String) -> String {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard trimmed.count > quoteLength else { return trimmed }
        return String(trimmed.prefix(quoteLength - 1)).trimmingCharacters(in: .whitespaces) + "…"
    }

    private func finding(_ problem: GrammarProblem, start: Int, end: Int, quote: String) -> Finding {
        let suggestions = problem.suggestions.filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
        var arguments = ["code": String(problem.code), "suggestions": suggestions.joined(separator: ", "), "quote": quote]
        if let description = problem.description { arguments["description"] = description }
        return Finding(rule: Self.id, severity: Self.infoCodes.contains(problem.code) ? .info : .warning, start: start, end: end,
                       message: Self.message(code: problem.code, withSuggestion: !suggestions.isEmpty), arguments: arguments)
    }

    /// Whether a "write with a small letter" problem is a word of a capitalised name of several words
    /// (`Pohjoisen Tuulen juhlasali`): a capitalised word next to it means a name, not a slip.
    private func isInMultiWordName(_ problem: GrammarProblem, start: Int, end: Int, in draft: DraftText, line: Range<Int>) -> Bool {
        guard problem.code == Self.writeLowercaseCode else { return false }
        let words = draft.words(in: line)
        guard let index = words.firstIndex(where: { $0.start <= start && start < $0.end }), words[index].isCapitalised else { return false }
        let before = index > 0 ? words[index - 1] : nil
        let after = index + 1 < words.count ? words[index + 1] : nil
        return before?.isCapitalised == true || after?.isCapitalised == true
    }

    /// Whether a "capital needed" problem directly follows an abbreviation ending in a full stop.
    private func followsAbbreviation(_ problem: GrammarProblem, at start: Int, in draft: DraftText, line: Range<Int>) -> Bool {
        guard problem.code == Self.writeUppercaseCode else { return false }
        // Only the last word before the problem matters: tokenize a short stretch, not the line so far.
        let from = max(line.lowerBound, start - Self.abbreviationWindow)
        let before = draft.words(in: from..<start).last
        guard let before, before.start > from || from == line.lowerBound, before.followedByDot, before.end + 1 <= start,
              draft.scalars[(before.end + 1)..<start].allSatisfy(ScalarClass.isWhitespace) else { return false }
        return vocabulary.isAbbreviation(before.text, followedByDot: true)
    }
}

extension GrammarRule: CheckRule {
    /// A warning (a missing verb and a missing checker are info).
    public static let severity = Severity.warning
    /// It looks at the words.
    public static let scope = RuleScope.content
    /// Its messages.
    public static func messageIDs(data: DraftRuleData) -> Set<String> { Set(messageIDs) }
    /// What the grammar checker of each paragraph's language finds.
    public static func findings(in text: CheckedText, context: CheckContext) -> [Finding] {
        guard let content = context.content else { return [] }
        return GrammarRule(vocabulary: content.data.vocabulary).findings(in: text.draft, grammarCheckers: content.services.grammarCheckers)
    }

    /// Leaves out what another rule says better: a misspelling the spelling rule reports, and the
    /// second `!` of a `!!!` that the shouting rule reports (Voikko sees an odd sentence start).
    public static func refine(_ own: [Finding], after earlier: [Finding]) -> [Finding] {
        let spelling = RangeIndex(earlier.filter { $0.rule == SpellingRule.id }.map { $0.start..<$0.end })
        let shouting = RangeIndex(earlier.filter { $0.message == ShoutingRule.punctuationMessage }.map { $0.start..<$0.end })
        return own.filter { grammar in
            switch grammar.arguments["code"] {
            case "1": return !spelling.overlaps(grammar.start..<grammar.end)
            case "5": return !shouting.overlaps(grammar.start..<grammar.end)
            default: return true
            }
        }
    }
}
