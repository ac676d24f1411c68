import Foundation

extension ChatSession {
    /// Starts flow `id`: at the group numbered `group` (and only that group), else where this user
    /// left off, else at the first step that should be asked. With `interrupting`, a running flow is
    /// left first (its answers stay in the plan). With `record` and `onlyStep`, asks that one step of
    /// an existing record again (`/edit`).
    public mutating func startFlow(_ id: String, group: Int? = nil, item: String? = nil, record: String? = nil, onlyStep: Int? = nil,
                                   interrupting: Bool = false) -> [ChatEffect] {
        guard let definition = resources.flow(id) else {
            return [say(.flowMissing, ["flow": id], style: .error)]
        }
        var effects: [ChatEffect] = []
        if flow != nil {
            guard interrupting else { return [say(.flowAlreadyRunning, style: .error)] }
            effects += leaveFlowKeepingAnswers()
        }
        var state = FlowState(flowID: id, stepIndex: 0, snapshot: document.content)
        var start = 0
        if let onlyStep, definition.steps.indices.contains(onlyStep) {
            state.onlyStep = onlyStep
            start = onlyStep
        } else if let item, let each = definition.steps.first(where: { $0.each != nil })?.each, let blockStart = definition.blockStart(each) {
            state.onlyItem = item
            start = blockStart
        } else if let number = group, let chosen = definition.group(number: number), let first = definition.firstStep(of: chosen) {
            state.onlyGroup = chosen.id
            start = first
        } else if let resume = flowPointer(definition.resumeField), let number = document.content.value(at: resume)?.intValue,
                  number > 1, let chosen = definition.group(number: number), let first = definition.firstStep(of: chosen) {
            start = first
            effects.append(say(.tipsResume, ["number": String(number)], style: .hint))
        } else if !definition.groups.isEmpty, completedGroups(definition, userID: userID).count == definition.groups.count {
            effects.append(say(.tipsAllDone, style: .hint))
        }
        if let record {
            state.record = record
        } else if let collection = definition.record.flatMap(JSONPointer.init) {
            let existing = document.content.value(at: collection)?.objectValue?.keys.compactMap { Int($0) } ?? []
            state.record = String((existing.max() ?? 0) + 1)
        }
        if let started = flowPointer(definition.startedField), document.content.value(at: started) == nil {
            document.content.setValue(.string(Timestamp.iso(clock())), at: started)
            // Progress is kept per trustee: make sure this person is listed as one.
            if let userID, let userName, document.content["trustees"]?[userID]?["name"] == nil {
                document.content.setValue(.string(userName), at: JSONPointer(tokens: ["trustees", userID, "name"]))
            }
        }
        flow = state
        if let onlyStep {
            let candidate = enterBlockIfNeeded(definition, candidate: nextAskableStep(definition, from: onlyStep), from: nil)
            guard let first = candidate, definition.steps[first].id == definition.steps[onlyStep].id else {
                flow = nil
                return effects + [say(.editNotAsked, style: .hint)]
            }
            flow?.stepIndex = first
            return effects + enterItemIfNeeded(definition, index: first) + presentStep(definition, index: first)
        }
        if group == nil, item == nil, start == 0, let intro = definition.intro {
            effects.append(.say(ChatMessage(fillTemplate(intro.text(language), templateArguments), style: .heading)))
        }
        effects.append(say(.flowControls, style: .hint))
        guard let first = enterBlockIfNeeded(definition, candidate: nextAskableStep(definition, from: start), from: nil) else {
            return effects + completeFlow(definition)
        }
        flow?.stepIndex = first
        return effects + enterGroupIfNeeded(definition, index: first) + enterItemIfNeeded(definition, index: first) + presentStep(definition, index: first)
    }

    mutating func leaveFlowKeepingAnswers() -> [ChatEffect] {
        guard let state = flow else { return [] }
        let summary = resources.flow(state.flowID)?.summary.text(language) ?? state.flowID
        flow = nil
        if document.hasUnrecordedChanges {
            var arguments = templateArguments
            arguments["flow"] = fillTemplate(summary, templateArguments)
            record(text(.revisionSessionInFlow, arguments))
            return [.persist]
        }
        return []
    }

