import ArgumentParser
import Foundation
import KuuloCore

/// `kuulo plan export`: the written plan (Markdown, HTML), the calendar (iCalendar) or the drafts (CSV).
struct PlanExport: ParsableCommand, KuuloRunnable {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the plan out: markdown or html (the document a board approves), ics (calendar), csv (drafts); or a draft's final text.",
        discussion: "With --draft N, prints the final text of draft N for copying: each channel and language under a heading, or just the text when --channel and --lang pick one."
    )
    @OptionGroup var options: GlobalOptions
    @Option(help: "markdown, html, pdf (through a headless Chromium), ics or csv") var format: String = "markdown"
    @Option(help: "Print the final text of this draft (a number from /drafts) instead of the plan.") var draft: String?
    @Option(name: .customLong("channel"), help: "With --draft: only this channel (a plan channel's key or kind, or a platform); repeatable.")
    var channels: [String] = []
    @Option(name: [.customShort("o"), .long], help: "Write to this file instead of standard output.") var output: String?


    func execute() -> Int32 {
        switch PlanAccess.open(options, runnable: self) {
        case .failure(let failure): return failure.code
        case .success(let access):
            if let draft { return exportDraft(draft, access: access) }
            if format.lowercased() == "pdf" { return exportPDF(access: access) }
            guard let chosen = ExportFormat(name: format) else {
                let known = ExportFormat.allCases.map(\.rawValue).joined(separator: ", ")
                return access.context.fail(KuuloError(.errorExportFormat, ["format": format, "known": known], exitCode: ExitCodes.usage), language: access.language)
            }
            let data = access.context.resources.data
            if chosen == .markdown || chosen == .html { pointOutInconsistencies(access: access) }
            let text = PlanExporter.render(access.document, format: chosen, language: access.language, data: data, lemmatizer: access.digestWords.lemmatizer)
            return write(text, access: access)
        }
    }

    /// Pointed out before the document goes to the board; the document lists them too.
    private func pointOutInconsistencies(access: PlanAccess) {
        let messages = PlanConsistency(document: access.document, data: access.context.resources.data, language: access.language).messages
        guard !messages.isEmpty else { return }
        access.context.output.error(access.text(.exportInconsistent, ["count": String(messages.count)]))
        for message in messages { access.context.output.error("  • " + message) }
    }

    /// `--format pdf`: the HTML printed by a headless Chromium, written to `-o` or `kuulo-plan-<lang>.pdf`.
    private func exportPDF(access: PlanAccess) -> Int32 {
        pointOutInconsistencies(access: access)
        let html = PlanExporter.render(access.document, format: .html, language: access.language, data: access.context.resources.data,
                                       lemmatizer: access.digestWords.lemmatizer)
        let bytes: [UInt8]
        do {
            bytes = try PDFPrinter(environment: access.context.environment).print(html: html)
        } catch {
            switch error {
            case .noBrowser:
                return access.context.fail(KuuloError(.errorPdfNoBrowser, [:], exitCode: ExitCodes.unavailable), language: access.language)
            case .failed(let reason):
                return access.context.fail(KuuloError(.errorPdfFailed, ["reason": reason], exitCode: ExitCodes.failure), language: access.language)
            }
        }
        let target = output ?? "kuulo-plan-\(access.language.rawValue).pdf"
        do {
            try access.context.fileSystem.writeAtomically(bytes, to: target)
        } catch {
            return access.context.fail(KuuloError(.errorExportTarget, ["path": target, "reason": error.text(access.context.resources.messages, access.language)], exitCode: ExitCodes.ioError), language: access.language)
        }
        access.context.output.error(access.text(.exportWritten, ["path": target]))
        return ExitCodes.ok
    }

    /// The draft's final texts, narrowed by `--channel` and an explicit `--lang`.
    private func exportDraft(_ number: String, access: PlanAccess) -> Int32 {
        let drafts = access.document.content["calendar"]?["drafts"]?.objectValue ?? [:]
        guard let draft = drafts[number] else {
            let known = drafts.keys.sorted { (Int($0) ?? 0) < (Int($1) ?? 0) }.joined(separator: ", ")
            return access.context.fail(KuuloError(.errorCheckDraftMissing, ["number": number, "known": known.isEmpty ? "–" : known],
                                                  exitCode: ExitCodes.noInput), language: access.language)
        }
        let resolver = CheckChannels(resources: access.context.resources, plan: access.document.content)
        var keys: [String] = []
        for name in channels {
            let found = resolver.resolve(name).keys
            guard !found.isEmpty else {
                return access.context.fail(KuuloError(.errorUnknownChannel, ["channel": name, "known": resolver.known.joined(separator: ", ")],
                                                      exitCode: ExitCodes.usage), language: access.language)
            }
            keys += found
        }
        let entries = DraftTextExport.entries(of: draft, channels: keys.isEmpty ? nil : keys, language: options.lang == nil ? nil : access.language.rawValue)
        guard !entries.isEmpty else {
            return access.context.fail(KuuloError(.errorDraftNoText, ["number": number], exitCode: ExitCodes.failure), language: access.language)
        }
        let names = resolver.names
        let languageNames = access.context.resources.flow("setup")?.steps.first { $0.id == "languages" }?.options ?? []
        let channelName = { (channel: String) in
            access.document.content["channels"]?[channel]?["name"]?.stringValue ?? names[channel]?.text(access.language) ?? channel
        }
        // A bilingual caption's language is `fi+en`: its languages' names joined.
        let languageName = { (code: String) in
            code.split(separator: "+").map { part in languageNames.first { $0.value == part }?.label.text(access.language) ?? String(part) }
                .joined(separator: " + ")
        }
        let extras = DraftTextExport.extras(of: draft, channels: keys.isEmpty ? nil : keys)
        let text = DraftTextExport.render(entries, extras: extras, heading: { entry in
            access.text(.draftCopyHeader, ["channel": channelName(entry.channel), "language": languageName(entry.language)])
        }, extraHeading: { extra in
            switch extra {
            case .firstComment(let channel, _): return access.text(.draftCopyFirstComment, ["channel": channelName(channel)])
            case .altText(let media, _): return access.text(media == "video" ? .draftCopyAltTextVideo : .draftCopyAltText)
            }
        })
        return write(text, access: access)
    }

    /// Prints `text`, or writes it to `--output` atomically.
    private func write(_ text: String, access: PlanAccess) -> Int32 {
        guard let output else {
            access.context.output.raw(text)
            return ExitCodes.ok
        }
        do {
                try access.context.fileSystem.writeAtomically(Array(text.utf8), to: output)
            } catch {
                return access.context.fail(KuuloError(.errorExportTarget, ["path": output, "reason": error.text(access.context.resources.messages, access.language)], exitCode: ExitCodes.ioError), language: access.language)
            }
        access.context.output.error(access.text(.exportWritten, ["path": output]))
        return ExitCodes.ok
    }
}
