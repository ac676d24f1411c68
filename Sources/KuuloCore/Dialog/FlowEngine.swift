import Foundation

/// How a flow ended, for whoever runs it to act on.
public enum FlowEnding: Equatable, Sendable {
    /// Every step was asked: `snapshot` is the plan as it was when the flow began, `record` the key
    /// of the record it filled (a draft's number).
    case completed(snapshot: JSONValue, record: String?)
    /// `/cancel`: the plan is back as it was.
    case cancelled
    /// The step to edit is not asked in this plan (`/edit alt-text` for a post without an image).
    case notAsked
}

/// The dialog engine: a flow definition, where the flow is, and the plan in; messages, the new place
/// and the edited plan out. It does no I/O and knows nothing of the chat around it, so every flow can
/// be run and tested on its own. Each call returns what to show; `content`, `state`, `userName` and
/// `ending` say what changed.
public struct FlowEngine {
    /// The flow being run.
    public let definition: Flow
    /// Where it is.
    public var state: FlowState
    /// The plan's content, with the answers written in.
    public var content: JSONValue
    /// The person answering (a `setsUser` step changes it).
    public var userName: String?
    /// The shared data: texts, flows, catalogues, Knowledge.
    public let resources: KuuloResources
    /// The language the questions are asked in.
    public let language: Language
    let planPath: String
    let revision: Int
    let now: Date
    /// Word boundaries for CamelCase hashtags, when available.
    public var segmenter: (any WordSegmenter)?
    /// Set once the flow is over.
    public private(set) var ending: FlowEnding?
    /// A question typed as `? question` at a step, for the caller to answer from Knowledge.
    public private(set) var question: String?
    /// Whether an answer was written into the plan.
    public private(set) var answered = false

    /// An engine at `state` of `definition` over `content`.
    public init(definition: Flow, state: FlowState, content: JSONValue, resources: KuuloResources, language: Language,
                userName: String?, planPath: String, revision: Int, now: Date, segmenter: (any WordSegmenter)? = nil) {
        self.definition = definition
        self.state = state
        self.content = content
        self.resources = resources
        self.language = language
        self.userName = userName
        self.planPath = planPath
        self.revision = revision
        self.now = now
        self.segmenter = segmenter
    }

    /// Reads the plan as the flow sees it now (after the end, without the flow's item and record).
    public var reader: FlowPlanReader {
        FlowPlanReader(content: content, resources: resources, language: language, userName: userName,
                       state: ending == nil ? state : nil, planPath: planPath, revision: revision, now: now)
    }

    var presenter: FlowPresenter { FlowPresenter(definition: definition, reader: reader) }

    func say(_ key: MessageKey, _ arguments: [String: String] = [:], style: ChatMessage.Style = .plain) -> ChatEffect {
        .say(ChatMessage(resources.messages.text(key, language, arguments), style: style))
    }

    // MARK: - Starting

