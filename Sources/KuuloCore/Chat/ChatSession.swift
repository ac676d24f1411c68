import Foundation

/// The chat as a state machine: it takes input lines and returns effects (messages to show, "save
/// now", "exit"), holding the plan and the running flow. It does no I/O, so every conversation can be
/// tested without a terminal and reused by another front end.
public struct ChatSession {
    /// The plan being worked on.
    public internal(set) var document: PlanDocument
    /// The language the chat speaks.
    public internal(set) var language: Language
    /// The person using Kuulo, once known.
    public internal(set) var userName: String?
    /// The running flow, if any.
    public internal(set) var flow: FlowState?
    /// The shared data: texts, flows, Knowledge.
    public let resources: KuuloResources
    /// Where the plan lives, as shown to the user.
    public let planPath: String
    let clock: () -> Date
    var block: [String]?
    var conflict: ConflictResolution?
    var undoTarget: Int?
    /// The draft or reply that `/edit` and `/draft <action>` act on: the last one written or opened.
    public internal(set) var openRecord: OpenRecord?
    /// Articles offered after a question that two or three answered about equally well.
    var pendingChoices: [KnowledgeAnswer]?
    /// Word boundaries for CamelCase display forms of hashtags (Voikko, a word list), when available.
    public var segmenter: (any WordSegmenter)?
    /// Base forms for understanding free text (Voikko for Finnish), when available.
    public var lemmatizers: [Language: any Lemmatizer] = [:]
    /// Stems for understanding free text (Snowball), when available.
    public var stemmers: [Language: any Stemmer] = [:]
    /// Loads the spelling and grammar checkers for draft checks (only when a draft is checked).
    public var checkServices: (@Sendable () -> LanguageServices)?
    /// The checkers and word lists once loaded, kept for the session.
    let draftCheckCache = DraftCheckCache()

    /// Creates a session over a loaded (or new, empty) plan.
    public init(document: PlanDocument, resources: KuuloResources, language: Language, userName: String?,
                planPath: String, clock: @escaping () -> Date) {
        self.document = document
        self.resources = resources
        self.language = language
        self.userName = userName?.trimmingCharacters(in: .whitespaces).isEmpty == false ? userName : nil
        self.planPath = planPath
        self.clock = clock
    }

    // MARK: - Reading state

    /// The user's id in the plan's trustee list.
    public var userID: String? { userName.map(Slug.make) }

    /// The organisation's short name, else its name.
    public var organisationName: String? {
        let content = document.content
        for key in ["shortName", "name"] {
            if let text = content["organisation"]?[key]?.stringValue, !text.isEmpty { return text }
        }
        return nil
    }

    /// What kind of input comes next.
    public var inputMode: InputMode {
        if block != nil { return .continuation }
        if conflict != nil { return .answer }
        guard let flow else { return .command }
        return flow.listItems != nil ? .listItem : .answer
    }

    /// Completions for a partly typed line.
    public func completions(for line: String) -> [String] {
        resources.completions(for: line)
    }

    func text(_ key: MessageKey, _ arguments: [String: String] = [:]) -> String {
        resources.messages.text(key, language, arguments)
    }

    func say(_ key: MessageKey, _ arguments: [String: String] = [:], style: ChatMessage.Style = .plain) -> ChatEffect {
        .say(ChatMessage(text(key, arguments), style: style))
    }

    var templateArguments: [String: String] {
        let name = userName ?? text(.unknownAuthor)
        let role = userID.flatMap { document.content["trustees"]?[$0]?["role"]?.stringValue } ?? ""
        var arguments = ["user": name, "firstName": String(name.split(separator: " ").first ?? Substring(name)), "role": role,
                         "org": organisationName ?? "", "path": planPath, "revision": String(document.revision)]
        let firstName = arguments["firstName"] ?? name
        arguments["signature"] = userID.flatMap { document.content["trustees"]?[$0]?["signature"]?.stringValue }
            ?? "– \(firstName)" + (organisationName.map { ", " + $0 } ?? "")
        if let item = flow?.item {
            arguments["item"] = item
            let inLanguageBlock = flow.flatMap { resources.flow($0.flowID)?.steps[$0.stepIndex].each } == "language"
            arguments["itemName"] = inLanguageBlock ? languageName(item) : itemName(item)
        }
        if let flowID = flow?.flowID, flowID == "draft" || flowID == "reply" {
            arguments.merge(draftTemplateArguments) { current, _ in current }
        }
        return arguments
    }

    // MARK: - Lifecycle

