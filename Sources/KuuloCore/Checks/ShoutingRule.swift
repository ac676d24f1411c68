/// `tone.shouting`: words in capitals and runs of exclamation marks.
///
/// Capitals: a word of four letters or more written all in capitals, not an acronym of the allow-list
/// (`KELA`, `YTHS`, `SAMOK`…), not a Roman numeral, not part of a hashtag, mention or link. Flagged
/// when there are two such words or more in the draft, or one longer than six letters, or — in a reply
/// to a comment, where one raised voice is already too much ("they were NEVER sold out") — one; neighbouring
/// ones are reported as one finding. Punctuation: `!!`, `!!!`, `?!?` and the like (two exclamation
/// marks or more, or three marks mixing `!` and `?`). An error in reply mode, a warning otherwise.
public struct ShoutingRule: Sendable {
    /// The rule id.
    public static let id: RuleID = "tone.shouting"
    /// Message of words in capitals.
    public static let capitalsMessage = "tone.shouting.capitals"
    /// Message of repeated exclamation marks.
    public static let punctuationMessage = "tone.shouting.punctuation"

    /// Upper-case acronyms that are not shouting.
    public let acronyms: Set<String>

    /// Creates the rule; `acronyms` (any case) are allowed in capitals.
    public init(acronyms: [String] = []) {
        self.acronyms = Set(acronyms.map { $0.uppercased() })
    }

    /// The findings for `draft`.
    public func findings(in draft: DraftText, replyMode: Bool) -> [Finding] {
        let severity: Severity = replyMode ? .error : .warning
        return capitals(in: draft, severity: severity, replyMode: replyMode) + punctuation(in: draft, severity: severity)
    }

    // MARK: - Capitals

    private func capitals(in draft: DraftText, severity: Severity, replyMode: Bool) -> [Finding] {
        let shouted = draft.words(in: 0..<draft.scalars.count).filter(isShouted)
        guard shouted.count >= 2 || shouted.first.map({ replyMode || $0.letters.count > 6 }) == true else { return [] }
        var runs: [[WordToken]] = []
        for word in shouted {
            if let previous = runs.last?.last,
               !draft.scalars[previous.end..<word.start].contains(where: { $0.properties.isLowercase }) {
                runs[runs.count - 1].append(word)
            } else {
                runs.append([word])
            }
        }
        return runs.compactMap { run in
            guard let first = run.first, let last = run.last else { return nil }
            return Finding(rule: Self.id, severity: severity, start: first.start, end: last.end, message: Self.capitalsMessage,
                           arguments: ["text": draft.string(first.start..<last.end)])
        }
    }

    private func isShouted(_ word: WordToken) -> Bool {
        guard word.isAllCaps, !word.hasDigit, word.letters.count >= 4 else { return false }
        let upper = word.text.uppercased()
        if acronyms.contains(upper) { return false }
        let parts = upper.split { $0 == "-" || $0 == ":" || $0 == "'" || $0 == "\u{2019}" || $0 == "." }.map(String.init)
        if parts.allSatisfy({ acronyms.contains($0) || $0.count < 4 }) { return false }
        return !upper.unicodeScalars.allSatisfy { "IVXLCDM".unicodeScalars.contains($0) }
    }

    // MARK: - Punctuation

    private func punctuation(in draft: DraftText, severity: Severity) -> [Finding] {
        let scalars = draft.scalars
        let links = RangeIndex(draft.entities.filter { $0.kind == .url }.map(\.range))
        var result: [Finding] = []
        var index = 0
        while index < scalars.count {
            guard Self.isMark(scalars[index]) else {
                index += 1
                continue
            }
            var end = index
            var exclamations = 0
            var questions = 0
            while end < scalars.count, Self.isMark(scalars[end]) {
                switch scalars[end] {
                case "\u{203C}": exclamations += 2
                case "\u{2049}": exclamations += 1; questions += 1
                case "?", "\u{FF1F}": questions += 1
                default: exclamations += 1
                }
                end += 1
            }
            let loud = exclamations >= 2 || exclamations >= 1 && questions >= 1 && exclamations + questions >= 3
            if loud, !links.overlaps(index..<end) {
                result.append(Finding(rule: Self.id, severity: severity, start: index, end: end, message: Self.punctuationMessage,
                                      arguments: ["text": draft.string(index..<end)]))
            }
            index = end
        }
        return result
    }

    private static func isMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "!", "?", "\u{FF01}", "\u{FF1F}", "\u{203C}", "\u{2049}", "\u{2048}": return true
        default: return false
        }
    }
}

extension ShoutingRule: CheckRule {
    /// A warning (an error in reply mode).
    public static let severity = Severity.warning
    /// It looks at the words.
    public static let scope = RuleScope.content
    /// Its two messages.
    public static func messageIDs(data: DraftRuleData) -> Set<String> { [capitalsMessage, punctuationMessage] }
    /// Capitals and exclamation marks; the vocabulary's acronyms, the organisation's own and the
    /// plan's words may be written in capitals.
    public static func findings(in text: CheckedText, context: CheckContext) -> [Finding] {
        guard let content = context.content else { return [] }
        let acronyms = Array(content.data.vocabulary.acronyms) + content.options.acronyms + content.options.knownWords
        return ShoutingRule(acronyms: acronyms).findings(in: text.draft, replyMode: content.options.replyMode)
    }
}