    /// Starts at the group numbered `group` (and only that group), else where this user left off,
    /// else at the first step that should be asked. With `record` and `onlyStep`, asks that one step
    /// of an existing record again (`/edit`); with `record` and `resumeAt`, goes on from that step.
    public mutating func begin(group: Int? = nil, item: String? = nil, record: String? = nil, onlyStep: Int? = nil, resumeAt: Int? = nil) -> [ChatEffect] {
        var effects: [ChatEffect] = []
        let userID = reader.userID
        if let record {
            state.record = record
        } else if let collection = definition.record.flatMap(JSONPointer.init) {
            state.record = unfinishedRecord(in: collection) ?? String(((content.value(at: collection)?.objectValue?.keys.compactMap { Int($0) } ?? []).max() ?? 0) + 1)
        }
        let key = state.record
        var start = 0
        if let resumeAt, record != nil, definition.steps.indices.contains(resumeAt) {
            start = resumeAt
        } else if let onlyStep, definition.steps.indices.contains(onlyStep) {
            state.scope = .step(onlyStep)
            start = onlyStep
        } else if let item, let each = definition.steps.first(where: { $0.each != nil })?.each, let blockStart = definition.blockStart(each) {
            state.scope = .item(item)
            start = blockStart
        } else if let number = group, let chosen = definition.group(number: number), let first = definition.firstStep(of: chosen) {
            state.scope = .group(chosen.id)
            start = first
        } else if let resume = definition.pointer(definition.resumeField, userID: userID, record: key), let number = content.value(at: resume)?.intValue,
                  number > 1, let chosen = definition.group(number: number), let first = definition.firstStep(of: chosen) {
            start = first
            if let note = definition.resumeNote {
                let title = chosen.title?.text(language) ?? chosen.id
                effects.append(.say(ChatMessage(fillTemplate(note.text(language), ["number": String(number), "title": title]), style: .hint)))
            } else {
                effects.append(say(.tipsResume, ["number": String(number)], style: .hint))
            }
        } else if !definition.groups.isEmpty, definition.record == nil,
                  definition.completedGroups(in: content, userID: userID).count == definition.groups.count {
            effects.append(say(.tipsAllDone, style: .hint))
        }
        if let started = definition.pointer(definition.startedField, userID: userID, record: key), content.value(at: started) == nil {
            content.setValue(.string(Timestamp.iso(now)), at: started)
            // Progress is kept per trustee: make sure this person is listed as one.
            if definition.record == nil, let userID, let userName, content["trustees"]?[userID]?["name"] == nil {
                content.setValue(.string(userName), at: JSONPointer(tokens: ["trustees", userID, "name"]))
            }
        }
        if let onlyStep {
            let candidate = enterBlockIfNeeded(candidate: nextAskableStep(from: onlyStep), from: nil)
            guard let first = candidate, definition.steps[first].id == definition.steps[onlyStep].id else {
                ending = .notAsked
                return effects + [say(.editNotAsked, style: .hint)]
            }
            state.stepIndex = first
            return effects + enterItemIfNeeded(index: first) + presenter.present(index: first)
        }
        if group == nil, item == nil, start == 0, let intro = definition.intro {
            effects.append(.say(ChatMessage(fillTemplate(intro.text(language), reader.templateArguments), style: .heading)))
        }
        effects.append(say(.flowControls, style: .hint))
        guard let first = enterBlockIfNeeded(candidate: nextAskableStep(from: start), from: nil) else {
            return effects + finish()
        }
        state.stepIndex = first
        return effects + enterGroupIfNeeded(index: first) + enterItemIfNeeded(index: first) + presenter.present(index: first)
    }

    /// The current step asked again (after a language change, help, or a settled conflict).
    public func presentCurrentStep() -> [ChatEffect] {
        presenter.present(index: state.stepIndex)
    }

    // MARK: - Moving

    /// Which steps this run asks, over the plan as it is now.
    var stepFilter: FlowStepFilter {
        FlowStepFilter(definition: definition, content: content, reader: reader, scope: state.scope, record: state.record)
    }

    /// The first step from `index` on that this run asks.
    func nextAskableStep(from index: Int) -> Int? {
        stepFilter.nextAskable(from: index)
    }



    /// `/back`, `/skip` or `/cancel`.
    public mutating func command(_ action: CommandAction) -> [ChatEffect] {
        switch action {
        case .back:
            state.listItems = nil
            state.pendingReplacement = nil
            guard let previous = state.trail.popLast() else {
                return [say(.backAtStart, style: .hint)] + presenter.present(index: state.stepIndex)
            }
            state.stepIndex = previous.step
            state.itemIndex = previous.item
            return enterGroupIfNeeded(index: previous.step) + enterItemIfNeeded(index: previous.step) + presenter.present(index: previous.step)
        case .skip:
            let step = definition.steps[state.stepIndex]
            if step.required, reader.currentValue(of: step) == nil {
                return [say(.cannotSkip, style: .error)] + presenter.present(index: state.stepIndex)
            }
            state.listItems = nil
            state.pendingReplacement = nil
            return advance()
        case .cancel:
            content = state.snapshot
            ending = .cancelled
            return [.persist, say(.flowCancelled, style: .hint)]
        default:
            return []
        }
    }

