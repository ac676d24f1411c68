import ArgumentParser
import Foundation
import KuuloCore

/// `kuulo insights …`: the platforms' own numbers (tip 5) — import Meta's content exports, report on them.
struct InsightsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "insights",
        abstract: "Import Meta Business Suite's content exports and report what interests members (tip 5).",
        subcommands: [InsightsImportCommand.self, InsightsReportCommand.self]
    )
}

/// `kuulo insights import FILE… [--channel C]`: reads every file first; nothing is imported unless all read.
struct InsightsImportCommand: ParsableCommand, KuuloRunnable {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import Meta Business Suite's per-post content exports (CSV, Facebook or Instagram) into the plan.")
    @OptionGroup var options: GlobalOptions
    @Option(help: "The plan's channel the posts were published on (default: from the links: Instagram or Facebook).") var channel: String?
    @Argument(help: "The exported CSV files.") var files: [String]

    /// The largest export read (64 MiB; a year of posts is a few hundred kilobytes).
    static let readLimit = 64 << 20

    func execute() -> Int32 {
        switch PlanAccess.open(options, runnable: self) {
        case .failure(let failure): return failure.code
        case .success(let access):
            let context = access.context
            let plan = Plan(json: access.document.content)
            if let channel, plan.channels?[channel] == nil {
                let known = (plan.channels ?? [:]).keys.sorted().joined(separator: ", ")
                return context.fail(KuuloError(.insightsUnknownChannel, ["channel": channel, "channels": known], exitCode: ExitCodes.usage), language: access.language)
            }
            let reader = MetaExportReader(columns: context.resources.insightsColumns, timeZone: plan.organisation?.timeZone)
            var readings: [(file: String, reading: MetaExportReader.Reading)] = []
            for file in files {
                let name = PathName.lastComponent(of: file)
                let bytes: [UInt8]
                do throws(SafeFileError) {
                    bytes = try context.fileSystem.readRegularFile(file, limit: Self.readLimit)
                } catch {
                    return context.fail(context.mapStoreError(PlanStore.storeError(error, path: file), path: file, language: access.language, reading: true, importing: true),
                                        language: access.language)
                }
                switch reader.read(String(decoding: bytes, as: UTF8.self), source: name) {
                case .success(let reading): readings.append((name, reading))
                case .failure(let problem): return context.fail(Self.error(problem, file: name, access: access), language: access.language)
                }
            }
            var document = access.document
            var lines: [String] = []
            let now = Date()
            let importedAt = ListeningRecorder.now(now, timeZone: plan.organisation?.timeZone)
            for (file, reading) in readings {
                let outcome = InsightsImport(content: document.content).apply(reading.posts, to: document.content, channel: channel, at: importedAt)
                document.content = outcome.content
                if !reading.unknownColumns.isEmpty {
                    context.output.error(access.text(.insightsUnknownColumns, ["file": file, "columns": reading.unknownColumns.joined(separator: ", ")]))
                }
                lines.append(outcome.summary(file: file, messages: context.resources.messages, language: access.language))
            }
            document.recordRevision(author: access.author, time: Timestamp.iso(now), summary: access.text(.insightsRevision, ["files": readings.map(\.file).joined(separator: ", ")]))
            if let failed = access.save(document) { return failed }
            for line in lines { context.output.line(line) }
            return ExitCodes.ok
        }
    }

    /// The user-facing error for an export that did not read (exit 65: the data is unusable).
    static func error(_ problem: InsightsImportProblem, file: String, access: PlanAccess) -> KuuloError {
        let described = problem.described(file: file, resources: access.context.resources, language: access.language)
        return KuuloError(described.key, described.arguments, details: described.details, exitCode: ExitCodes.dataError)
    }
}

/// How `kuulo insights report` writes: text for the terminal, JSON for programs, a self-contained HTML
/// page with charts for the board.
enum ReportFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json, html
}

/// `kuulo insights report [--from DATE] [--to DATE] [--format text|json|html]`.
struct InsightsReportCommand: ParsableCommand, KuuloRunnable {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "What the imported posts reached, per channel and purpose; the best and weakest posts; the rhythm against the plan.")
    @OptionGroup var options: GlobalOptions
    @Option(help: "First day (YYYY-MM-DD).") var from: String?
    @Option(help: "Last day (YYYY-MM-DD).") var to: String?
    @Option(help: "text, json or html (a page with charts)") var format: ReportFormat = .text

    func execute() -> Int32 {
        switch PlanAccess.open(options, runnable: self) {
        case .failure(let failure): return failure.code
        case .success(let access):
            if let failed = access.failBadDay([from, to]) { return failed }
            let report = InsightsReport(content: access.document.content, from: from, to: to)
            switch format {
            case .json: access.context.output.raw(JSONWriter.pretty(report.json))
            case .text: access.context.output.line(report.text(resources: access.context.resources, language: access.language))
            case .html:
                access.context.output.raw(PlanExporter.renderResultsHTML(access.document, from: from, to: to, language: access.language,
                                                                          data: access.context.resources.data))
            }
            return ExitCodes.ok
        }
    }
}
