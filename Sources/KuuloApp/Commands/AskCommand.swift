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
            guard let interpreter = context.resources.interpreter(lemmatizers: [.fi: LazyVoikkoLemmatizer()],
                                                                              stemmers: LazyStemmer.forEveryLanguage()) else { return ExitCodes.failure }
            let result = interpreter.index.search(text, language: language, limit: 5)
            let answers = result.isAnswered ? result.answers : []
            if format == .json {
                let items = answers.map { answer -> JSONValue in
                    .object(["id": .string(answer.id), "title": .string(answer.title),
                             "score": .double((answer.score * 100).rounded() / 100), "excerpt": .string(answer.excerpt)])
                }
                context.output.raw(JSONWriter.pretty(.object(["answers": .array(items)])))
                return ExitCodes.ok
            }
            guard let best = answers.first else {
                context.output.line(context.resources.messages.text(.askNoAnswer, language))
                return ExitCodes.ok
            }
            context.output.line(context.resources.messages.text(.articleHeading, language, ["title": best.title, "id": best.id]))
            context.output.line(best.excerpt)
            for other in answers.dropFirst() {
                context.output.line("  – \(other.title) (\(other.id))")
            }
            return ExitCodes.ok
        }
    }
}