    mutating func advance() -> [ChatEffect] {
        let current = state.stepIndex
        state.trail.append(FlowPosition(step: current, item: state.itemIndex))
        if case .step = state.scope {
            return advanceAfterEdit(from: current)
        }
        var next = nextAskableStep(from: current + 1)
        // The end of a repeated block: round again for the next item.
        if let each = definition.steps[current].each, next.map({ definition.steps[$0].each != each }) ?? true,
           state.itemIndex + 1 < state.items.count, let blockStart = definition.blockStart(each) {
            state.itemIndex += 1
            next = nextAskableStep(from: blockStart)
        }
        next = enterBlockIfNeeded(candidate: next, from: current)
        let following = next
        if case .group(let only) = state.scope, let candidate = next, definition.steps[candidate].group != only { next = nil }
        var skipped: [ChatEffect] = []
        if definition.steps[current].group != next.map({ definition.steps[$0].group }) ?? nil {
            skipped = groupProgress.completed(from: current, to: following, in: &content).flatMap(presenter.skippedGroup)
        }
        guard let next else { return skipped + finish() }
        state.stepIndex = next
        return skipped + enterGroupIfNeeded(index: next) + enterItemIfNeeded(index: next) + presenter.present(index: next)
    }

    /// After an edited step: the same step for the block's next item, else the first later step that
    /// must be answered and is not (alt text once there is an image), else the end.
    mutating func advanceAfterEdit(from current: Int) -> [ChatEffect] {
        if definition.steps[current].each != nil, state.itemIndex + 1 < state.items.count {
            state.itemIndex += 1
            return enterItemIfNeeded(index: current) + presenter.present(index: current)
        }
        var candidate = nextAskableStep(from: current + 1)
        while let index = candidate {
            let step = definition.steps[index]
            if step.each == nil, step.required, reader.currentValue(of: step) == nil {
                state.stepIndex = index
                return presenter.present(index: index)
            }
            candidate = nextAskableStep(from: index + 1)
        }
        return finish()
    }

    /// Ends the flow: group bookkeeping, and what it added to the plan.
    mutating func finish() -> [ChatEffect] {
        let snapshot = state.snapshot
        let record = state.record
        groupProgress.finished(in: &content)
        // A flow that fills a record reads its answers there, so it lists them while the record is known.
        let recordAdditions = definition.record == nil ? nil : presenter.additions(since: snapshot)
        ending = .completed(snapshot: snapshot, record: record)
        return recordAdditions ?? presenter.additions(since: snapshot)
    }

    // MARK: - Answers

    /// One line (or a `"""` block) typed at the current step.
    public mutating func input(_ input: String, isBlock: Bool) -> [ChatEffect] {
        let reader = self.reader
        let step = reader.resolved(definition.steps[state.stepIndex])
        let trimmed = input.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed == "?" { return presenter.help(for: step) }
        if trimmed.hasPrefix("? ") || (trimmed.hasPrefix("?") && trimmed.count > 1 && !step.takesList) {
            question = String(trimmed.dropFirst()).trimmingCharacters(in: .whitespaces)
            return []
        }
        if trimmed == Self.restMarker, state.listItems == nil, let effects = acceptSuggestedForRest() { return effects }
        if trimmed == "=", state.listItems == nil, let previous = reader.previousItemAnswer(of: step) { return accept(previous, for: step) }
        if step.takesList {
            return listInput(input, isBlock: isBlock, step: step)
        }
        if trimmed.isEmpty {
            if let current = reader.currentValue(of: step) {
                // Keeping an answer is checked too: the answer it depends on may have changed since.
                if let problem = NumberConstraint.problem(with: current, for: step, in: self) {
                    return [problem] + presenter.present(index: state.stepIndex)
                }
                return advance()
            }
            if let fallback = reader.defaultValue(of: step) { return accept(fallback, for: step, suggested: true) }
            if step.required { return [say(.answerRequired, style: .error)] + presenter.present(index: state.stepIndex) }
            return advance()
        }
        return parsedInput(input, step: step)
    }

