import Foundation

extension ChatSession {
    /// The most words a line typed as an answer may have and still be read as going back, skipping or
    /// stopping ("ohita tämä", "go back one question"); a longer line is an answer.
    static let navigationWordLimit = 8

    /// What to do with `line`, typed as the answer to a flow's question, when it reads as `/back`, `/skip`
    /// or `/cancel` instead; nil when it is an answer. Going back and skipping run, said so (skipping says
    /// how to give such a line as the answer after all). Cancelling would throw the answers away, so it is
    /// only offered, and the question asked again: nothing is discarded on a guess.
    mutating func flowNavigation(_ line: String) -> [ChatEffect]? {
        guard let (action, match) = navigationAction(line) else { return nil }
        let knowledge = context.knowledge
        let typed = "/" + action.rawValue
        guard action != .cancel else {
            return [say(.navigationCancelOffer, ["cancel": knowledge.localized(typed), "quit": knowledge.localized("/quit")], style: .hint)]
                + presentCurrentStep()
        }
        var effects = [say(.intentRunning, ["command": knowledge.localized(typed), "label": match.label.text(language)], style: .hint)]
        if action == .skip {
            effects.append(say(.navigationSkipNote, ["back": knowledge.localized("/back")], style: .hint))
        }
        return effects + perform(action, "")
    }

    /// The flow command `line` asks for, read by the intents in the chat's language: only for a short line
    /// with a word of `Prompts/navigation.yaml`, only a confident match, only `/back`, `/skip` and `/cancel`.
    func navigationAction(_ line: String) -> (CommandAction, IntentMatch)? {
        guard line.split(whereSeparator: \.isWhitespace).count <= Self.navigationWordLimit,
              NavigationCues(data: resources.data, language: language).mayAsk(line),
              case .confident(let match) = context.intents.match(line, language: language),
              match.kind == .command,
              let action = CommandAction(rawValue: match.commandID) else { return nil }
        return [.back, .skip, .cancel].contains(action) ? (action, match) : nil
    }
}