    /// The opening of a session: a greeting, and the setup flow when the plan has no organisation yet,
    /// or a question about who is speaking when that is not known.
    public mutating func start() -> [ChatEffect] {
        if organisationName == nil {
            var effects = [say(.greetingNewPlan, templateArguments, style: .heading)]
            effects += startFlow("setup")
            return effects
        }
        var arguments = templateArguments
        arguments["name"] = userName ?? ""
        var effects = [say(userName == nil ? .greetingAnonymous : .greeting, arguments, style: .heading)]
        if userName == nil {
            effects += startFlow("identify")
            return effects
        }
        effects.append(.say(ChatMessage(nextStepAdvice(), style: .hint)))
        return effects
    }

    /// One line of input (without its newline).
    public mutating func handle(_ rawLine: String) -> [ChatEffect] {
        let line = rawLine.replacingOccurrences(of: "\r", with: "")
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        if var lines = block {
            if trimmed == "\"\"\"" {
                block = nil
                return handleAnswerOrCommand(lines.joined(separator: "\n"), isBlock: true)
            }
            lines.append(line)
            block = lines
            return []
        }
        if trimmed == "\"\"\"" {
            block = []
            return [say(.blockStarted, style: .hint)]
        }
        return handleAnswerOrCommand(line, isBlock: false)
    }

    /// Ctrl-C at the prompt: the reader has discarded the line; an open `"""` block goes too.
    public mutating func interrupt() -> [ChatEffect] {
        guard block != nil else { return [] }
        block = nil
        return [say(.blockDiscarded, style: .hint)]
    }

    /// End of input (Ctrl-D or the end of piped input): save and exit 0.
    public mutating func endOfInput() -> [ChatEffect] {
        var effects: [ChatEffect] = []
        if let lines = block, !lines.isEmpty {
            block = nil
            effects += handleAnswerOrCommand(lines.joined(separator: "\n"), isBlock: true)
        }
        return effects + finish(code: 0)
    }

    /// SIGTERM or SIGHUP: save and exit with `code`.
    public mutating func terminate(code: Int32) -> [ChatEffect] {
        finish(code: code)
    }

    /// Records a revision for unsaved work, says goodbye and exits.
    mutating func finish(code: Int32) -> [ChatEffect] {
        var effects: [ChatEffect] = []
        if document.hasUnrecordedChanges {
            var arguments = templateArguments
            if let flow {
                arguments["flow"] = fillTemplate(resources.flow(flow.flowID)?.summary.text(language) ?? flow.flowID, arguments)
            }
            let summary = text(flow == nil ? .revisionSession : .revisionSessionInFlow, arguments)
            record(summary)
        }
        effects.append(.persist)
        if code == 0 {
            effects.append(say(.goodbye, ["revision": String(document.revision), "path": planPath], style: .hint))
        }
        effects.append(.exit(code))
        return effects
    }

    /// Records a revision now, authored by the user and timed by the session's clock.
    @discardableResult
    mutating func record(_ summary: String) -> Revision? {
        undoTarget = nil
        return document.recordRevision(author: userName ?? text(.unknownAuthor), time: Timestamp.iso(clock()), summary: summary)
    }

    /// Takes a plan that the front end merged with another session's saved work.
    public mutating func adopt(_ merged: PlanDocument) {
        document = merged
    }

    // MARK: - Dispatch

    mutating func handleAnswerOrCommand(_ input: String, isBlock: Bool) -> [ChatEffect] {
        let trimmed = input.trimmingCharacters(in: .whitespacesAndNewlines)
        if conflict != nil { return answerConflict(trimmed) }
        if !isBlock, trimmed.hasPrefix("/"), trimmed.count > 1 {
            pendingChoices = nil
            return handleCommand(trimmed)
        }
        if flow != nil {
            pendingChoices = nil
            return handleFlowInput(input, isBlock: isBlock)
        }
        if let picked = pickPendingChoice(trimmed) { return picked }
        if trimmed.isEmpty { return [] }
        if trimmed == "?" { return [say(.helpHint, style: .hint)] }
        return interpretFreeText(trimmed)
    }

    mutating func handleCommand(_ line: String) -> [ChatEffect] {
        let body = line.dropFirst()
        let name = String(body.prefix { !$0.isWhitespace })
        let argument = body.dropFirst(name.count).trimmingCharacters(in: .whitespaces)
        guard let command = resources.commands.command(named: name) else {
            if let suggestion = resources.commands.suggestion(for: name, language: language) {
                return [say(.unknownCommandSuggestion, ["command": "/" + name, "suggestion": "/" + suggestion], style: .error)]
            }
            return [say(.unknownCommand, ["command": "/" + name], style: .error)]
        }
        if command.flowOnly {
            guard flow != nil else { return [say(.noFlowRunning, ["command": "/" + name], style: .error)] }
            return handleFlowCommand(command.id)
        }
        switch command.id {
        case "help": return showHelp(argument)
        case "quit": return finish(code: 0)
        case "lang": return changeLanguage(argument)
        case "plan": return [.say(ChatMessage(planSummary(), style: .plain))]
        case "save": return save(argument)
        case "history": return [.say(ChatMessage(historyListing(), style: .plain))]
        case "undo": return undo()
        case "setup": return startFlow("setup", interrupting: true)
        case "tips": return startTips(argument)
        case "hashtags": return startFlow("hashtags", interrupting: true)
        case "channels": return startChannels(argument)
        case "export": return export(argument)
        case "draft": return draftCommand(argument)
        case "edit": return editPart(argument)
        case "reply": return startFlow("reply", interrupting: true)
        case "drafts": return [.say(ChatMessage(draftsListing()))]
        default: return [say(.commandUnavailable, ["command": "/" + name], style: .error)]
        }
    }

