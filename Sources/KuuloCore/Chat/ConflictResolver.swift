import Foundation

/// Settles the conflicts between this session's plan and another session's saved work, one field
/// at a time: it asks "mine or theirs?" for each conflicting field and, once every field is
/// answered, gives back the merged plan. It holds no session state, so the chat keeps it in its mode.
struct ConflictResolver: Equatable {
    /// What settling the current field led to.
    enum Step: Equatable {
        /// More to say and ask (the next field, or the same one again after an answer not understood).
        case ask([ChatEffect])
        /// Every field is answered: the plan with the chosen sides.
        case resolved(PlanDocument)
    }

    /// The merge whose conflicts are being settled.
    private(set) var outcome: PlanMerge.Outcome
    /// The conflict being asked about.
    private(set) var index = 0
    /// The sides chosen so far: `true` keeps this session's value.
    private(set) var keepOurs: [JSONPointer: Bool] = [:]
    let messages: MessageCatalog
    let language: Language

    /// A resolver over `outcome`'s conflicts, asking in `language`.
    init(outcome: PlanMerge.Outcome, messages: MessageCatalog, language: Language) {
        self.outcome = outcome
        self.messages = messages
        self.language = language
    }

    static func == (lhs: ConflictResolver, rhs: ConflictResolver) -> Bool {
        lhs.outcome == rhs.outcome && lhs.index == rhs.index && lhs.keepOurs == rhs.keepOurs && lhs.language == rhs.language
    }

    private func say(_ key: MessageKey, _ arguments: [String: String] = [:], style: ChatMessage.Style) -> ChatEffect {
        .say(ChatMessage(messages.text(key, language, arguments), style: style))
    }

    /// How many fields conflict (and, for conflicts a merge of two copies recorded in the plan, where
    /// the other copy came from), then the first question.
    func opening() -> [ChatEffect] {
        let count = String(outcome.conflicts.count)
        let origins = outcome.conflicts.compactMap(\.origin)
        let intro = origins.isEmpty
            ? say(.conflictIntro, ["count": count], style: .error)
            : say(.conflictIntroCopy, ["count": count, "origin": Array(Set(origins)).sorted().joined(separator: ", ")], style: .error)
        return [intro] + question()
    }

    /// The question about the current field (nothing once all are answered).
    func question() -> [ChatEffect] {
        guard index < outcome.conflicts.count else { return [] }
        let item = outcome.conflicts[index]
        let none = messages.text(.conflictNone, language, [:])
        return [say(.conflictQuestion, [
            "field": item.path.description,
            "ours": item.ours.map(JSONWriter.compact) ?? none,
            "theirs": item.theirs.map(JSONWriter.compact) ?? none,
        ], style: .question)]
    }

    /// Takes the answer about the current field: the conflict words of every installed language pack
    /// (`Prompts/languages/`) are understood.
    mutating func answer(_ answer: String) -> Step {
        guard index < outcome.conflicts.count,
              let ours = LanguagePacks.current.mineOrTheirs(answer, language: language) else {
            return .ask([say(.conflictAnswer, style: .error)] + question())
        }
        keepOurs[outcome.conflicts[index].path] = ours
        index += 1
        if index < outcome.conflicts.count { return .ask(question()) }
        return .resolved(PlanMerge.resolve(outcome, keepingOurs: keepOurs))
    }
}
