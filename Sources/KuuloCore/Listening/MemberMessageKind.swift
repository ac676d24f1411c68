import Foundation

/// What kind of thing a member said.
public enum MemberMessageKind: String, CaseIterable, Sendable {
    /// Asks something.
    case question
    /// An idea or a wish for the organisation.
    case idea
    /// Criticism of the organisation, an event or a decision (not abusive).
    case criticism
    /// Thanks or praise.
    case praise
    /// Abusive, insulting, threatening or harassing.
    case hostile
    /// Needs privacy action: a personal identity code, someone's contact details, a confidential matter.
    case privacy
    /// None of the above.
    case other

    /// The message key of the kind's name.
    public var messageKey: MessageKey {
        switch self {
        case .question: return .listenKindQuestion
        case .idea: return .listenKindIdea
        case .criticism: return .listenKindCriticism
        case .praise: return .listenKindPraise
        case .hostile: return .listenKindHostile
        case .privacy: return .listenKindPrivacy
        case .other: return .listenKindOther
        }
    }
}

/// Sorts what a member said into kinds by the cues of `Prompts/listening/kinds.yaml`, the privacy
/// check and the plan's followed keywords.
public struct MemberMessageClassifier: Sendable {
    /// One cue: words in a row, each exact, a prefix (`kiito*`) or a first-word suffix (`*ks`).
    struct Cue: Sendable {
        enum Part: Sendable {
            case word(String), prefix(String), sentenceStartSuffix(String)
        }
        let parts: [Part]
    }

    let cues: [Language: [MemberMessageKind: [Cue]]]
    let order: [MemberMessageKind]

    /// Reads the cue data.
    public init(data: JSONValue) {
        order = (data["order"]?.stringArray ?? []).compactMap(MemberMessageKind.init(rawValue:))
        var cues: [Language: [MemberMessageKind: [Cue]]] = [:]
        for (kindName, perLanguage) in data["kinds"]?.objectValue ?? [:] {
            guard let kind = MemberMessageKind(rawValue: kindName) else { continue }
            for (code, list) in perLanguage.objectValue ?? [:] {
                guard let language = Language(rawValue: code) else { continue }
                cues[language, default: [:]][kind] = (list.stringArray ?? []).map(Self.cue)
            }
        }
        self.cues = cues
    }

    static func cue(_ text: String) -> Cue {
        Cue(parts: text.lowercased().split(separator: " ").map { word in
            if word.hasPrefix("*") { return .sentenceStartSuffix(String(word.dropFirst())) }
            if word.hasSuffix("*") { return .prefix(String(word.dropLast())) }
            return .word(String(word))
        })
    }

    /// The kinds of `text` in `language`, main kind first (`other` when none applies), and the plan's
    /// followed `keywords` it mentions, by base form through `lemmatizer` when one is given.
    /// `contacts` are the organisation's public contacts, which are not personal data.
    public func classify(_ text: String, language: Language, keywords: [String], contacts: PublicContacts,
                         lemmatizer: (any Lemmatizer)? = nil) -> (kinds: [MemberMessageKind], keywords: [String]) {
        let sentences = Self.sentences(text)
        var found: Set<MemberMessageKind> = []
        for (kind, kindCues) in cues[language] ?? [:] where kindCues.contains(where: { cue in sentences.contains { Self.matches(cue, $0) } }) {
            found.insert(kind)
        }
        if text.contains("?") { found.insert(.question) }
        if !PersonalDataScan.matches(in: text, contacts: contacts).isEmpty { found.insert(.privacy) }
        let kinds = order.filter(found.contains)
        let matcher = KeywordMatcher(lemmatizer: lemmatizer)
        let mentioned = keywords.filter { keyword in sentences.contains { matcher.mentions($0, keyword: keyword) } }
        return (kinds.isEmpty ? [.other] : kinds, mentioned)
    }

    /// The text's sentences as lists of lower-cased words (letters, digits, `'`, `-`, `<3` and emoji kept).
    static func sentences(_ text: String) -> [[String]] {
        text.lowercased().split(whereSeparator: { ".!?\n".contains($0) }).map { sentence in
            sentence.split(whereSeparator: { $0.isWhitespace || ",;:()\"“”«»".contains($0) }).map { word in
                String(word).trimmingCharacters(in: CharacterSet(charactersIn: "'’-"))
            }.filter { !$0.isEmpty }
        }.filter { !$0.isEmpty }
    }

    static func matches(_ cue: Cue, _ words: [String]) -> Bool {
        guard !cue.parts.isEmpty, words.count >= cue.parts.count else { return false }
        for start in 0...(words.count - cue.parts.count) {
            var all = true
            for (offset, part) in cue.parts.enumerated() {
                let word = words[start + offset]
                switch part {
                case .word(let expected): all = word == expected
                case .prefix(let prefix): all = word.hasPrefix(prefix)
                case .sentenceStartSuffix(let suffix): all = start + offset == 0 && word.count > suffix.count + 1 && word.hasSuffix(suffix)
                }
                if !all { break }
            }
            if all { return true }
        }
        return false
    }
}
