import Foundation

/// The plan as a running flow began, which `/cancel` puts back, kept right when another session's
/// saved work is merged in.
enum FlowSnapshot {
    /// `snapshot` (the plan as a flow began) moved onto `target` (the plan as merged): `target`,
    /// with each of the flow's own changes (from `snapshot` to `answers`) taken back where the
    /// target still holds it. Where another session's value won, the target's value stays, so
    /// cancelling the flow puts back what is on disk now, not what was there when the flow began.
    static func rebased(_ snapshot: JSONValue, answers: JSONValue, onto target: JSONValue) -> JSONValue {
        var rebased = target
        for change in PlanDiff.changes(from: snapshot, to: answers) where target.value(at: change.path) == change.after {
            rebased.setValue(change.before, at: change.path)
        }
        return rebased
    }
}
