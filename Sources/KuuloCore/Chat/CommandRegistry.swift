import Foundation

/// What a command starts, as `Prompts/commands.yaml` names it: a flow (no Swift needed) or an action
/// that needs code.
public enum CommandTarget: Equatable, Sendable {
    /// Starts the flow with this id (`flow: hashtags`); `argument` says what a typed argument picks.
    case flow(String, argument: FlowArgument?)
    /// Runs a piece of code registered under this id (`action: export`).
    case action(CommandAction)
}

/// What the argument of a flow command picks (`argument:` next to `flow:`).
public enum FlowArgument: String, Sendable, CaseIterable {
    /// A group by its number: `/tips 3` goes through tip 3 only.
    case group
    /// An item of the flow's repeated block: `/channels instagram` asks about that channel only.
    case item
    /// A record the flow keeps (`record:` in the flow), by its number or name: `/trustee Matti` edits that
    /// trustee, `/trustee remove Matti` removes them; without an argument a new record is added.
    case record
    /// An entry of the listening log by its number: `/reply 3` answers what member message 3 asked, and
    /// saving the reply marks the entry answered; without an argument a reply stands on its own.
    case listeningEntry = "listening-entry"
}

/// The commands that need code of their own, by the id `action:` names in `Prompts/commands.yaml`.
public enum CommandAction: String, Sendable, CaseIterable {
    case help, quit, lang, plan, save, history, undo, redact, export, draft, edit, drafts, results, listen
    /// Inside a flow only.
    case back, skip, cancel
}

/// A slash command as described in `Prompts/commands.yaml`.
public struct ChatCommand: Equatable, Sendable {
    /// The stable id the session dispatches on (`help`, `quit`, …).
    public var id: String
    /// The name per language, without the slash (`help`, `apua`).
    public var names: [Language: String]
    /// Completion candidates for the first argument.
    public var arguments: [String]
    /// How to call it, per language.
    public var usage: LocalizedText
    /// One line on what it does.
    public var summary: LocalizedText
    /// Whether it only makes sense inside a flow (`/back`, `/skip`, `/cancel`).
    public var flowOnly: Bool
    /// Words the command takes after its first argument, by id, per language (`/draft 3 approve`).
    public var actions: [String: LocalizedText] = [:]
    /// What the command starts; `nil` when the data names nothing this version knows.
    public var target: CommandTarget?

    /// A command from its values (`PrebuiltData`: the built-in commands made at build time).
    public init(id: String, names: [Language: String], arguments: [String], usage: LocalizedText, summary: LocalizedText,
                flowOnly: Bool, actions: [String: LocalizedText], target: CommandTarget?) {
        self.id = id
        self.names = names
        self.arguments = arguments
        self.usage = usage
        self.summary = summary
        self.flowOnly = flowOnly
        self.actions = actions
        self.target = target
    }

    /// The id of the action typed as `word` in any language.
    public func action(for word: String) -> String? {
        let lowered = word.lowercased()
        return actions.first { _, names in Language.allCases.contains { names.text($0).lowercased() == lowered } }?.key
    }

    /// Every name in every language.
    public var allNames: [String] {
        Array(Set(names.values)).sorted()
    }
}

/// The slash commands, with lookup by any language's name and did-you-mean suggestions.
public struct CommandRegistry: Sendable {
    /// The commands in the order the help lists them.
    public let commands: [ChatCommand]

    /// Where the commands are described.
    public static let path = "Prompts/commands.yaml"

    /// Loads `Prompts/commands.yaml`: the values made from the built-in files at build time when the
    /// organisation changes none of them (`PrebuiltData`), else the files as read.
    public init(data: DataFiles) {
        if let prebuilt = data.prebuilt(for: Self.path) {
            self.commands = prebuilt.commands
        } else {
            self = CommandRegistry(tree: data.tree(Self.path))
        }
    }

    /// Reads a parsed `commands.yaml` with its texts laid over it.
    init(tree: JSONValue?) {
        var commands: [ChatCommand] = []
        let entries = tree?["commands"]?.arrayValue ?? []
        commands.reserveCapacity(entries.count)
        for raw in entries {
            guard let id = raw["id"]?.stringValue, let nameMap = raw["names"]?.objectValue else { continue }
            // Made at its final size: growing a dictionary rehashes it at every doubling.
            var names = [Language: String](minimumCapacity: nameMap.count)
            for (key, value) in nameMap {
                if let language = Language(rawValue: key), let name = value.stringValue { names[language] = name }
            }
            var actions: [String: LocalizedText] = [:]
            for (actionID, names) in raw["actions"]?.objectValue ?? [:] {
                if let text = LocalizedText(json: names) { actions[actionID] = text }
            }
            commands.append(ChatCommand(
                id: id,
                names: names,
                arguments: raw["arguments"]?.stringArray ?? [],
                usage: LocalizedText(json: raw["usage"]) ?? LocalizedText([.en: "/" + (names[.en] ?? id)]),
                summary: LocalizedText(json: raw["summary"]) ?? LocalizedText([.en: ""]),
                flowOnly: raw["flowOnly"]?.boolValue ?? false,
                actions: actions,
                target: Self.target(of: raw)
            ))
        }
        self.commands = commands
    }

