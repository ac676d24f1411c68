import Foundation

/// A grouped flow's progress as the plan keeps it (the tips): the group a later run resumes at, when
/// each group was gone through, and when the whole flow was.
struct FlowGroupProgress {
    /// The flow being run.
    let definition: Flow
    /// Whose progress it is.
    let userID: String?
    /// The record the run fills, if any.
    let record: String?
    /// When it happens.
    let now: Date

    /// Remembers `group` as the place to resume.
    func entered(_ group: FlowGroup, in content: inout JSONValue) {
        if let resume = definition.pointer(definition.resumeField, userID: userID, record: record) {
            content.setValue(.int(group.number), at: resume)
        }
    }

    /// Records that the group of the step at `current` has been gone through, and so has every group
    /// whose steps all lay between it and `next` (the step asked next; `nil` at the end): a part with
    /// nothing to ask, such as the accounts of a plan that has none, must not stay open for ever.
    /// Returns the groups passed over without a question (not the current step's own).
    @discardableResult
    func completed(from current: Int, to next: Int?, in content: inout JSONValue) -> [FlowGroup] {
        let nextGroup = next.flatMap { definition.steps[$0].group }
        let currentGroup = definition.steps[current].group
        var skipped: [FlowGroup] = []
        var seen: Set<String> = []
        let end = next.map { max($0, current + 1) } ?? definition.steps.count
        for index in current..<end {
            guard let id = definition.steps[index].group, id != nextGroup, seen.insert(id).inserted,
                  let group = definition.group(id),
                  let pointer = definition.pointer(group.completeField, group: group, userID: userID, record: record) else { continue }
            content.setValue(.string(Timestamp.iso(now)), at: pointer)
            if id != currentGroup { skipped.append(group) }
        }
        return skipped
    }

    /// The bookkeeping when the flow ends: where a later run resumes (the first group not gone
    /// through), and the completion time once every group has been.
    func finished(in content: inout JSONValue) {
        guard !definition.groups.isEmpty else { return }
        let done = definition.completedGroups(in: content, userID: userID, record: record)
        let firstOpen = definition.groups.first { group in !done.contains(group) }
        if let resume = definition.pointer(definition.resumeField, userID: userID, record: record) {
            content.setValue(firstOpen.map { .int($0.number) }, at: resume)
        }
        if firstOpen == nil, let completed = definition.pointer(definition.completedField, userID: userID, record: record) {
            content.setValue(.string(Timestamp.iso(now)), at: completed)
        }
    }
}
