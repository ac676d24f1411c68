/// `kuulo` (or `kuulo chat`) with nothing but the global options, the way a trustee opens the chat,
/// read without ArgumentParser: building its parser reflects over every command and costs more than
/// the rest of a small plan's start-up (~15 M instructions). Anything else — another subcommand,
/// `--help`, `--version`, an unknown, repeated or empty option, a value that starts with `-` — is left to
/// ArgumentParser, which parses it and reports errors exactly as before.
enum PlainChatStart {
    /// The options for `arguments` (without the program name), or `nil` for ArgumentParser. Read
    /// straight into `RunOptions`: neither `ChatCommand` nor `GlobalOptions` is built (their property
    /// wrappers cost ~1 M instructions), nor a dictionary.
    static func options(for arguments: [String]) -> RunOptions? {
        var rest = arguments[...]
        if rest.first == "chat" { rest = rest.dropFirst() }
        var reader = PlainOptionReader()
        while let argument = rest.first {
            rest = rest.dropFirst()
            guard let (name, value) = PlainOptionReader.option(argument, rest: &rest), reader.take(name, value) else { return nil }
        }
        return reader.finished()
    }
}