    func nextAskableStep(_ definition: Flow, from index: Int) -> Int? {
        var candidate = index
        while candidate < definition.steps.count {
            let step = definition.steps[candidate]
            let roleHasTags = step.store != .tagChannels || !HashtagStore.tags(role: step.role ?? "", in: document.content).isEmpty
            var conditionHolds = true
            if let condition = step.askIf {
                let field = JSONPointer(fillTemplate(condition, ["draft": flow?.record ?? "_", "user": userID ?? "_"]))
                let value = field.flatMap { document.content.value(at: $0) }
                conditionHolds = value.map { !$0.isEmptyValue && $0.stringValue != step.askIfNot } ?? false
            }
            // A choice whose options come from the plan is left out when the plan offers none.
            let hasOptions = step.optionsFrom == nil || step.optionsFrom == .channels || !resolved(step).options.isEmpty
            if roleHasTags, conditionHolds, hasOptions, !step.onlyIfEmpty || currentValue(of: step).map(\.isEmptyValue) ?? true { return candidate }
            candidate += 1
        }
        return nil
    }

    func currentValue(of step: FlowStep) -> JSONValue? {
        if step.setsUser, let userName { return .string(userName) }
        return value(of: step, in: document.content)
    }

    /// What a step's answer is in `content` (the plan now, or as it was when the flow started).
    func value(of step: FlowStep, in content: JSONValue) -> JSONValue? {
        if let store = step.store {
            let values: [String]
            switch store {
            case .tagRole: values = HashtagStore.tags(role: step.role ?? "", in: content)
            case .tagChannels: values = HashtagStore.channels(role: step.role ?? "", in: content)
            case .tagSets: values = HashtagStore.sets(in: content)
            case .channelSet: values = ChannelStore.active(in: content)
            }
            return values.isEmpty ? nil : .array(values.map(JSONValue.string))
        }
        guard let pointer = step.pointer(userID: userID, item: flow?.item, record: flow?.record), let value = content.value(at: pointer), !value.isEmptyValue else { return nil }
        return value
    }

    func defaultValue(of step: FlowStep) -> JSONValue? {
        if step.setsUser, let userName { return .string(userName) }
        if step.suggest == .draftPurpose { return draftPurposeDefault() }
        if let key = step.suggest?.channelKey {
            return channelDefault(key)
        }
        if let kind = step.suggest {
            let suggestions = HashtagSuggestions.suggest(kind.rawValue, content: document.content, year: Calendar(identifier: .gregorian).component(.year, from: clock()))
            return suggestions.isEmpty ? nil : .array(suggestions.map(JSONValue.string))
        }
        guard let value = step.defaults[language] else { return nil }
        if case .string(let template) = value {
            let filled = fillTemplate(template, templateArguments)
            return filled.isEmpty ? nil : .string(filled)
        }
        return value
    }

    /// The value as the user reads it: lists joined, options by label, yes/no in words.
    func display(_ value: JSONValue, for step: FlowStep) -> String {
        switch value {
        case .string(let text):
            return step.options.first { $0.value == text }?.label.text(language) ?? text
        case .bool(let flag):
            return text(flag ? .yes : .no)
        case .array(let elements):
            return elements.map { display($0, for: step) }.joined(separator: ", ")
        default:
            return JSONWriter.compact(value)
        }
    }

    /// The step with options that depend on the plan filled in.
    func resolved(_ step: FlowStep) -> FlowStep {
        if let source = step.optionsFrom, source != .channels {
            var concrete = step
            concrete.options = dynamicOptions(source)
            return concrete
        }
        guard step.optionsFrom == .channels else { return step }
        var concrete = step
        let planned = document.content["channels"]?.objectValue ?? [:]
        if !planned.isEmpty {
            let catalogue = resources.channelCatalogue
            concrete.options = ChannelStore.active(in: document.content, catalogue: catalogue).compactMap { key in
                guard let entry = planned[key] else { return nil }
                let known = catalogue.entry(entry["kind"]?.stringValue ?? key)
                let label = entry["name"]?.stringValue.map { LocalizedText([.fi: $0, .en: $0]) } ?? known?.name ?? LocalizedText([.fi: key, .en: key])
                return FlowOption(value: key, label: label, aliases: (known?.aliases ?? []) + [key])
            }
        }
        if concrete.options.isEmpty {
            concrete.options = resources.platformLimits.platforms.map { FlowOption(value: $0.id, label: $0.name) }
        }
        return concrete
    }

