import Foundation

extension ChatSession {
    /// Free text outside a flow: run the command it asks for, ask which one was meant, or answer it
    /// from Knowledge (quoting what the plan has decided on the matter).
    mutating func interpretFreeText(_ input: String) -> [ChatEffect] {
        switch context.knowledge.interpret(input, interpreter: context.interpreter) {
        case .say(let effects): return effects
        case .run(let command, let announcement): return announcement + handleCommand(command)
        case .chooseArticle(let choices): return askWhichArticle(choices)
        case .answer(let effects, let more):
            moreToShow = more
            return effects
        }
    }

    /// Two or three articles answer about equally well: ask which one was meant rather than guess.
    /// The next line, a number, picks one (anything else goes on as usual).
    mutating func askWhichArticle(_ choices: [KnowledgeAnswer]) -> [ChatEffect] {
        mode = .choosingBetweenAnswers(choices)
        return context.knowledge.whichArticle(choices)
    }

    /// The answer the trustee picked from the offered `choices` by its number, if the line is one.
    func pickChoice(_ line: String, from choices: [KnowledgeAnswer]) -> [ChatEffect]? {
        context.knowledge.pick(line, from: choices, interpreter: context.interpreter)
    }
}
