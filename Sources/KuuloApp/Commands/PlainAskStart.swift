/// `kuulo ask` with the global options, `--format` and the question's words, read without
/// ArgumentParser as `PlainChatStart` reads the chat's start: building ArgumentParser's parser for
/// `ask` costs ~18 M instructions, more than a warm `kuulo ask` spends on its answer. Anything else — a
/// word that starts with `-` (`--help`, `--`, `-x`), the word `help`, an unknown, repeated or empty
/// option, a format or colour that is not one of the choices — is left to ArgumentParser, which parses
/// it and reports errors exactly as before.
enum PlainAskStart {
    /// What `kuulo ask` was given.
    struct Request: Equatable {
        /// The global options.
        var options: RunOptions
        /// `--format`.
        var format: OutputFormat
        /// The question's words, in order.
        var question: [String]
    }

    /// The request for `arguments` (without the program name), or `nil` for ArgumentParser. Options
    /// may come before, between or after the question's words, as ArgumentParser allows.
    static func request(for arguments: [String]) -> Request? {
        guard arguments.first == "ask" else { return nil }
        var rest = arguments.dropFirst()
        var reader = PlainOptionReader()
        var format: String?
        var question: [String] = []
        while let argument = rest.first {
            rest = rest.dropFirst()
            guard argument.hasPrefix("-") else {
                guard argument != "help" else { return nil }
                question.append(argument)
                continue
            }
            guard let (name, value) = PlainOptionReader.option(argument, rest: &rest) else { return nil }
            if name == "--format" {
                guard format == nil else { return nil }
                format = value
            } else if !reader.take(name, value) {
                return nil
            }
        }
        guard let options = reader.finished() else { return nil }
        guard let format else { return Request(options: options, format: .text, question: question) }
        guard let chosen = OutputFormat(rawValue: format) else { return nil }
        return Request(options: options, format: chosen, question: question)
    }
}
