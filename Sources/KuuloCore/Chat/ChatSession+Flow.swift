import Foundation

extension ChatSession {
    /// Runs `body` on the session's flow runner and takes back the context, the running flow and the
    /// open record it changed.
    mutating func withFlows<Result>(_ body: (inout FlowRunner) -> Result) -> Result {
        var runner = FlowRunner(context: context, flow: flow, openRecord: openRecord)
        let result = body(&runner)
        context = runner.context
        flow = runner.flow
        openRecord = runner.openRecord
        return result
    }

    /// Starts flow `id`: at the group numbered `group` (and only that group), else where this user
    /// left off, else at the first step that should be asked. With `interrupting`, a running flow is
    /// left first (its answers stay in the plan). With `record` and `onlyStep`, asks that one step of
    /// an existing record again (`/edit`); with `record` and `resumeAt`, goes on with an unfinished
    /// record from that step to the end.
    public mutating func startFlow(_ id: String, group: Int? = nil, item: String? = nil, record: String? = nil, onlyStep: Int? = nil,
                                   resumeAt: Int? = nil, interrupting: Bool = false) -> [ChatEffect] {
        withFlows { $0.start(id, group: group, item: item, record: record, onlyStep: onlyStep, resumeAt: resumeAt, interrupting: interrupting) }
    }

    /// Runs the engine on the running flow and takes back what it changed.
    mutating func withFlowEngine(_ body: (inout FlowEngine) -> [ChatEffect]) -> [ChatEffect] {
        withFlows { $0.withEngine(body) }
    }

    /// Leaves the running flow; its answers stay in the plan, recorded as a revision when unsaved.
    mutating func leaveFlowKeepingAnswers() -> [ChatEffect] {
        withFlows { $0.leaveKeepingAnswers() }
    }

    /// The running flow's question again.
    func presentCurrentStep() -> [ChatEffect] {
        FlowRunner(context: context, flow: flow, openRecord: openRecord).presentCurrentStep()
    }
}
