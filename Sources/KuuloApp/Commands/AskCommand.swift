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
        withContext(options) { context in
            let language = context.language(for: nil)
            let text = question.joined(separator: " ")
            let cache = SearchCache(data: context.resources.data, environment: context.environment, language: language)
            guard let interpreter = cache.interpreter(resources: context.resources, language: language) else { return ExitCodes.failure }
            // The same reading and messages as the chat's free text, without a plan.
            let reply = KnowledgeAnswering(resources: context.resources, language: language).ask(text, interpreter: interpreter)
            if format == .json {
                context.output.raw(JSONWriter.pretty(reply.jsonValue))
                return ExitCodes.ok
            }
            guard !reply.messages.isEmpty else {
                context.output.line(context.resources.messages.text(.askNoAnswer, language))
                return ExitCodes.ok
            }
            for message in reply.standalone { context.output.message(message) }
            return ExitCodes.ok
        }
    }
}