    func presentStep(_ definition: Flow, index: Int) -> [ChatEffect] {
        let step = resolved(definition.steps[index])
        var question = fillTemplate(step.question.text(language), templateArguments)
        let existing = currentValue(of: step)
        if existing == nil, let fallback = defaultValue(of: step) {
            question += " [" + display(fallback, for: step) + "]"
        }
        if step.kind == .yesno { question += " " + text(.yesNoSuffix) }
        let progress = text(.stepProgress, ["number": String(index + 1), "total": String(definition.steps.count)])
        var effects = [ChatEffect.say(ChatMessage(progress + " " + question, style: .question))]
        var hints: [String] = []
        if let existing {
            hints.append(text(.currentValue, ["value": display(existing, for: step)]))
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
            let filled = fillTemplate(hint.text(language), templateArguments)
            if !filled.isEmpty { hints.append(filled) }
        }
        if !hints.isEmpty { effects.append(.say(ChatMessage(hints.joined(separator: "\n"), style: .hint))) }
        return effects
    }

    mutating func handleFlowCommand(_ action: CommandAction) -> [ChatEffect] {
        guard var state = flow, let definition = resources.flow(state.flowID) else { return [] }
        switch action {
        case .back:
            state.listItems = nil
            guard let previous = state.trail.popLast() else {
                flow = state
                return [say(.backAtStart, style: .hint)] + presentStep(definition, index: state.stepIndex)
            }
            state.stepIndex = previous.step
            state.itemIndex = previous.item
            flow = state
            return enterGroupIfNeeded(definition, index: previous.step) + enterItemIfNeeded(definition, index: previous.step) + presentStep(definition, index: previous.step)
        case .skip:
            let step = definition.steps[state.stepIndex]
            if step.required, currentValue(of: step) == nil {
                return [say(.cannotSkip, style: .error)] + presentStep(definition, index: state.stepIndex)
            }
            state.listItems = nil
            flow = state
            return advance(definition)
        case .cancel:
            document.content = state.snapshot
            flow = nil
            return [.persist, say(.flowCancelled, style: .hint)]
        default:
            return []
        }
    }

    mutating func handleFlowInput(_ input: String, isBlock: Bool) -> [ChatEffect] {
        guard let state = flow, let definition = resources.flow(state.flowID) else {
            flow = nil
            return []
        }
        let step = resolved(definition.steps[state.stepIndex])
        let trimmed = input.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed == "?" { return stepHelp(step) }
        if trimmed.hasPrefix("? ") || (trimmed.hasPrefix("?") && trimmed.count > 1 && !step.takesList) {
            return answerInFlow(String(trimmed.dropFirst()).trimmingCharacters(in: .whitespaces), definition: definition, index: state.stepIndex)
        }
        if step.takesList {
            return handleListInput(input, isBlock: isBlock, step: step, definition: definition)
        }
        if trimmed.isEmpty {
            if currentValue(of: step) != nil { return advance(definition) }
            if let fallback = defaultValue(of: step) { return accept(fallback, for: step, definition: definition) }
            if step.required { return [say(.answerRequired, style: .error)] + presentStep(definition, index: state.stepIndex) }
            return advance(definition)
        }
        switch AnswerParser.parse(input, for: step, language: language) {
        case .success(let value):
            return accept(value, for: step, definition: definition)
        case .failure(let problem):
            return [say(problem.key, problem.arguments, style: .error)] + presentStep(definition, index: state.stepIndex)
        }
    }