    /// Writes an answer into the plan and moves on. A `suggested` answer (Enter on an offered
    /// default) leaves the tags that already have another role where they are.
    mutating func accept(_ value: JSONValue, for step: FlowStep, suggested: Bool = false) -> [ChatEffect] {
        if let problem = NumberConstraint.problem(with: value, for: step, in: self) {
            return [problem] + presenter.present(index: state.stepIndex)
        }
        var effects: [ChatEffect] = []
        if step.setsUser, let name = value.stringValue {
            if let previous = userName { content = TrusteeKey.renamingOwn(from: previous, to: name, in: content, snapshot: state.snapshot) }
            if name != userName { effects.append(.rememberUser(name)) }
            userName = name
        }
        if let store = step.store {
            let condition = stepFilter.conditionField(of: step)
            store.write(value, for: step, suggested: suggested, condition: condition, segmenter: segmenter,
                        catalogue: resources.channelCatalogue, in: &content)
        } else if let pointer = step.pointer(userID: reader.userID, item: state.item, record: state.record) {
            content.setValue(value, at: pointer)
            if step.allowsNew, step.optionsFrom == .trustees { content = TrusteeKey.addNamed(value.stringArray ?? [], to: content) }
        }
        answered = true
        state.answers += 1
        effects.append(.persist)
        return effects + advance()
    }

    // MARK: - Repeated blocks and groups

    /// When `candidate` opens a repeated block (coming from outside it), loads the block's items and
    /// returns the first step to ask, or the first step after the block when there are no items.
    mutating func enterBlockIfNeeded(candidate: Int?, from previous: Int?) -> Int? {
        guard let candidate, let each = definition.steps[candidate].each else { return candidate }
        if let previous, definition.steps[previous].each == each { return candidate }
        state.items = reader.items(for: each, only: state.scope.item)
        state.itemIndex = 0
        state.currentItem = nil
        if state.items.isEmpty {
            // Nothing to go through (a plan with no accounts yet): on past the block, into the next
            // block if one follows straight after (the hand-over's channels after its accounts).
            return enterBlockIfNeeded(candidate: nextAskableStep(from: definition.blockEnd(each)), from: nil)
        }
        return nextAskableStep(from: definition.blockStart(each) ?? candidate)
    }

    /// Shows the introduction of an item (the channel's name and profile) when a block step for a new
    /// item comes up.
    mutating func enterItemIfNeeded(index: Int) -> [ChatEffect] {
        guard let each = definition.steps[index].each, each != .language, let item = state.item, state.currentItem != item else { return [] }
        state.currentItem = item
        return presenter.itemIntroduction(item, index: state.itemIndex, of: state.items.count, each: each)
    }

    /// A record of a resumable flow (one that keeps where to resume in its record) that was started
    /// and not completed: a second run goes on with it instead of starting another.
    func unfinishedRecord(in collection: JSONPointer) -> String? {
        guard let resumeField = definition.resumeField, resumeField.contains("{draft}"), definition.completedField != nil else { return nil }
        let records = content.value(at: collection)?.objectValue ?? [:]
        return records.keys.filter { key in
            guard let completed = definition.pointer(definition.completedField, userID: reader.userID, record: key) else { return false }
            return content.value(at: completed) == nil
        }.sorted { (Int($0) ?? 0) < (Int($1) ?? 0) }.last
    }

    /// Shows a group's introduction when the step at `index` opens a new group, and remembers the
    /// group as the place to resume.
    mutating func enterGroupIfNeeded(index: Int) -> [ChatEffect] {
        guard let group = definition.group(definition.steps[index].group), state.currentGroup != group.id else { return [] }
        state.currentGroup = group.id
        groupProgress.entered(group, in: &content)
        return presenter.groupIntroduction(group)
    }

    /// The plan's record of this run's groups.
    var groupProgress: FlowGroupProgress {
        FlowGroupProgress(definition: definition, userID: reader.userID, record: state.record, now: now)
    }
}
