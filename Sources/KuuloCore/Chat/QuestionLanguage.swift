import Foundation

/// The language a line of free text is read in: a trustee may ask in English in a Finnish chat (or the
/// other way), and a question searched only in the chat's language finds nothing or the wrong article.
///
/// The text's language is told by `LanguageDetector`'s cues (function words, endings, letters). When
/// another language has clear evidence — at least `clearEvidence` points and `clearLead` times the
/// chat language's — the text is read in it. When another language only leans ahead, the chat's
/// language is tried first and the other only if the chat's finds nothing at all. Short texts (under
/// `minimumWords` words: "ok", "kiitos", a name) are always read in the chat's language.
struct QuestionLanguage {
    /// Texts with fewer words are always read in the chat's language.
    static let minimumWords = 3
    /// Points another language needs to be taken without first trying the chat's.
    static let clearEvidence = 3.0
    /// How many times the chat language's points another language needs to be taken at once.
    static let clearLead = 2.0

    /// The chat's language.
    let chat: Language
    /// The cues, without spellers: a question is read before anything else is loaded.
    let detector = LanguageDetector()

    /// How `interpreter` reads `text`, and in which language.
    func interpret(_ text: String, interpreter: FreeTextInterpreter) -> (language: Language, interpretation: Interpretation) {
        let reading = interpret(text, searchable: { interpreter.index.sectionCount($0) > 0 }, interpreter: { _ in interpreter })
        return reading ?? (chat, interpreter.interpret(text, language: chat))
    }

    /// How the interpreter of each language (`interpreter`, asked only for the languages tried, so a
    /// caller can load one language's at a time) reads `text`, and in which language; `nil` when the
    /// language to read it in has no interpreter.
    func interpret(_ text: String, searchable: (Language) -> Bool,
                   interpreter: (Language) -> FreeTextInterpreter?) -> (language: Language, interpretation: Interpretation)? {
        let candidates = alternatives(for: text, searchable: searchable)
        if let clear = candidates.clear, let other = interpreter(clear) { return (clear, other.interpret(text, language: clear)) }
        guard let own = interpreter(chat) else { return nil }
        let first = own.interpret(text, language: chat)
        guard case .noAnswer = first else { return (chat, first) }
        for other in candidates.leaning {
            guard let reading = interpreter(other)?.interpret(text, language: other) else { continue }
            if case .noAnswer = reading { continue }
            return (other, reading)
        }
        return (chat, first)
    }

    /// The language with clear evidence over the chat's, if any, and the languages that lean ahead of
    /// it, most evidence first (only languages `searchable` says can be searched).
    func alternatives(for text: String, searchable: (Language) -> Bool) -> (clear: Language?, leaning: [Language]) {
        guard text.split(whereSeparator: { $0.isWhitespace }).count >= Self.minimumWords else { return (nil, []) }
        let scores = detector.scores(text)
        let own = scores[chat] ?? 0
        let ahead = scores.filter { $0.key != chat && $0.value > own && searchable($0.key) }
            .sorted { $0.value != $1.value ? $0.value > $1.value : $0.key.rawValue < $1.key.rawValue }
        guard let best = ahead.first else { return (nil, []) }
        if best.value >= Self.clearEvidence && best.value >= Self.clearLead * own { return (best.key, []) }
        return (nil, ahead.map(\.key))
    }
}
