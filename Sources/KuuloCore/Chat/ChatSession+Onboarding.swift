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

    /// The onboarding status of every trustee, for `/plan`.
    func onboardingStatus() -> [String] {
        guard let definition = resources.flow("onboarding"), !definition.groups.isEmpty else { return [] }
        let trustees = document.content["trustees"]?.objectValue ?? [:]
        guard !trustees.isEmpty else { return [] }
        var lines = [text(.onboardingStatusHeader)]
        for key in trustees.keys.sorted() {
            let name = trustees[key]?["name"]?.stringValue ?? key
            let done = definition.completedGroups(in: document.content, userID: key).count
            let total = definition.groups.count
            let arguments = ["name": name, "done": String(done), "total": String(total)]
            if done == total {
                let pointer = definition.pointer(definition.completedField, userID: key)
                let when = pointer.flatMap { document.content.value(at: $0)?.stringValue }.map { String($0.prefix(10)) } ?? ""
                lines.append(text(.onboardingStatusDone, arguments.merging(["date": when]) { $1 }))
            } else if done == 0 {
                lines.append(text(.onboardingStatusNone, arguments))
            } else {
                let open = definition.groups.first { group in !definition.completedGroups(in: document.content, userID: key).contains(group) }
                lines.append(text(.onboardingStatusPartial, arguments.merging(["next": String(open?.number ?? 1)]) { $1 }))
            }
        }
        return lines
    }

    /// Advice to continue or start the onboarding, when this user has not finished it.
    func onboardingAdvice() -> String? {
        guard let definition = resources.flow("onboarding"), let userID, !definition.groups.isEmpty else { return nil }
        let done = definition.completedGroups(in: document.content, userID: userID)
        guard done.count < definition.groups.count else { return nil }
        let open = definition.groups.first { !done.contains($0) }
        return text(.nextStepOnboarding, ["number": String(open?.number ?? 1), "total": String(definition.groups.count)])
    }
}