    /// What a command's entry starts: `flow:` (with an optional `argument:`) or `action:`.
    static func target(of raw: JSONValue) -> CommandTarget? {
        if let flow = raw["flow"]?.stringValue {
            return .flow(flow, argument: raw["argument"]?.stringValue.flatMap(FlowArgument.init(rawValue:)))
        }
        return raw["action"]?.stringValue.flatMap(CommandAction.init(rawValue:)).map(CommandTarget.action)
    }

    /// The command called `name` (without the slash) in any language, case-insensitively.
    public func command(named name: String) -> ChatCommand? {
        let lowered = name.lowercased()
        return commands.first { $0.names.values.contains(lowered) }
    }

    /// The command with `id`.
    public func command(id: String) -> ChatCommand? {
        commands.first { $0.id == id }
    }

    /// The closest command name to a mistyped one, in the user's language first.
    public func suggestion(for name: String, language: Language) -> String? {
        let preferred = commands.compactMap { $0.names[language] }
        if let match = EditDistance.closest(to: name, in: preferred) { return match }
        return EditDistance.closest(to: name, in: commands.flatMap(\.allNames))
    }

    /// Completions for the last word of a partly typed line: command names (with the slash) for the
    /// first word, then the named command's arguments.
    /// With a `language`, only that language's names and words are offered (the other language's
    /// still work when typed); when none of them fits what is typed, every language's are.
    public func completions(for line: String, language: Language? = nil) -> [String] {
        if let language {
            let own = completions(for: line, in: [language])
            return own.isEmpty ? completions(for: line, in: Language.allCases) : own
        }
        return completions(for: line, in: Language.allCases)
    }

    private func completions(for line: String, in languages: [Language]) -> [String] {
        guard line.hasPrefix("/") else { return [] }
        let body = line.dropFirst()
        if let space = body.firstIndex(of: " ") {
            let name = String(body[..<space])
            let rest = body[body.index(after: space)...]
            let argument = String(rest.split(separator: " ", omittingEmptySubsequences: false).last ?? "")
            guard let command = command(named: name) else { return [] }
            let actionWords = command.actions.values.flatMap { names in languages.map { names.text($0) } }
            let candidates = command.arguments + actionWords.filter { !command.arguments.contains($0) }.sorted()
            return candidates.filter { $0.lowercased().hasPrefix(argument.lowercased()) }
        }
        let prefix = body.lowercased()
        let names = languages.count == Language.allCases.count ? commands.flatMap(\.allNames)
            : commands.flatMap { command in languages.compactMap { command.names[$0] } }
        return names.filter { $0.hasPrefix(prefix) }.sorted().map { "/" + $0 }
    }

    /// `/help name`: the command's usage, summary and its names in the other languages.
    public func help(for name: String, language: Language, messages: MessageCatalog) -> String? {
        guard let command = command(named: name) else { return nil }
        let other = command.names.filter { $0.key != language }.values.sorted().map { "/" + $0 }.joined(separator: ", ")
        return messages.text(.helpCommand, language, ["usage": command.usage.text(language), "summary": command.summary.text(language), "aliases": other])
    }

    /// `/help`: every command with its usage and summary, the summaries in one column.
    public func helpListing(language: Language, messages: MessageCatalog) -> String {
        var lines = [messages.text(.helpHeader, language, [:])]
        for command in commands {
            let usage = command.usage.text(language)
            // A long usage gets its summary on the next line, in the same column as the others.
            let padding = usage.count < 23 ? String(repeating: " ", count: 24 - usage.count) : "\n" + String(repeating: " ", count: 26)
            lines.append("  " + usage + padding + command.summary.text(language))
        }
        lines.append(messages.text(.helpFooter, language, [:]))
        return lines.joined(separator: "\n")
    }
}

/// What a typed command name finds: something to run, or the message that refuses it.
enum CommandLookup: Equatable {
    /// The command's flow or action.
    case run(CommandTarget)
    /// Not run: the error message to show and its arguments.
    case refused(MessageKey, [String: String])
}

extension CommandRegistry {
    /// Looks up the command typed as `/name`: unknown names get a suggestion when one is close, a
    /// flow-only command is refused outside a flow (`inFlow`), and a command without a target is
    /// unavailable.
    func lookup(_ name: String, language: Language, inFlow: Bool) -> CommandLookup {
        let typed = "/" + name
        guard let command = command(named: name) else {
            if let suggestion = suggestion(for: name, language: language) {
                return .refused(.unknownCommandSuggestion, ["command": typed, "suggestion": "/" + suggestion])
            }
            return .refused(.unknownCommand, ["command": typed])
        }
        if command.flowOnly, !inFlow { return .refused(.noFlowRunning, ["command": typed]) }
        guard let target = command.target else { return .refused(.commandUnavailable, ["command": typed]) }
        return .run(target)
    }
}
