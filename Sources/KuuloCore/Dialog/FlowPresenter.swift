import Foundation

/// How a flow's steps, groups and items are shown: the question with its progress, current value,
/// default and hints; the introduction of a tip or a channel; what the flow added to the plan.
struct FlowPresenter {
    let definition: Flow
    let reader: FlowPlanReader

    var language: Language { reader.language }

    func text(_ key: MessageKey, _ arguments: [String: String] = [:]) -> String {
        reader.text(key, arguments)
    }

    /// The step at `index` as a question, with its hints.
    func present(index: Int) -> [ChatEffect] {
        let step = reader.resolved(definition.steps[index])
        let arguments = reader.templateArguments
        var question = fillTemplate(step.question.text(language), arguments)
        let existing = reader.currentValue(of: step)
        if existing == nil, let fallback = reader.defaultValue(of: step) {
            question += " [" + reader.display(fallback, for: step) + "]"
        }
        if step.kind == .yesno { question += " " + text(.yesNoSuffix) }
        let place = runPosition(of: index)
        let progress = place.total.map { text(.stepProgress, ["number": String(place.number), "total": String($0)]) }
            ?? text(.stepProgressOpen, ["number": String(place.number)])
        var effects = [ChatEffect.say(ChatMessage(progress + " " + question, style: .question))]
        var hints: [String] = []
        if let existing {
            hints.append(text(.currentValue, ["value": reader.display(existing, for: step)]))
            hints.append(text(step.takesList ? .keepOrAddHint : .keepHint))
        }
        switch step.kind {
        case .choice, .multichoice:
            hints.append(step.options.enumerated().map { "  \($0.offset + 1)) \($0.element.label.text(language))" }.joined(separator: "\n"))
            if step.kind == .multichoice { hints.append(text(.multichoiceHint)) }
        case .list, .hashtags:
            hints.append(text(.listHint))
        default:
            break
        }
        if let hint = step.hint {
            let filled = fillTemplate(hint.text(language), arguments)
            if !filled.isEmpty { hints.append(filled) }
        }
        if let previous = reader.previousItemAnswer(of: step), previous != existing {
            hints.append(text(.sameAsPreviousHint, ["value": reader.display(previous, for: step)]))
        }
        if let each = step.each, definition.blockStart(each) == index {
            hints.append(text(.restAsSuggestedHint))
        }
        if !hints.isEmpty { effects.append(.say(ChatMessage(hints.joined(separator: "\n"), style: .hint))) }
        return effects
    }

    /// `?` at a step: its help, else its Knowledge article.
    func help(for step: FlowStep) -> [ChatEffect] {
        if let help = step.help {
            return [.say(ChatMessage(fillTemplate(help.text(language), reader.templateArguments), style: .hint))]
        }
        if let id = step.article, let article = reader.resources.knowledge.article(id, language: language) {
            let title = ChatMessage(text(.articleHeading, ["title": article.title, "id": article.id]), style: .heading)
            return ([title] + TerminalMarkdown.messages(article.body)).map { .say($0) }
                + [.say(ChatMessage(text(.helpThenContinue), style: .hint))]
        }
        return [.say(ChatMessage(text(.noHelpForStep), style: .hint))]
    }

    /// The introduction of a repeated block's item: the channel's name and profile.
    func itemIntroduction(_ item: String, index: Int, of count: Int, each: RepeatSource = .channel) -> [ChatEffect] {
        var effects: [ChatEffect] = []
        let entry = each == .channel ? reader.resources.channelCatalogue.entry(reader.content["channels"]?[item]?["kind"]?.stringValue ?? item) : nil
        if let title = definition.itemTitle {
            let name = reader.itemName(item, of: each)
            let arguments = ["number": String(index + 1), "total": String(count), "name": name]
            effects.append(.say(ChatMessage(fillTemplate(title.text(language), arguments), style: .heading)))
        }
        if let profile = entry?.profile.text(language), !profile.isEmpty {
            effects.append(.say(ChatMessage(profile, style: .hint)))
        }
        return effects
    }

