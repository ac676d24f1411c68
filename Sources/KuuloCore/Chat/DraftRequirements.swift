import Foundation

/// What the drafting flow requires of one draft, read from the flow's definition (`required:` steps,
/// with their `askIf` conditions and repeated blocks): the parts still missing, which gate marking it
/// ready and approving it, and where an unfinished draft picks up again.
struct DraftRequirements {
    /// The drafting flow.
    let definition: Flow
    /// The plan's content.
    let content: JSONValue
    /// The draft's key in `calendar.drafts`.
    let key: String

    /// The requirements of draft `key`, when the resources have a drafting flow.
    init?(resources: KuuloResources, content: JSONValue, key: String) {
        guard let definition = resources.flow("draft") else { return nil }
        self.definition = definition
        self.content = content
        self.key = key
    }

    /// Whether the step's `askIf` condition holds for this draft (a step without one always is asked).
    func isAsked(_ step: FlowStep) -> Bool {
        guard let condition = step.askIf else { return true }
        guard let pointer = JSONPointer(fillTemplate(condition, ["draft": key])), let value = content.value(at: pointer) else { return false }
        return !value.isEmptyValue && step.askIfNot.map { value.stringValue != $0 } ?? true
    }

    /// Whether the step has an answer for this draft (for a repeated block: for `item`).
    func isAnswered(_ step: FlowStep, item: String? = nil) -> Bool {
        guard let pointer = step.pointer(userID: nil, item: item, record: key), let value = content.value(at: pointer) else { return false }
        return !value.isEmptyValue
    }

    /// The items of a repeated block over the draft's other languages.
    private var otherLanguages: [String] {
        guard let json = content.value(at: DraftFlowHooks.pointer(key)) else { return [] }
        let draft = Draft(number: key, json: json)
        return draft.otherLanguages(besides: draft.language ?? "")
    }

    /// The required steps (and items of a repeated step) with no answer, as step and item.
    func missing() -> [(step: FlowStep, item: String?)] {
        var missing: [(FlowStep, String?)] = []
        for step in definition.steps where step.required && isAsked(step) {
            if step.each == .language {
                for code in otherLanguages where !isAnswered(step, item: code) { missing.append((step, code)) }
            } else if step.each == nil, !isAnswered(step) {
                missing.append((step, nil))
            }
        }
        return missing
    }

    /// Where an interrupted draft goes on: the first required part left unanswered, or the part after
    /// the last one answered, whichever comes first; `nil` when every part up to the last has an answer.
    func resumeStep() -> Int? {
        var lastAnswered = -1
        var firstMissing: Int?
        for (index, step) in definition.steps.enumerated() where step.each == nil {
            if isAnswered(step) {
                lastAnswered = index
            } else if step.required, isAsked(step), firstMissing == nil {
                firstMissing = index
            }
        }
        let next = min(firstMissing ?? Int.max, lastAnswered + 1)
        return next < definition.steps.count ? next : nil
    }
}

extension DraftWorkflow {
    /// The missing required parts of draft `key` by the names `/edit` takes, with the language of a
    /// missing language version.
    func missingParts(_ key: String) -> [String] {
        guard let requirements = DraftRequirements(resources: resources, content: content, key: key) else { return [] }
        return requirements.missing().map { part in
            let name = part.step.editName?.text(language) ?? part.step.id
            return part.item.map { name + " (" + languageName($0) + ")" } ?? name
        }
    }

    /// The refusal for a draft that lacks required parts, or `nil` when it has them all.
    func missingPartsRefusal(_ key: String) -> ChatEffect? {
        let missing = missingParts(key)
        guard let first = missing.first else { return nil }
        let example = first.split(separator: " ").first.map(String.init) ?? first
        return say(.draftMissingParts, ["number": key, "parts": missing.joined(separator: ", "), "example": example], style: .error)
    }

    /// Whether the plan's ground rules let a trustee approve their own post.
    var selfApprovalAllowed: Bool {
        content["groundRules"].map { GroundRules(json: $0).selfApproval == true } ?? false
    }

    /// Whether draft `key` is an unfinished one: its flow was left before the end, so it was never put
    /// together (it has no status).
    func isUnfinished(_ key: String) -> Bool {
        content.value(at: draftPointer(key)).map { $0["status"] == nil && $0["texts"] == nil } ?? false
    }

    /// The unfinished drafts of the calendar, by number.
    var unfinishedDrafts: [String] {
        let keys = content["calendar"]?["drafts"]?.objectValue?.keys ?? [:].keys
        return keys.filter(isUnfinished).sorted { (Int($0) ?? 0) < (Int($1) ?? 0) }
    }
}
