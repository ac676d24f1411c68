/// The global options (`--plan`, `--lang`, `--user`, `--data-dir`, `--color`) read without
/// ArgumentParser, for the plain chat start and the plain `kuulo ask` (`PlainChatStart`, `PlainAskStart`).
/// Each takes a value (`--plan PATH` or `--plan=PATH`) and may be given once; anything this reader
/// does not take the same way ArgumentParser would is refused, and the caller leaves the whole
/// command line to ArgumentParser.
struct PlainOptionReader {
    private var options = RunOptions()
    private var colour: String?

    /// An option's name and value from `argument` (`--name=value`, or `--name` and the next argument,
    /// which is then taken from `rest`), or `nil` when the value is missing, empty or starts with `-`.
    static func option(_ argument: String, rest: inout ArraySlice<String>) -> (name: String, value: String)? {
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
        return (name, value)
    }

    /// Takes the global option `name` with `value`; `false` when it is not one or was given already.
    mutating func take(_ name: String, _ value: String) -> Bool {
        switch name {
        case "--plan" where options.plan == nil: options.plan = value
        case "--lang" where options.lang == nil: options.lang = value
        case "--user" where options.user == nil: options.user = value
        case "--data-dir" where options.dataDir == nil: options.dataDir = value
        case "--color" where colour == nil: colour = value
        default: return false
        }
        return true
    }

    /// The options read, or `nil` when the colour is not one of the choices.
    func finished() -> RunOptions? {
        var result = options
        if let colour {
            guard let choice = ColourChoice(rawValue: colour) else { return nil }
            result.color = choice
        }
        return result
    }
}
