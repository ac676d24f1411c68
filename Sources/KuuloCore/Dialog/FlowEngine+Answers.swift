import Foundation

extension FlowEngine {
    /// A typed answer to a step that takes one value: stored, with a date and time echoed back as
    /// it was understood ("pe 11.12.2026 klo 18.00"); or refused. A refused date or number says what
    /// would work without asking the whole question again.
    mutating func parsedInput(_ input: String, step: FlowStep) -> [ChatEffect] {
        let dates = step.kind == .datetime ? DateInput.plan(content, now: now, data: resources.data) : nil
        switch AnswerParser.parse(input, for: step, language: language, dates: dates) {
        case .success(let value):
            var effects: [ChatEffect] = []
            if step.kind == .datetime, let text = value.stringValue, let local = LocalDateTime(iso: text) {
                let shown = ExportDates(texts: ExportTexts(data: resources.data, language: language)).dateTime(local)
                effects.append(say(.answerDateTimeUnderstood, ["when": shown], style: .hint))
            }
            return effects + accept(value, for: step)
        case .failure(let problem):
            let refusal = say(problem.key, problem.arguments, style: .error)
            if step.kind == .datetime || step.kind == .number || step.kind == .month { return [refusal] }
            return [refusal] + presenter.present(index: state.stepIndex)
        }
    }
}
