import Foundation

/// Why an answer was not accepted: a message key and its arguments, rendered in the user's language.
public struct AnswerProblem: Error, Equatable, Sendable {
    /// The message to show.
    public var key: MessageKey
    /// Its placeholders.
    public var arguments: [String: String]

    /// Creates a problem.
    public init(_ key: MessageKey, _ arguments: [String: String] = [:]) {
        self.key = key
        self.arguments = arguments
    }
}

/// Turns one typed answer into the value a step stores, or explains what is wrong with it.
public enum AnswerParser {
    /// Parses a non-empty answer for `step`. List steps parse one item at a time. A date and time is
    /// read against `dates` ("huomenna klo 12"); without it only a full date with its year is understood.
    public static func parse(_ input: String, for step: FlowStep, language: Language, dates: DateInput? = nil) -> Result<JSONValue, AnswerProblem> {
        let answer = input.trimmingCharacters(in: .whitespacesAndNewlines)
        switch step.kind {
        case .text, .list:
            let answer = step.oneLine ? OneLineText.make(answer) : answer
            if answer.count > step.maxLength {
                return .failure(AnswerProblem(.answerTooLong, ["max": String(step.maxLength), "length": String(answer.count)]))
            }
            if step.refusesPasswords, PasswordShape.looksLikePassword(answer) { return .failure(AnswerProblem(.answerLooksLikePassword)) }
            return .success(.string(answer))
        case .hashtags:
            // With notes allowed, the tag is the first word and the rest is its note.
            let parts = step.notes ? answer.split(separator: " ", maxSplits: 1).map(String.init) : [answer]
            let tagText = parts.first ?? answer
            switch HashtagValidator().validate(tagText) {
            case .valid(let tag):
                let note = parts.count > 1 ? " " + parts[1].trimmingCharacters(in: .whitespaces) : ""
                return .success(.string(tag.written + note))
            case .invalid(let problem):
                return .failure(hashtagProblem(problem, answer: tagText))
            }
        case .datetime:
            let value = dates.map { LocalDateTimeText.parse(answer, input: $0) } ?? LocalDateTimeText.parse(answer)
            guard let value else { return .failure(AnswerProblem(.answerDateTime)) }
            return .success(.string(value))
        case .date:
            // Without the time now only a full date with its year is understood.
            let value = dates.map { LocalDateTimeText.parseDate(answer, input: $0, past: step.past) } ?? LocalDateTimeText.parse(answer).map { String($0.prefix(10)) }
            guard let value else { return .failure(AnswerProblem(.answerDate)) }
            return .success(.string(value))
        case .yesno:
            // The yes and no words of every installed language pack (`Prompts/languages/`).
            guard let yes = LanguagePacks.current.yesOrNo(answer, language: language) else { return .failure(AnswerProblem(.answerYesNo)) }
            return .success(.bool(yes))
        case .number:
            // Digits, or a number word of any installed language ("kaksi", "two").
            guard let number = Int(answer) ?? LanguagePacks.current.packs.lazy.compactMap({ $0.number(answer) }).first else {
                return .failure(AnswerProblem(.answerNumber))
            }
            if let minimum = step.minimum, number < minimum {
                return .failure(AnswerProblem(.answerNumberRange, ["min": String(minimum), "max": step.maximum.map(String.init) ?? "…"]))
            }
            if let maximum = step.maximum, number > maximum {
                return .failure(AnswerProblem(.answerNumberRange, ["min": step.minimum.map(String.init) ?? "…", "max": String(maximum)]))
            }
            return .success(.int(number))
        case .month:
            // The month's number, or its name in any installed language whatever the chat's language.
            let named = LanguagePacks.current.packs.lazy.compactMap { $0.month(answer) }.first
            guard let month = named ?? Int(answer), (1...12).contains(month) else { return .failure(AnswerProblem(.answerMonth)) }
            return .success(.int(month))
        case .choice:
            guard let option = option(matching: answer, in: step, language: language) else {
                return .failure(AnswerProblem(.answerChoice, ["count": String(step.options.count)]))
            }
            return .success(.string(option.value))
        case .multichoice:
            var values: [String] = []
            for piece in answer.split(whereSeparator: { $0 == "," || $0 == ";" }) {
                let token = piece.trimmingCharacters(in: .whitespaces)
                if let option = option(matching: token, in: step, language: language) {
                    if !values.contains(option.value) { values.append(option.value) }
                    continue
                }
                if step.allowsNew, Int(token) == nil, token.contains(where: \.isLetter) {
                    if let problem = newValueProblem(token, in: step) { return .failure(problem) }
                    if !values.contains(token) { values.append(token) }
                    continue
                }
                for word in token.split(separator: " ") {
                    guard let option = option(matching: String(word), in: step, language: language) else {
                        return .failure(AnswerProblem(.answerChoiceUnknown, ["answer": String(word), "count": String(step.options.count)]))
                    }
                    if !values.contains(option.value) { values.append(option.value) }
                }
            }
            if values.isEmpty { return .failure(AnswerProblem(.answerChoice, ["count": String(step.options.count)])) }
            return .success(.array(values.map(JSONValue.string)))
        }
    }

