import Foundation

/// A part of the plan (`Prompts/sections.yaml`) as `/plan`, the next-step advice and the written plan
/// see it: where it is kept and which command really fills it.
public struct PlanSection: Equatable, Sendable {
    /// A plan field of the section and the command that fills it (the section's unless it says otherwise).
    public struct Field: Equatable, Sendable {
        /// Where it is kept.
        public var pointer: JSONPointer
        /// The command that fills it; `nil` when no flow does yet.
        public var command: PlanCommand?

        /// A field and the command that fills it.
        public init(pointer: JSONPointer, command: PlanCommand?) {
            self.pointer = pointer
            self.command = command
        }
    }

    /// Stable id; also the section's anchor in the HTML plan.
    public var id: String
    /// The section's name in the chat, per language.
    public var title: LocalizedText
    /// The plan fields that hold it; the section counts as started when any of them has a value.
    public var fields: [Field]
    /// The command that fills it; `nil` when no flow does yet.
    public var command: PlanCommand?
    /// Whether the section records an occasion (the change of term) rather than a part every plan
    /// needs: `/plan` and the written plan show it only once it has content, and the next-step advice
    /// never asks for it.
    public var occasional: Bool

    /// A section from its values (`PrebuiltData`: the built-in list made at build time).
    public init(id: String, title: LocalizedText, fields: [Field], command: PlanCommand?, occasional: Bool) {
        self.id = id
        self.title = title
        self.fields = fields
        self.command = command
        self.occasional = occasional
    }

    /// Whether the section is shown for `content`: always, unless it is occasional and empty.
    public func isShown(in content: JSONValue) -> Bool {
        !occasional || isStarted(in: content)
    }

    /// Reads one entry of `sections`; `nil` without an id or a title.
    init?(json: JSONValue) {
        guard let id = json["id"]?.stringValue, let title = LocalizedText(json: json["title"]) else { return nil }
        self.id = id
        self.title = title
        let command = json["command"]?.stringValue.flatMap(PlanCommand.init(typed:))
        self.command = command
        occasional = json["occasional"]?.boolValue ?? false
        fields = (json["fields"]?.arrayValue ?? []).compactMap { entry in
            if let text = entry.stringValue { return JSONPointer(text).map { Field(pointer: $0, command: command) } }
            guard let text = entry["field"]?.stringValue, let pointer = JSONPointer(text) else { return nil }
            return Field(pointer: pointer, command: entry["command"]?.stringValue.flatMap(PlanCommand.init(typed:)))
        }
    }

    /// Whether the plan has anything in this section.
    public func isStarted(in content: JSONValue) -> Bool {
        fields.contains { content.value(at: $0.pointer).map { !$0.isEmptyValue } ?? false }
    }
}

/// A chat command that fills part of the plan: an id of `Prompts/commands.yaml` and an optional argument
/// (`tips 1`). Shown by the command's name in the reader's language.
public struct PlanCommand: Equatable, Hashable, Sendable {
    /// The command's id (`tips`).
    public var id: String
    /// Its argument (`1`), if any.
    public var argument: String?

    /// A command and argument.
    public init(id: String, argument: String? = nil) {
        self.id = id
        self.argument = argument
    }

    /// Reads `tips 1` (a leading `/` is allowed); `nil` for a blank text.
    public init?(typed text: String) {
        let words = text.split(separator: " ", maxSplits: 1).map { String($0).trimmingSpaces() }
        guard let first = words.first, !first.isEmpty else { return nil }
        id = first.hasPrefix("/") ? String(first.dropFirst()) : first
        argument = words.count > 1 && !words[1].isEmpty ? words[1] : nil
    }

    /// As typed in `language`: `/vinkit 1`; the id stands in for a command `commands` does not know.
    public func typed(in language: Language, commands: CommandRegistry) -> String {
        let name = commands.command(id: id).flatMap { $0.names[language] ?? $0.names[.en] } ?? id
        return "/" + name + (argument.map { " " + $0 } ?? "")
    }
}
