import Foundation

extension FlowEngine {
    /// A typed answer to a step that takes one value: stored, with a date and time echoed back as
    /// it was understood ("pe 11.12.2026 klo 18.00"); or refused. A refused date or number says what
    /// would work without asking the whole question again.
    mutating func parsedInput(_ input: String, step: FlowStep) -> [ChatEffect] {
        let dates = step.kind == .datetime || step.kind == .date ? DateInput.plan(content, now: now, data: resources.data) : nil
        let data = resources.data, language = language
        let written = { ExportDates(texts: ExportTexts(data: data, language: language)) }
        switch AnswerParser.parse(input, for: step, language: language, dates: dates) {
        case .success(let value):
            var effects: [ChatEffect] = []
            if step.kind == .datetime, let text = value.stringValue, let local = LocalDateTime(iso: text) {
                effects.append(say(.answerDateTimeUnderstood, ["when": written().dateTime(local)], style: .hint))
            }
            if step.kind == .date, let text = value.stringValue, let day = CivilDate(iso: text[...]) {
                effects.append(say(.answerDateUnderstood, ["when": written().date(day)], style: .hint))
            }
            if let least = step.advisedMinimum, let advice = step.advice, let count = value.arrayValue?.count, (1..<max(least, 1)).contains(count) {
                // Saved all the same: the advice (at least two admins) is the tip's, not a rule.
                effects.append(.say(ChatMessage(fillTemplate(advice.text(language), reader.templateArguments))))
            }
            return effects + accept(value, for: step)
        case .failure(var problem):
            if problem.key == .answerDate, let today = dates?.now.date {
                // An example in the reader's own way of writing a date: a day of last week.
                problem.arguments["example"] = written().date(today.adding(days: -7))
            }
            let refusal = say(problem.key, problem.arguments, style: .error)
            if step.kind == .datetime || step.kind == .date || step.kind == .number || step.kind == .month { return [refusal] }
            return [refusal] + presenter.present(index: state.stepIndex)
        }
    }
}
