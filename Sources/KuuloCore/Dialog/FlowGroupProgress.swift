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

    /// Records that the group of the step at `index` has been gone through.
    func completed(stepIndex index: Int, in content: inout JSONValue) {
        guard let group = definition.group(definition.steps[index].group),
              let pointer = definition.pointer(group.completeField, group: group, userID: userID, record: record) else { return }
        content.setValue(.string(Timestamp.iso(now)), at: pointer)
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
