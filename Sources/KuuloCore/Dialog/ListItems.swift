import Foundation

/// The items of a list answer, one a line: each parsed as the step's kind (a hashtag set's name adds
/// its tags to a hashtag list), repeats dropped, and what could not be read returned as problems.
enum ListItems {
    /// Adds the items on `lines` to `items` in order, skipping empty lines and items already there;
    /// returns a problem for each line that is not a valid item.
    static func add(_ lines: [String], to items: inout [String], step: FlowStep, reader: FlowPlanReader,
                    language: Language) -> [AnswerProblem] {
        var problems: [AnswerProblem] = []
        for line in lines {
            let item = line.trimmingCharacters(in: .whitespaces)
            guard !item.isEmpty else { continue }
            if step.kind == .hashtags, let tags = reader.draft.hashtagSet(named: item) {
                for tag in tags where !items.contains(tag) { items.append(tag) }
                continue
            }
            let parsed = step.store == .tagSets
                ? HashtagStore.parseSet(item).map { _ in JSONValue.string(item) }
                : AnswerParser.parse(item, for: step, language: language)
            switch parsed {
            case .success(let value):
                if let text = value.stringValue, !items.contains(text) { items.append(text) }
            case .failure(let problem):
                problems.append(problem)
            }
        }
        return problems
    }

    /// What makes two items of a list the same: a hashtag's key (its note and case aside), else the text.
    static func key(_ item: String, step: FlowStep) -> String {
        guard step.kind == .hashtags else { return item }
        let name = item.split(separator: " ", maxSplits: 1).first.map(String.init) ?? item
        return HashtagValidator.key(for: String(name.drop { $0 == "#" || $0 == "＃" }))
    }
}
