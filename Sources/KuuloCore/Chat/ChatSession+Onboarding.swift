import Foundation

extension ChatSession {
    /// A command's flow (`flow:` in `Prompts/commands.yaml`): from the start, or, when the command
    /// says what its argument picks, one group (`/tips 3`) or one item (`/channels instagram`).
    mutating func startCommandFlow(_ id: String, argument: String, picks: FlowArgument?) -> [ChatEffect] {
        guard !argument.isEmpty, let picks else { return startFlow(id, interrupting: true) }
        switch picks {
        case .group: return startGroup(id, argument)
        case .item: return startItem(id, argument)
        }
    }

    /// `/tips [N]`: the onboarding, resumed where this trustee left off, or one tip.
    mutating func startGroup(_ id: String, _ argument: String) -> [ChatEffect] {
        guard let definition = resources.flow(id) else { return [say(.flowMissing, ["flow": id], style: .error)] }
        guard let number = Int(argument), definition.group(number: number) != nil else {
            return [say(.tipsUnknown, ["argument": argument, "count": String(definition.groups.count)], style: .error)]
        }
        return startFlow(id, group: number, interrupting: true)
    }
}
