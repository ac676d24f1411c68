/// What the chat is doing, and so what the next line of input means. One value instead of several
/// optionals checked in a fixed order: the session is a reducer over this mode.
enum ChatMode {
    /// Waiting for a command or a free-text question.
    case idle
    /// Asking the steps of a flow.
    case inFlow(FlowState)
    /// Collecting the lines of a `"""` block (inside a flow, when one is running).
    case multiLineInput([String], flow: FlowState?)
    /// Asking, one field at a time, which side of a conflicting save to keep; the flow, if one was
    /// running, goes on afterwards.
    case resolvingConflict(ConflictResolver, flow: FlowState?)
    /// Two or three articles answered a question about equally well: a number picks one.
    case choosingBetweenAnswers([KnowledgeAnswer])

    /// The running flow, whatever else is going on.
    var flow: FlowState? {
        switch self {
        case .inFlow(let state): return state
        case .multiLineInput(_, let state), .resolvingConflict(_, let state): return state
        case .idle, .choosingBetweenAnswers: return nil
        }
    }

    /// The same mode with the running flow replaced (or ended, with `nil`).
    func replacingFlow(_ state: FlowState?) -> ChatMode {
        switch self {
        case .multiLineInput(let lines, _): return .multiLineInput(lines, flow: state)
        case .resolvingConflict(let resolution, _): return .resolvingConflict(resolution, flow: state)
        case .choosingBetweenAnswers where state == nil: return self
        case .idle, .inFlow, .choosingBetweenAnswers: return state.map(ChatMode.inFlow) ?? .idle
        }
    }

    /// What kind of input the mode expects next.
    var inputMode: InputMode {
        switch self {
        case .multiLineInput: return .continuation
        case .resolvingConflict: return .answer
        case .inFlow(let flow): return flow.listItems != nil ? .listItem : .answer
        case .idle, .choosingBetweenAnswers: return .command
        }
    }

    /// The mode once the `"""` block or the conflict is over: the flow again, else idle.
    var leavingInput: ChatMode {
        flow.map(ChatMode.inFlow) ?? .idle
    }
}

/// What one line of input does to the `"""` block reading.
enum LineIntake {
    /// The line went into the open block.
    case buffered(ChatMode)
    /// The line opened a block.
    case blockStarted(ChatMode)
    /// The line closed the block, whose text is given.
    case blockEnded(String, ChatMode)
    /// The line is an ordinary line (no block open or opened).
    case line
}

extension ChatMode {
    /// Reads `line` (without its newline) against the `"""` block: collects it into an open block,
    /// opens or closes one, or leaves it an ordinary line.
    func take(_ line: String) -> LineIntake {
        let isFence = line.trimmingSpaces() == "\"\"\""
        if case .multiLineInput(let lines, let running) = self {
            return isFence ? .blockEnded(lines.joined(separator: "\n"), leavingInput) : .buffered(.multiLineInput(lines + [line], flow: running))
        }
        return isFence ? .blockStarted(.multiLineInput([], flow: flow)) : .line
    }
}