    /// The introduction of a group: its heading and its article's summary.
    func groupIntroduction(_ group: FlowGroup) -> [ChatEffect] {
        var effects: [ChatEffect] = []
        let article = group.article.flatMap { reader.resources.knowledge.article($0, language: language) }
        if let heading = groupHeading(group, title: article?.title) { effects.append(.say(ChatMessage(heading, style: .heading))) }
        if let article {
            effects.append(.say(ChatMessage(article.summary, style: .plain)))
            if let line = valuesLine(for: article) { effects.append(.say(ChatMessage(line, style: .hint))) }
        }
        return effects
    }

    /// A group with nothing to ask in this plan (the hand-over's accounts when the plan lists none):
    /// its heading and a line saying it is passed over, so that the numbering does not jump unexplained.
    func skippedGroup(_ group: FlowGroup) -> [ChatEffect] {
        let article = group.article.flatMap { reader.resources.knowledge.article($0, language: language) }
        guard let heading = groupHeading(group, title: article?.title) else { return [] }
        return [.say(ChatMessage(heading, style: .heading)), .say(ChatMessage(reader.resources.messages.text(.groupSkipped, language), style: .hint))]
    }

    /// "Part 2/4: Accounts and admin rights": the flow's `groupTitle` for `group`, titled by its article
    /// when it has one; `nil` for a flow without group headings.
    private func groupHeading(_ group: FlowGroup, title: String?) -> String? {
        definition.groupTitle.map { heading in
            fillTemplate(heading.text(language), ["number": String(group.number), "total": String(definition.groups.count),
                                                  "title": title ?? group.title?.text(language) ?? group.id])
        }
    }

