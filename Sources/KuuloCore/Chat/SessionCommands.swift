import Foundation

/// The commands about the conversation itself: `/help` and `/lang`.
enum SessionCommands {
    /// `/help [command]`: every command, or one command's help.
    static func help(_ argument: String, resources: KuuloResources, language: Language) -> [ChatEffect] {
        guard !argument.isEmpty else {
            return [.say(ChatMessage(resources.commands.helpListing(language: language, messages: resources.messages)))]
        }
        let name = argument.hasPrefix("/") ? String(argument.dropFirst()) : argument
        guard let help = resources.commands.help(for: name, language: language, messages: resources.messages) else {
            return [.say(ChatMessage(resources.messages.text(.unknownCommand, language, ["command": "/" + name]), style: .error))]
        }
        return [.say(ChatMessage(help))]
    }

    /// `/lang [code]`: the language chosen (and the confirmation in it), or only what to say.
    static func language(_ argument: String, current: Language, messages: MessageCatalog) -> (chosen: Language?, effects: [ChatEffect]) {
        guard !argument.isEmpty else {
            return (nil, [.say(ChatMessage(messages.text(.languageCurrent, current, ["language": current.rawValue]), style: .hint))])
        }
        guard let chosen = Language(identifier: argument) else {
            return (nil, [.say(ChatMessage(messages.text(.languageUnknown, current, ["language": argument]), style: .error))])
        }
        return (chosen, [.say(ChatMessage(messages.text(.languageChanged, chosen, [:]), style: .success))])
    }
}
