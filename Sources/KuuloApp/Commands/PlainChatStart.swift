/// `kuulo` (or `kuulo chat`) with nothing but the global options, the way a trustee opens the chat,
/// read without ArgumentParser: building its parser reflects over every command and costs more than
/// the rest of a small plan's start-up (~15 M instructions). Anything else — another subcommand,
/// `--help`, `--version`, an unknown, repeated or empty option, a value that starts with `-` — is left to
/// ArgumentParser, which parses it and reports errors exactly as before.
enum PlainChatStart {
    // The options read here, each with a value (`--plan PATH` or `--plan=PATH`), each at most once:
    // `--plan`, `--lang`, `--user`, `--data-dir`, `--color`.

    /// The options for `arguments` (without the program name), or `nil` for ArgumentParser. Read
    /// straight into `RunOptions`: neither `ChatCommand` nor `GlobalOptions` is built (their property
    /// wrappers cost ~1 M instructions), nor a dictionary.
    static func options(for arguments: [String]) -> RunOptions? {
        var rest = arguments[...]
        if rest.first == "chat" { rest = rest.dropFirst() }
        var options = RunOptions()
        var colour: String?
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
            guard !value.isEmpty, !value.hasPrefix("-") else { return nil }
            switch name {
            case "--plan" where options.plan == nil: options.plan = value
            case "--lang" where options.lang == nil: options.lang = value
            case "--user" where options.user == nil: options.user = value
            case "--data-dir" where options.dataDir == nil: options.dataDir = value
            case "--color" where colour == nil: colour = value
            default: return nil
            }
        }
        if let colour {
            guard let choice = ColourChoice(rawValue: colour) else { return nil }
            options.color = choice
        }
        return options
    }
}
