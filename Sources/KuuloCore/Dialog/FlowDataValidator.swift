import Yams

/// Checks the flows (`Prompts/flows/*.yaml`) and the commands (`Prompts/commands.yaml`) as a whole,
/// before they are embedded: unknown keys (`requried: true`), unknown hooks (`optionsFrom: chanels`),
/// a command naming a flow that does not exist, and inline texts missing a language (texts in
/// per-language files are checked by `LanguageOverlay`). Every problem carries
/// the file, line and column where it is, so the build fails pointing at it.
public struct FlowDataValidator {
    /// The language codes every text must have (the messages' languages).
    public var languages: [String]

    /// A validator requiring texts in `languages`.
    public init(languages: [String] = Language.allCases.map(\.rawValue)) {
        self.languages = languages
    }

    /// The folder of flow files and the path of the command list, relative to the data root.
    public static let flowFolder = "Prompts/flows/"
    /// See `flowFolder`.
    public static let commandsPath = "Prompts/commands.yaml"

    /// Whether `path` is a flow's structure file (`flows/setup.yaml`), not one of its per-language
    /// text files (`flows/setup.fi.yaml`, checked by `LanguageOverlay`).
    static func isFlowStructure(_ path: String) -> Bool {
        path.hasPrefix(flowFolder) && path.hasSuffix(".yaml") && path.dropFirst(flowFolder.count).split(separator: ".").count == 2
    }

    /// Every problem in `files` (relative path → YAML text), in file and line order. Files other than
    /// flows and the commands are ignored; a file that is not valid YAML is left to the YAML parser.
    public func problems(in files: [String: String]) -> [DataFileError] {
        var problems: [DataFileError] = []
        var flowIDs: Set<String> = []
        for path in files.keys.sorted() where Self.isFlowStructure(path) {
            guard let text = files[path], let node = try? Yams.compose(yaml: text) else { continue }
            var check = Check(path: path, languages: languages)
            check.flow(node)
            problems += check.problems
            if let id = node.mapping?["id"]?.string { flowIDs.insert(id) }
        }
        if let text = files[Self.commandsPath], let node = try? Yams.compose(yaml: text) {
            var check = Check(path: Self.commandsPath, languages: languages)
            check.commands(node, flows: flowIDs)
            problems += check.problems
        }
        return problems
    }
}

/// The keys each kind of mapping in a flow or command file may have.
enum FlowSchema {
    static let flowKeys: Set<String> = ["id", "intro", "outro", "outroPart", "summary", "steps", "groups", "groupTitle", "onComplete",
                                        "itemTitle", "record", "resumeField", "startedField", "completedField", "resumeNote", "renumbered"]
    static let flowTexts = ["intro", "outro", "outroPart", "summary", "groupTitle", "itemTitle", "resumeNote", "renumbered"]
    static let stepKeys: Set<String> = ["id", "kind", "field", "question", "hint", "help", "article", "required", "min", "max",
                                        "maxLength", "setsUser", "ask", "group", "label", "store", "role", "suggest", "optionsFrom",
                                        "notes", "each", "askIf", "askIfNot", "askIfUnlisted", "editName", "options", "default", "allowNew",
                                        "atLeast", "atMost", "oneLine", "refuse", "past",
                                        "advisedMin", "advice"]
    static let stepTexts = ["question", "hint", "help", "label", "editName", "advice"]
    static let optionKeys: Set<String> = ["value", "label"]
    static let groupKeys: Set<String> = ["id", "number", "article", "completeField", "title"]
    static let commandKeys: Set<String> = ["id", "flow", "action", "argument", "names", "usage", "summary", "arguments",
                                           "flowOnly", "actions", "formerNames"]
    static let commandTexts = ["names", "usage", "summary"]

    /// The names a hook key accepts, by key.
    static let stepHooks: [String: [String]] = [
        "kind": InputKind.allCases.map(\.rawValue),
        "store": StepStore.allCases.map(\.rawValue),
        "suggest": DefaultSource.allCases.map(\.rawValue),
        "optionsFrom": OptionSource.allCases.map(\.rawValue),
        "each": RepeatSource.allCases.map(\.rawValue),
        "ask": ["always", "ifEmpty", "onRequest"],
        "refuse": ["password"],
    ]
}

/// One file's checks, collecting problems with their positions.
private struct Check {
    let path: String
    let languages: [String]
    var problems: [DataFileError] = []

    mutating func report(_ problem: String, at node: Node?) {
        problems.append(DataFileError(path: path, line: node?.mark?.line, column: node?.mark?.column, problem: problem))
    }

    /// The mapping's entries, reporting keys not in `allowed`.
    mutating func entries(of node: Node, allowed: Set<String>, what: String) -> [String: Node] {
        guard let mapping = node.mapping else {
            report("\(what) must be a mapping", at: node)
            return [:]
        }
        var entries: [String: Node] = [:]
        for (key, value) in mapping {
            let name = key.string ?? ""
            if allowed.contains(name) {
                entries[name] = value
            } else {
                let known = allowed.sorted().joined(separator: ", ")
                let guess = EditDistance.closest(to: name, in: allowed.sorted()).map { " (did you mean '\($0)'?)" } ?? ""
                report("unknown key '\(name)' in \(what)\(guess); known keys: \(known)", at: key)
            }
        }
        return entries
    }

