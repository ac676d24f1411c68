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

    /// Which groups of a flow this user has gone through (their `completeField` has a time).
    func completedGroups(_ definition: Flow, userID: String?) -> [FlowGroup] {
        definition.groups.filter { group in
            guard let pointer = groupPointer(group.completeField, group: group, userID: userID) else { return false }
            return document.content.value(at: pointer).map { !$0.isEmptyValue } ?? false
        }
    }

    func groupPointer(_ template: String?, group: FlowGroup?, userID: String?) -> JSONPointer? {
        guard let template else { return nil }
        return JSONPointer(fillTemplate(template, ["user": userID ?? "_", "number": group.map { String($0.number) } ?? ""]))
    }

    func flowPointer(_ template: String?) -> JSONPointer? {
        groupPointer(template, group: nil, userID: userID)
    }

    /// Shows a group's introduction when the step at `index` opens a new group, and remembers the
    /// group as the place to resume.
    mutating func enterGroupIfNeeded(_ definition: Flow, index: Int) -> [ChatEffect] {
        guard var state = flow, let group = definition.group(definition.steps[index].group), state.currentGroup != group.id else { return [] }
        state.currentGroup = group.id
        flow = state
        if let resume = flowPointer(definition.resumeField) {
            document.content.setValue(.int(group.number), at: resume)
        }
        var effects: [ChatEffect] = []
        let article = group.article.flatMap { resources.knowledge.article($0, language: language) }
        if let heading = definition.groupTitle {
            let title = fillTemplate(heading.text(language), ["number": String(group.number), "total": String(definition.groups.count), "title": article?.title ?? group.id])
            effects.append(.say(ChatMessage(title, style: .heading)))
        }
        if let article {
            effects.append(.say(ChatMessage(article.summary, style: .plain)))
            if let line = valuesLine(for: article) { effects.append(.say(ChatMessage(line, style: .hint))) }
        }
        return effects
    }

    /// "This tip serves your values: listening, interaction" — matched against the plan's own values.
    func valuesLine(for article: KnowledgeArticle) -> String? {
        guard !article.serves.isEmpty else { return nil }
        let names = resources.data.tree("Prompts/values.yaml")?["values"]?.arrayValue ?? []
        let planValues = document.content["organisation"]?["values"]?.stringArray ?? []
        let folded = planValues.map { $0.lowercased() }
        var matched: [String] = []
        var seedNames: [String] = []
        for key in article.serves {
            guard let entry = names.first(where: { $0["id"]?.stringValue == key }) else { continue }
            let synonyms = (entry["synonyms"]?.stringArray ?? []).map { $0.lowercased() }
            if let index = folded.firstIndex(where: { synonyms.contains($0) }) { matched.append(planValues[index]) }
            seedNames.append(LocalizedText(json: entry["name"])?.text(language) ?? key)
        }
        if !matched.isEmpty { return text(.tipServesValues, ["values": matched.joined(separator: ", ")]) }
        return seedNames.isEmpty ? nil : text(.tipServesSeedValues, ["values": seedNames.joined(separator: ", ")])
    }

    /// Records that the group of the step at `index` has been gone through.
    mutating func completeGroup(_ definition: Flow, stepIndex index: Int) {
        guard let group = definition.group(definition.steps[index].group),
              let pointer = groupPointer(group.completeField, group: group, userID: userID) else { return }
        document.content.setValue(.string(Timestamp.iso(clock())), at: pointer)
    }

    /// What the flow added or changed, by the steps' labels.
    func additions(_ definition: Flow, since snapshot: JSONValue) -> [ChatEffect] {
        var lines: [String] = []
        for step in definition.steps {
            guard let label = step.label, let now = value(of: step, in: document.content), now != value(of: step, in: snapshot) else { continue }
            lines.append("  • " + label.text(language) + ": " + display(now, for: resolved(step)))
        }
        guard definition.steps.contains(where: { $0.label != nil }) else { return [] }
        if lines.isEmpty { return [say(.flowAddedNothing, style: .hint)] }
        return [.say(ChatMessage(text(.flowAddedHeader) + "\n" + lines.joined(separator: "\n"), style: .plain))]
    }

    /// Bookkeeping when a flow with groups ends: completion time, and where a later `/tips` resumes.
    mutating func finishGroups(_ definition: Flow) {
        guard !definition.groups.isEmpty else { return }
        let done = completedGroups(definition, userID: userID)
        let firstOpen = definition.groups.first { group in !done.contains(group) }
        if let resume = flowPointer(definition.resumeField) {
            document.content.setValue(firstOpen.map { .int($0.number) }, at: resume)
        }
        if firstOpen == nil, let completed = flowPointer(definition.completedField) {
            document.content.setValue(.string(Timestamp.iso(clock())), at: completed)
        }
    }

    /// The onboarding status of every trustee, for `/plan`.
    func onboardingStatus() -> [String] {
        guard let definition = resources.flow("onboarding"), !definition.groups.isEmpty else { return [] }
        let trustees = document.content["trustees"]?.objectValue ?? [:]
        guard !trustees.isEmpty else { return [] }
        var lines = [text(.onboardingStatusHeader)]
        for key in trustees.keys.sorted() {
            let name = trustees[key]?["name"]?.stringValue ?? key
            let done = completedGroups(definition, userID: key).count
            let total = definition.groups.count
            let arguments = ["name": name, "done": String(done), "total": String(total)]
            if done == total {
                let pointer = groupPointer(definition.completedField, group: nil, userID: key)
                let when = pointer.flatMap { document.content.value(at: $0)?.stringValue }.map { String($0.prefix(10)) } ?? ""
                lines.append(text(.onboardingStatusDone, arguments.merging(["date": when]) { $1 }))
            } else if done == 0 {
                lines.append(text(.onboardingStatusNone, arguments))
            } else {
                let open = definition.groups.first { group in !completedGroups(definition, userID: key).contains(group) }
                lines.append(text(.onboardingStatusPartial, arguments.merging(["next": String(open?.number ?? 1)]) { $1 }))
            }
        }
        return lines
    }

    /// Advice to continue or start the onboarding, when this user has not finished it.
    func onboardingAdvice() -> String? {
        guard let definition = resources.flow("onboarding"), let userID, !definition.groups.isEmpty else { return nil }
        let done = completedGroups(definition, userID: userID)
        guard done.count < definition.groups.count else { return nil }
        let open = definition.groups.first { !done.contains($0) }
        return text(.nextStepOnboarding, ["number": String(open?.number ?? 1), "total": String(definition.groups.count)])
    }
}