    mutating func handleListInput(_ input: String, isBlock: Bool, step: FlowStep, definition: Flow) -> [ChatEffect] {
        guard var state = flow else { return [] }
        let trimmed = input.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.isEmpty, !isBlock {
            guard let items = state.listItems, !items.isEmpty else {
                state.listItems = nil
                flow = state
                if currentValue(of: step) != nil { return advance(definition) }
                if let fallback = defaultValue(of: step) { return accept(fallback, for: step, definition: definition) }
                if step.required { return [say(.answerRequired, style: .error)] + presentStep(definition, index: state.stepIndex) }
                return advance(definition)
            }
            var values = items
            if state.listAppends, let existing = currentValue(of: step)?.stringArray {
                values = existing + items.filter { !existing.contains($0) }
            }
            state.listItems = nil
            flow = state
            return accept(.array(values.map(JSONValue.string)), for: step, definition: definition)
        }
        var items = state.listItems ?? []
        var lines = isBlock ? input.components(separatedBy: "\n") : [input]
        if items.isEmpty, let first = lines.first?.trimmingCharacters(in: .whitespaces), first.hasPrefix("+"), currentValue(of: step) != nil {
            state.listAppends = true
            lines[0] = String(first.dropFirst())
        } else if items.isEmpty {
            state.listAppends = false
        }
        var problems: [ChatEffect] = []
        for line in lines {
            let item = line.trimmingCharacters(in: .whitespaces)
            guard !item.isEmpty else { continue }
            let parsed: Result<JSONValue, AnswerProblem>
            if step.kind == .hashtags, let tags = hashtagSet(named: item) {
                for tag in tags where !items.contains(tag) { items.append(tag) }
                continue
            }
            if step.store == .tagSets {
                parsed = HashtagStore.parseSet(item).map { _ in .string(item) }
            } else {
                parsed = AnswerParser.parse(item, for: step, language: language)
            }
            switch parsed {
            case .success(let value):
                if let text = value.stringValue, !items.contains(text) { items.append(text) }
            case .failure(let problem):
                problems.append(say(problem.key, problem.arguments, style: .error))
            }
        }
        if let maximum = step.maximum, items.count > maximum {
            items = Array(items.prefix(maximum))
            problems.append(say(.listFull, ["max": String(maximum)], style: .error))
        }
        state.listItems = items
        flow = state
        if isBlock {
            return problems + handleListInput("", isBlock: false, step: step, definition: definition)
        }
        return problems
    }

    func stepHelp(_ step: FlowStep) -> [ChatEffect] {
        if let help = step.help {
            return [.say(ChatMessage(fillTemplate(help.text(language), templateArguments), style: .hint))]
        }
        if let id = step.article, let article = resources.knowledge.article(id, language: language) {
            return [.say(ChatMessage(text(.articleHeading, ["title": article.title, "id": article.id]) + "\n\n" + article.body, style: .plain)),
                    say(.helpThenContinue, style: .hint)]
        }
        return [say(.noHelpForStep, style: .hint)]
    }

    mutating func accept(_ value: JSONValue, for step: FlowStep, definition: Flow) -> [ChatEffect] {
        var effects: [ChatEffect] = []
        if step.setsUser, let name = value.stringValue {
            if name != userName { effects.append(.rememberUser(name)) }
            userName = name
        }
        if let store = step.store {
            let items = value.stringArray ?? []
            switch store {
            case .tagRole:
                let segmenter = self.segmenter
                HashtagStore.setTags(items, role: step.role ?? "topic", in: &document.content) { name in
                    guard name == name.lowercased(), let segmenter else { return name }
                    return HashtagCamelCase.suggest(tag: name, segmenter: segmenter) ?? name
                }
            case .tagChannels: HashtagStore.setChannels(items, role: step.role ?? "", in: &document.content)
            case .tagSets: HashtagStore.setSets(items, in: &document.content)
            case .channelSet: ChannelStore.setActive(items, in: &document.content)
            }
        } else if let pointer = step.pointer(userID: userID, item: flow?.item, record: flow?.record) {
            document.content.setValue(value, at: pointer)
        }
        undoTarget = nil
        flow?.answers += 1
        effects.append(.persist)
        return effects + advance(definition)
    }

