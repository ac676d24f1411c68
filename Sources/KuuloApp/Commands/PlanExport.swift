import ArgumentParser
import Foundation
import KuuloCore

/// `kuulo plan export`: the written plan (Markdown, HTML), the calendar (iCalendar) or the drafts (CSV).
struct PlanExport: ParsableCommand, KuuloRunnable {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the plan out: markdown or html (the document a board approves), ics (calendar), csv (drafts)."
    )
    @OptionGroup var options: GlobalOptions
    @Option(help: "markdown, html, ics or csv") var format: String = "markdown"
    @Option(name: [.customShort("o"), .long], help: "Write to this file instead of standard output.") var output: String?


    func execute() -> Int32 {
        switch PlanAccess.open(options, runnable: self) {
        case .failure(let failure): return failure.code
        case .success(let access):
            guard let chosen = ExportFormat(name: format) else {
                let known = ExportFormat.allCases.map(\.rawValue).joined(separator: ", ")
                return access.context.fail(KuuloError(.errorExportFormat, ["format": format, "known": known], exitCode: ExitCodes.usage), language: access.language)
            }
            let text = PlanExporter.render(access.document, format: chosen, language: access.language, data: access.context.resources.data)
            guard let output else {
                access.context.output.raw(text)
                return ExitCodes.ok
            }
            do {
                try access.context.fileSystem.writeAtomically(Array(text.utf8), to: output)
            } catch {
                return access.context.fail(KuuloError(.errorExportTarget, ["path": output, "reason": error.reason], exitCode: ExitCodes.ioError), language: access.language)
            }
            access.context.output.error(access.text(.exportWritten, ["path": output]))
            return ExitCodes.ok
        }
    }
}
