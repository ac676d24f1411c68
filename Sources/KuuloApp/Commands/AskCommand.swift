import ArgumentParser
import Foundation
import KuuloCore
import Linguistics

/// `kuulo ask`: a question answered from Kuulo's knowledge, best articles first.
struct AskCommand: ParsableCommand, KuuloRunnable {
    static let configuration = CommandConfiguration(
        commandName: "ask",
        abstract: "Answer a question from Kuulo's knowledge articles (Finnish or English)."
    )
    @OptionGroup var options: GlobalOptions
    @Option(help: "text or json") var format: OutputFormat = .text
    @Argument(help: "The question, e.g. \"miten vastaan kritiikkiin\".") var question: [String] = []

    func execute() -> Int32 {
        Self.execute(options.values, format: format, question: question)
    }

    /// Answers `question` with `options` in `format` (also the plain `kuulo ask`'s way in, without
    /// ArgumentParser: `PlainAskStart`).
    static func execute(_ options: RunOptions, format: OutputFormat, question: [String]) -> Int32 {
        AppContext.with(options) { context in
            let language = context.language(for: nil)
            let text = question.joined(separator: " ")
            // Kept until the process exits: freeing the loaded index would cost more than answering.
            let interpreter = { (asked: Language) in
                SearchCache(data: context.resources.data, environment: context.environment, language: asked)
                    .interpreter(resources: context.resources, language: asked).map(KeptUntilExit.keep)
            }
            // The same reading and messages as the chat's free text, without a plan. `--lang` is the
            // user's choice of language, kept even for a question written in the other; without it the
            // question is read like the chat reads it, in the language it is written in, and that
            // language's search is loaded only when the question needs it.
            let answering = KnowledgeAnswering(resources: context.resources, language: language)
            let read = context.explicitLanguage == nil ? answering.ask(text, interpreters: interpreter)
                : interpreter(language).map { answering.ask(text, interpreter: $0) }
            guard let reply = read else { return ExitCodes.failure }
            let answered = reply.language ?? language
            if format == .json {
                context.output.raw(JSONWriter.pretty(reply.jsonValue))
                return ExitCodes.ok
            }
            guard !reply.messages.isEmpty else {
                context.output.line(context.resources.messages.text(.askNoAnswer, answered))
                return ExitCodes.ok
            }
            for message in reply.standalone { context.output.message(message) }
            return ExitCodes.ok
        }
    }
}
