/// `kuulo` (or `kuulo chat`) with nothing but the global options, the way a trustee opens the chat,
/// read without ArgumentParser: building its parser reflects over every command and costs more than
/// the rest of a small plan's start-up (~15 M instructions). Anything else — another subcommand,
/// `--help`, `--version`, an unknown, repeated or empty option, a value that starts with `-` — is left to
/// ArgumentParser, which parses it and reports errors exactly as before.
enum PlainChatStart {
    /// The options read here, each with a value (`--plan PATH` or `--plan=PATH`). An array, not a set:
    /// the first `Set<String>` a run makes costs ~0.4 M instructions of runtime type look-ups.
    private static let names = ["--plan", "--lang", "--user", "--data-dir", "--color"]

    /// The chat command for `arguments` (without the program name), or `nil` for ArgumentParser.
    static func command(for arguments: [String]) -> ChatCommand? {
        var rest = arguments[...]
        if rest.first == "chat" { rest = rest.dropFirst() }
        var values: [String: String] = [:]
        while let argument = rest.first {
            rest = rest.dropFirst()
            let name: String
            let value: String
            if argument.hasPrefix("--"), let equals = argument.firstIndex(of: "=") {
                name = String(argument[..<equals])
                value = String(argument[argument.index(after: equals)...])
            } else {
                guard let next = rest.first else { return nil }
                name = argument
                value = next
                rest = rest.dropFirst()
            }
            guard names.contains(name), values[name] == nil, !value.isEmpty, !value.hasPrefix("-") else { return nil }
            values[name] = value
        }
        var options = GlobalOptions()
        options.plan = values["--plan"]
        options.lang = values["--lang"]
        options.user = values["--user"]
        options.dataDir = values["--data-dir"]
        if let colour = values["--color"] {
            guard let choice = ColourChoice(rawValue: colour) else { return nil }
            options.color = choice
        } else {
            options.color = .auto
        }
        var command = ChatCommand()
        command.options = options
        return command
    }
}