    /// "This tip serves your values: listening, interaction" — matched against the plan's own values.
    func valuesLine(for article: KnowledgeArticle) -> String? {
        guard !article.serves.isEmpty else { return nil }
        let names = reader.resources.data.tree("Prompts/values.yaml")?["values"]?.arrayValue ?? []
        let planValues = reader.content["organisation"]?["values"]?.stringArray ?? []
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

    /// Where the step at `index` is in the whole run, counting only the steps the run asks (the same
    /// `FlowStepFilter` that moves the flow on, over the plan as it is now): a repeated block counts once
    /// for each of its items and not at all without items (the hand-over's accounts on a plan with none, the
    /// trustee's own channels when there are none), a step outside a block whose `askIf` is not met is not
    /// counted, and steps asked only on request count only in a run for one item. (A block's step that
    /// one item does not need — no admins to take away from an account — still counts its place.) So `/channels` counts 1–30 over four channels instead of starting again at each
    /// channel, and `/handover` goes [3/9] → [4/9] where it jumped [3/13] → [8/13]. A block not entered
    /// yet counts the items the plan has now; when the run itself chooses the channels and there are none
    /// yet, the total is not known (`nil`) until they are chosen. The total may grow as answers make more
    /// steps asked (a draft's other languages).
    func runPosition(of index: Int) -> (number: Int, total: Int?) {
        let kinds = Set(definition.steps.compactMap(\.each))
        guard let state = reader.state else { return (index + 1, definition.steps.count) }
        let filter = FlowStepFilter(definition: definition, content: reader.content, reader: reader, scope: state.scope, record: state.record)
        // A repeated block's steps are judged by the item they are asked for, so outside it they count
        // as asked (unless only on request): the total then stays the same from item to item.
        let oneItem = state.scope.item != nil
        let counted = definition.steps.indices.filter { step in
            if step == index { return true }
            if definition.steps[step].each != nil { return !definition.steps[step].onRequestOnly || oneItem }
            return filter.nextAskable(from: step) == step
        }
        guard let first = definition.steps.first(where: { $0.each != nil })?.each else {
            return (counted.filter { $0 < index }.count + 1, counted.count)
        }
        // The block being asked (else the flow's first) counts its loaded items; another block of a flow
        // with several (the handover's accounts, then channels) counts what the plan has for it.
        let current = definition.steps[index].each ?? first
        func known(_ each: RepeatSource) -> Int {
            let loaded = (kinds.count == 1 || each == definition.steps[index].each) && !state.items.isEmpty
            return loaded ? state.items.count : reader.items(for: each, only: state.scope.item).count
        }
        let chosenInRun = kinds.contains(.channel) && definition.steps.contains { $0.store == .channelSet }
        // A block counts exactly the items the plan has (none: the block is not asked, and the count must
        // not promise it), except what may still be chosen during the run: the channels of /channels
        // (the total is not shown until they are) and, until the run reaches them, a draft's other languages
        // count one place.
        func weight(_ step: Int) -> Int {
            definition.steps[step].each.map { each in
                let undecided = (chosenInRun && each == .channel) || (each == .language && index <= step)
                return undecided ? max(known(each), 1) : known(each)
            } ?? 1
        }
        let total: Int? = chosenInRun && known(.channel) == 0 ? nil : counted.map(weight).reduce(0, +)
        let block = counted.filter { definition.steps[$0].each == current }
        let before = counted.filter { $0 < index && definition.steps[$0].each != current }.map(weight).reduce(0, +)
        guard definition.steps[index].each == current else {
            let blockStart = block.first ?? index
            return ((index > blockStart ? before + block.count * weight(blockStart) : before) + 1, total)
        }
        let withinItem = block.filter { $0 < index }.count
        return (before + state.itemIndex * block.count + withinItem + 1, total)
    }

    /// Answers one after another on a line ("Tarkoitus: …; Julkaisuja vähintään: 1"): an answer that is a
    /// sentence loses its full stop there, so a full stop and a semicolon never meet.
    static func joined(_ answers: [String]) -> String {
        answers.map { $0.hasSuffix(".") && !$0.hasSuffix("..") ? String($0.dropLast()) : $0 }.joined(separator: "; ")
    }

    /// What the flow added or changed, by the steps' labels.
    /// A repeated block's answers are listed on one line for each item (channel) they changed, named
    /// after it: `==` that filled only a channel's rhythm said "nothing new" while the revision recorded it.
    func additions(since snapshot: JSONValue) -> [ChatEffect] {
        var lines: [String] = []
        var itemParts: [(each: RepeatSource, item: String, parts: [String])] = []
        for step in definition.steps {
            guard let label = step.label else { continue }
            let items: [String?] = step.each.map { reader.items(for: $0, only: nil) } ?? [nil]
            for item in items {
                let before = reader.value(of: step, in: snapshot, item: item)
                guard let now = reader.value(of: step, in: reader.content, item: item), now != before else { continue }
                var part = label.text(language) + ": " + reader.display(now, for: reader.resolved(step))
                // A list that was there before: say whether it was added to or replaced.
                if step.takesList, let old = before?.stringArray, !old.isEmpty, let new = now.stringArray {
                    part += " (" + text(Set(old).isSubset(of: new) ? .flowLineAdded : .flowLineReplaced) + ")"
                }
                guard let each = step.each, let item else {
                    lines.append("  • " + part)
                    continue
                }
                if let index = itemParts.firstIndex(where: { $0.each == each && $0.item == item }) {
                    itemParts[index].parts.append(part)
                } else {
                    itemParts.append((each, item, [part]))
                }
            }
        }
        lines += itemParts.map { "  • " + text(.flowAddedForItem, ["item": reader.itemName($0.item, of: $0.each), "answers": Self.joined($0.parts)]) }
        guard definition.steps.contains(where: { $0.label != nil }) else { return [] }
        if lines.isEmpty { return [.say(ChatMessage(text(.flowAddedNothing), style: .hint))] }
        return [.say(ChatMessage(text(.flowAddedHeader) + "\n" + lines.joined(separator: "\n"), style: .plain))]
    }
}

extension Flow {
    /// A field of the flow's progress (`resumeField`, a group's `completeField`) for a trustee.
    public func pointer(_ template: String?, group: FlowGroup? = nil, userID: String?, record: String? = nil) -> JSONPointer? {
        guard let template else { return nil }
        return JSONPointer(fillTemplate(template, ["user": userID ?? "_", "number": group.map { String($0.number) } ?? "", "draft": record ?? "_"]))
    }

    /// Which groups a trustee has gone through (their `completeField` has a time).
    public func completedGroups(in content: JSONValue, userID: String?, record: String? = nil) -> [FlowGroup] {
        groups.filter { group in
            guard let pointer = pointer(group.completeField, group: group, userID: userID, record: record) else { return false }
            return content.value(at: pointer).map { !$0.isEmptyValue } ?? false
        }
    }
}