    func showHelp(_ argument: String) -> [ChatEffect] {
        let registry = resources.commands
        if !argument.isEmpty {
            let name = argument.hasPrefix("/") ? String(argument.dropFirst()) : argument
            guard let command = registry.command(named: name) else {
                return [say(.unknownCommand, ["command": "/" + name], style: .error)]
            }
            let other = command.names.filter { $0.key != language }.values.sorted().map { "/" + $0 }.joined(separator: ", ")
            return [.say(ChatMessage(text(.helpCommand, ["usage": command.usage.text(language), "summary": command.summary.text(language), "aliases": other])))]
        }
        var lines = [text(.helpHeader)]
        for command in registry.commands {
            let usage = command.usage.text(language)
            // A long usage gets its summary on the next line, in the same column as the others.
            let padding = usage.count < 23 ? String(repeating: " ", count: 24 - usage.count) : "\n" + String(repeating: " ", count: 26)
            lines.append("  " + usage + padding + command.summary.text(language))
        }
        lines.append(text(.helpFooter))
        return [.say(ChatMessage(lines.joined(separator: "\n")))]
    }

    mutating func changeLanguage(_ argument: String) -> [ChatEffect] {
        guard !argument.isEmpty else {
            return [say(.languageCurrent, ["language": language.rawValue], style: .hint)]
        }
        guard let chosen = Language(identifier: argument) else {
            return [say(.languageUnknown, ["language": argument], style: .error)]
        }
        language = chosen
        var effects = [say(.languageChanged, style: .success)]
        if let flow, let current = resources.flow(flow.flowID) {
            effects += presentStep(current, index: flow.stepIndex)
        }
        return effects
    }

    /// `/export [format] [file]`: the written plan (HTML by default) next to the plan file.
    func export(_ argument: String) -> [ChatEffect] {
        let words = argument.split(separator: " ", maxSplits: 1).map(String.init)
        let format: ExportFormat
        if let first = words.first {
            guard let chosen = ExportFormat(name: first) else {
                return [say(.errorExportFormat, ["format": first, "known": ExportFormat.allCases.map(\.rawValue).joined(separator: ", ")], style: .error)]
            }
            format = chosen
        } else {
            format = .html
        }
        let folder = (planPath as NSString).deletingLastPathComponent
        let name = "kuulo-plan-\(language.rawValue).\(format.fileExtension)"
        let path = words.count > 1 ? words[1] : (folder.isEmpty ? name : folder + "/" + name)
        let contents = PlanExporter.render(document, format: format, language: language, data: resources.data, knowledge: resources.knowledge)
        return [.writeFile(path: path, contents: contents, message: text(.exportWritten, ["path": path]))]
    }

    mutating func save(_ summary: String) -> [ChatEffect] {
        guard document.hasUnrecordedChanges else {
            return [.persist, say(.saveNothing, ["revision": String(document.revision)], style: .hint)]
        }
        let text = summary.isEmpty ? self.text(.revisionSaved, templateArguments) : summary
        record(text)
        return [.persist, say(.saveDone, ["revision": String(document.revision), "summary": text], style: .success)]
    }

    mutating func undo() -> [ChatEffect] {
        if document.hasUnrecordedChanges {
            record(text(.revisionSession, templateArguments))
        }
        let target = (undoTarget ?? document.revision) - 1
        guard target >= 0, document.revision > 0 else {
            return [say(.undoNothing, style: .hint)]
        }
        let undone = target + 1
        let summary = text(.revisionUndo, ["number": String(undone)])
        guard let restored = document.content(atRevision: target) else { return [say(.undoNothing, style: .hint)] }
        document.content = restored
        if record(summary) == nil {
            undoTarget = target
            return [say(.undoNoChange, ["number": String(undone)], style: .hint)]
        }
        undoTarget = target
        return [.persist, say(.undoDone, ["number": String(undone), "revision": String(document.revision)], style: .success)]
    }
}