    /// A text shown to users: one string for every language, or a map with exactly the languages.
    /// With `anyValue`, a language's value may be a list or number (a default answer).
    mutating func text(_ node: Node?, key: String, in what: String, anyValue: Bool = false) {
        guard let node, node.string == nil else { return }
        guard let mapping = node.mapping else {
            report("\(key) in \(what) must be a text or a map of languages", at: node)
            return
        }
        var present: Set<String> = []
        for (language, value) in mapping {
            let code = language.string ?? ""
            if !languages.contains(code) {
                report("unknown language '\(code)' in \(key) of \(what); languages: \(languages.joined(separator: ", "))", at: language)
            } else if value.string == nil, !anyValue {
                report("\(key) of \(what) in '\(code)' must be a text", at: value)
            }
            present.insert(code)
        }
        for code in languages where !present.contains(code) {
            report("\(key) of \(what) has no '\(code)' text", at: node)
        }
    }

    /// A hook's name, checked against the names Swift knows.
    mutating func hook(_ node: Node?, key: String, known: [String], in what: String) {
        guard let node else { return }
        guard let name = node.string, known.contains(name) else {
            let guess = node.string.flatMap { EditDistance.closest(to: $0, in: known) }.map { " (did you mean '\($0)'?)" } ?? ""
            report("unknown \(key) '\(node.string ?? "")' in \(what)\(guess); known: \(known.joined(separator: ", "))", at: node)
            return
        }
    }

    mutating func flow(_ node: Node) {
        let entries = entries(of: node, allowed: FlowSchema.flowKeys, what: "a flow")
        for key in FlowSchema.flowTexts { text(entries[key], key: key, in: "the flow") }
        hook(entries["onComplete"], key: "onComplete", known: FlowCompletion.allCases.map(\.rawValue), in: "the flow")
        let steps = entries["steps"]?.sequence.map(Array.init) ?? []
        for (position, step) in steps.enumerated() {
            self.step(step, position: position)
        }
        constraints(steps)
        for group in entries["groups"]?.sequence.map(Array.init) ?? [] {
            _ = self.entries(of: group, allowed: FlowSchema.groupKeys, what: "a group")
        }
    }

    mutating func step(_ node: Node, position: Int) {
        let what = "step " + (node.mapping?["id"]?.string ?? String(position + 1))
        let entries = entries(of: node, allowed: FlowSchema.stepKeys, what: what)
        for key in FlowSchema.stepTexts { text(entries[key], key: key, in: what) }
        for (key, known) in FlowSchema.stepHooks.sorted(by: { $0.key < $1.key }) {
            hook(entries[key], key: key, known: known, in: what)
        }
        for option in entries["options"]?.sequence.map(Array.init) ?? [] {
            let fields = self.entries(of: option, allowed: FlowSchema.optionKeys, what: "an option of \(what)")
            text(fields["label"], key: "label", in: "option '\(fields["value"]?.string ?? "")' of \(what)")
        }
        // A default given per language needs every language; any other default is the same in all.
        if let fallback = entries["default"], let mapping = fallback.mapping,
           mapping.keys.contains(where: { languages.contains($0.string ?? "") }) {
            text(fallback, key: "default", in: what, anyValue: true)
        }
    }

    /// Each `atLeast:`/`atMost:` names an earlier number step of the same flow, asked for the same
    /// item, and sits on a number step itself.
    mutating func constraints(_ steps: [Node]) {
        var earlier: [String: Node] = [:]
        for step in steps {
            guard let mapping = step.mapping else { continue }
            let id = mapping["id"]?.string ?? "?"
            for key in NumberConstraint.keys {
                guard let target = mapping[key] else { continue }
                let name = target.string ?? ""
                guard let other = earlier[name]?.mapping else {
                    let guess = EditDistance.closest(to: name, in: earlier.keys.sorted()).map { " (did you mean '\($0)'?)" } ?? ""
                    report("\(key) of step \(id) names '\(name)', which is not an earlier step of this flow\(guess)", at: target)
                    continue
                }
                if mapping["kind"]?.string != InputKind.number.rawValue || other["kind"]?.string != InputKind.number.rawValue {
                    report("\(key) of step \(id) compares numbers: both \(id) and \(name) must be kind: number", at: target)
                }
                if mapping["each"]?.string != other["each"]?.string {
                    report("\(key) of step \(id) names \(name), which is not asked for the same items (each:)", at: target)
                }
            }
            earlier[id] = step
        }
    }

    mutating func commands(_ node: Node, flows: Set<String>) {
        let top = entries(of: node, allowed: ["commands"], what: "the command list")
        for command in top["commands"]?.sequence.map(Array.init) ?? [] {
            let what = "command " + (command.mapping?["id"]?.string ?? "?")
            let entries = entries(of: command, allowed: FlowSchema.commandKeys, what: what)
            for key in FlowSchema.commandTexts { text(entries[key], key: key, in: what) }
            for (action, names) in entries["actions"]?.mapping.map(Array.init) ?? [] {
                text(names, key: "action '\(action.string ?? "")'", in: what)
            }
            switch (entries["flow"], entries["action"]) {
            case (let flow?, nil):
                if !flows.contains(flow.string ?? "") {
                    let guess = EditDistance.closest(to: flow.string ?? "", in: flows.sorted()).map { " (did you mean '\($0)'?)" } ?? ""
                    report("\(what) starts flow '\(flow.string ?? "")', which is not in \(FlowDataValidator.flowFolder)\(guess)", at: flow)
                }
                hook(entries["argument"], key: "argument", known: FlowArgument.allCases.map(\.rawValue), in: what)
            case (nil, let action?):
                hook(action, key: "action", known: CommandAction.allCases.map(\.rawValue), in: what)
                if let argument = entries["argument"] { report("argument: goes with flow:, not action:", at: argument) }
            case (_?, _?):
                report("\(what) names both flow: and action:; give one", at: command)
            case (nil, nil):
                report("\(what) names neither flow: nor action:", at: command)
            }
        }
    }
}
