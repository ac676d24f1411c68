import Foundation

/// Which of a flow's steps a run asks: a step is left out when the field its `askIf` names is empty
/// (or holds the value it is asked only without), when it sorts the tags of a role that has none, when
/// its options come from the plan and the plan offers none, when it is asked only on request outside
/// `/channels <name>`, or when it is asked only while empty and has an answer.
struct FlowStepFilter {
    /// The flow being run.
    let definition: Flow
    /// The plan's content as it is now.
    let content: JSONValue
    /// How the flow reads the plan (the user, the running item and record).
    let reader: FlowPlanReader
    /// How much of the flow the run covers.
    let scope: FlowScope
    /// The record the run fills, if any.
    let record: String?

    /// The first step from `index` on that is asked; `nil` past the last.
    func nextAskable(from index: Int) -> Int? {
        var candidate = index
        while candidate < definition.steps.count {
            let step = definition.steps[candidate]
            let roleHasTags = step.store != .tagChannels || !HashtagStore.tags(role: step.role ?? "", in: content).isEmpty
            var conditionHolds = true
            if let field = conditionField(of: step) {
                let value = content.value(at: field)
                conditionHolds = value.map { value in !value.isEmptyValue && step.askIfNot.map { value.stringValue != $0 } ?? true } ?? false
                if conditionHolds, step.askIfUnlisted {
                    let contacts = PublicContacts(json: content["organisation"]?["publicContacts"])
                    conditionHolds = value?.stringValue.map(contacts.isUnlistedAddress) ?? false
                }
            }
            // A choice whose options come from the plan is left out when the plan offers none.
            let hasOptions = step.optionsFrom == nil || step.optionsFrom == .channels || step.allowsNew || !reader.resolved(step).options.isEmpty
            let requested = !step.onRequestOnly || scope.item != nil
            if roleHasTags, conditionHolds, hasOptions, requested, !step.onlyIfEmpty || reader.currentValue(of: step).map(\.isEmptyValue) ?? true { return candidate }
            candidate += 1
        }
        return nil
    }

    /// The field a step's `askIf` names, for the running record and user.
    func conditionField(of step: FlowStep) -> JSONPointer? {
        step.askIf.flatMap { JSONPointer(fillTemplate($0, ["draft": record ?? "_", "user": reader.userID ?? "_"])) }
    }
}