    /// Why a new value typed at a step that lists the channel catalogue is not taken as a channel of
    /// the organisation's own: "jokin muu" / "other" alone asks for the channel's name, and a name one
    /// or two letters from an option's (`instagarm`) is a mistyped option, not a new channel.
    static func newValueProblem(_ token: String, in step: FlowStep) -> AnswerProblem? {
        guard step.optionsFrom == .channelCatalogue else { return nil }
        if LanguagePacks.current.meansOther(token) { return AnswerProblem(.answerChannelOtherName) }
        let typed = fold(token)
        guard typed.count >= 5 else { return nil }
        let names = step.options.flatMap { option in [option.value] + option.aliases + Language.allCases.map { option.label.text($0) } }.map(fold)
        if names.contains(where: { EditDistance.between(typed, $0, limit: 3) <= 2 }) {
            return AnswerProblem(.answerChoiceUnknown, ["answer": token, "count": String(step.options.count)])
        }
        return nil
    }

    /// The message for a hashtag that would not work as typed.
    public static func hashtagProblem(_ problem: HashtagProblem, answer: String) -> AnswerProblem {
        switch problem {
        case .empty: return AnswerProblem(.hashtagEmpty)
        case .digitsOnly: return AnswerProblem(.hashtagDigitsOnly, ["tag": answer])
        case .noLetter: return AnswerProblem(.hashtagNoLetter, ["tag": answer])
        case .endsAt(let character, _):
            let shown = character == " " ? "␣" : String(character)
            return AnswerProblem(.hashtagEndsAt, ["tag": answer, "character": shown])
        case .emoji(let character, _): return AnswerProblem(.hashtagEmoji, ["tag": answer, "character": String(character)])
        case .tooLong(let length, let limit): return AnswerProblem(.hashtagTooLong, ["tag": answer, "length": String(length), "limit": String(limit)])
        }
    }

    /// The option an answer names: its number, its value, or the start of its label in any language.
    public static func option(matching answer: String, in step: FlowStep, language: Language) -> FlowOption? {
        let key = fold(answer)
        guard !key.isEmpty else { return nil }
        if let number = Int(key), step.options.indices.contains(number - 1) { return step.options[number - 1] }
        if let exact = step.options.first(where: { fold($0.value) == key }) { return exact }
        if let alias = step.options.first(where: { $0.aliases.contains { fold($0) == key } }) { return alias }
        let labels = step.options.filter { option in
            Language.allCases.contains { fold(option.label.text($0)) == key }
        }
        if labels.count == 1 { return labels[0] }
        let prefixed = step.options.filter { option in
            Language.allCases.contains { fold(option.label.text($0)).hasPrefix(key) }
        }
        return prefixed.count == 1 ? prefixed[0] : nil
    }

    private static func fold(_ text: String) -> String {
        text.trimmingCharacters(in: .whitespaces).folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    }
}