    mutating func advance(_ definition: Flow) -> [ChatEffect] {
        guard var state = flow else { return [] }
        let current = state.stepIndex
        state.trail.append(FlowPosition(step: current, item: state.itemIndex))
        flow = state
        if state.onlyStep != nil {
            return advanceAfterEdit(definition, from: current)
        }
        var next = nextAskableStep(definition, from: current + 1)
        // The end of a repeated block: round again for the next item.
        if let each = definition.steps[current].each, next.map({ definition.steps[$0].each != each }) ?? true,
           state.itemIndex + 1 < state.items.count, let blockStart = definition.blockStart(each) {
            state.itemIndex += 1
            flow = state
            next = nextAskableStep(definition, from: blockStart)
        }
        next = enterBlockIfNeeded(definition, candidate: next, from: current)
        if let only = flow?.onlyGroup, let candidate = next, definition.steps[candidate].group != only { next = nil }
        if definition.steps[current].group != next.map({ definition.steps[$0].group }) ?? nil {
            completeGroup(definition, stepIndex: current)
        }
        guard let next else { return completeFlow(definition) }
        flow?.stepIndex = next
        return enterGroupIfNeeded(definition, index: next) + enterItemIfNeeded(definition, index: next) + presentStep(definition, index: next)
    }

    mutating func completeFlow(_ definition: Flow) -> [ChatEffect] {
        let snapshot = flow?.snapshot ?? document.content
        let recordKey = flow?.record
        finishGroups(definition)
        flow = nil
        var effects = additions(definition, since: snapshot)
        if definition.onComplete == .draftAssemble, let recordKey {
            effects += assembleDraft(recordKey)
            openRecord = OpenRecord(flowID: definition.id, key: recordKey)
        }
        if definition.onComplete == .replyAssemble, let recordKey {
            effects += assembleReply(recordKey)
            openRecord = OpenRecord(flowID: definition.id, key: recordKey)
        }
        let arguments = templateArguments
        if document.hasUnrecordedChanges {
            record(fillTemplate(definition.summary.text(language), arguments.merging(["draft": recordKey ?? ""]) { $1 }))
            effects.append(.persist)
        }
        if let outro = definition.outro {
            effects.append(.say(ChatMessage(fillTemplate(outro.text(language), templateArguments.merging(["draft": recordKey ?? ""]) { $1 }), style: .success)))
        }
        if definition.onComplete == .channelAdvice { effects += channelAdvice() }
        if definition.onComplete == .draftAssemble, let recordKey {
            effects.append(say(.draftActions, ["number": recordKey], style: .hint))
        } else if definition.onComplete != .replyAssemble {
            effects.append(.say(ChatMessage(nextStepAdvice(), style: .hint)))
        }
        return effects
    }

    /// The channel map checked as a whole, as lines to show.
    func channelAdvice() -> [ChatEffect] {
        let advice = ChannelAdvisor.advise(document.content, catalogue: resources.channelCatalogue, language: language)
        if advice.isEmpty { return [say(.channelAdviceNone, style: .success)] }
        let lines = [text(.channelAdviceHeader)] + advice.map { text($0.key, $0.arguments) }
        return [.say(ChatMessage(lines.joined(separator: "\n"), style: .plain))]
    }
}

extension ChatSession {
    /// After an edited step: the same step for the block's next item, else the first later step that
    /// must be answered and is not (alt text once there is an image), else the end.
    mutating func advanceAfterEdit(_ definition: Flow, from current: Int) -> [ChatEffect] {
        guard var state = flow else { return [] }
        if definition.steps[current].each != nil, state.itemIndex + 1 < state.items.count {
            state.itemIndex += 1
            flow = state
            return enterItemIfNeeded(definition, index: current) + presentStep(definition, index: current)
        }
        var candidate = nextAskableStep(definition, from: current + 1)
        while let index = candidate {
            let step = definition.steps[index]
            if step.each == nil, step.required, currentValue(of: step) == nil {
                flow?.stepIndex = index
                return presentStep(definition, index: index)
            }
            candidate = nextAskableStep(definition, from: index + 1)
        }
        return completeFlow(definition)
    }
}
