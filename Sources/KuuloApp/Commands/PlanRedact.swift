import ArgumentParser
import Foundation
import KuuloCore
import LineEditing

/// `kuulo plan redact TEXT…`: removes texts (personal data above all) from the plan's content, its
/// whole history and the line-editing history, and records that a redaction happened.
struct PlanRedact: ParsableCommand, KuuloRunnable {
    static let configuration = CommandConfiguration(
        commandName: "redact",
        abstract: "Remove texts (such as personal data) from the plan, its whole history and the line-editing history.")
    @OptionGroup var options: GlobalOptions
    @Argument(help: "The texts to remove (compared case-insensitively); - reads them from standard input, one a line, to keep them out of the shell's history.")
    var texts: [String] = []

    func execute() -> Int32 {
        switch PlanAccess.open(options, runnable: self) {
        case .failure(let failure): return failure.code
        case .success(let access):
            let redaction: PlanRedaction
            do {
                redaction = try PlanRedaction(texts: Self.expand(texts), schema: access.context.resources.planSchema)
            } catch {
                return access.context.fail(Self.error(error), language: access.language)
            }
            let author = access.author
            let run = RedactionRun(redaction: redaction, context: access.context, language: access.language)
            // The plan is read again under its lock: the copy `open` read may already be out of date.
            switch run.redactPlan(in: access.store, author: author, summary: access.text(.redactSummary, ["kinds": run.kinds])) {
            case .failure(let error): return access.context.fail(error, language: access.language)
            case .success(let result): access.context.output.line(run.report(result))
            }
            if let note = run.asidesNote(access.store) { access.context.output.line(note) }
            switch run.scrubLineHistory() {
            case .failure(let error): return access.context.fail(error, language: access.language)
            case .success(let line):
                access.context.output.line(line)
                return ExitCodes.ok
            }
        }
    }

    /// The texts, with `-` replaced by the lines of standard input.
    private static func expand(_ texts: [String]) -> [String] {
        guard texts.contains("-") else { return texts }
        var lines: [String] = []
        while let line = readLine() { lines.append(line) }
        return texts.filter { $0 != "-" } + lines
    }

    /// The message and exit code of a refused redaction.
    private static func error(_ error: RedactionError) -> KuuloError {
        switch error {
        case .noText: return KuuloError(.errorRedactNoText, exitCode: ExitCodes.usage)
        case .tooShort: return KuuloError(.errorRedactTooShort, ["minimum": String(PlanRedaction.minimumLength)], exitCode: ExitCodes.usage)
        case .structural(let field): return KuuloError(.errorRedactStructural, ["field": field], exitCode: ExitCodes.failure)
        }
    }
}
