import Foundation
import KuuloCore
import LineEditing

/// Runs the chat: reads lines, hands them to the session, shows what it says, saves when it asks,
/// and ends as it says. Interactive and piped use differ only in the reader and the prompt.
public final class ChatRunner {
    private var session: ChatSession
    private let reader: LineReader
    private let store: PlanStore
    private let context: AppContext
    private let interactive: Bool
    private let userMemory: UserMemory
    /// Told the session's language before every prompt (Tab completion reads it).
    private let chatLanguage: ChatLanguage?
    /// Whether a Ctrl-C has already been told how to stop (once a session is enough).
    private var interruptExplained = false
    /// A read that ended a paste without being a line of it (Ctrl-C, the end of input), handled next.
    private var heldResult: ReadResult?

    /// Creates a runner over a session and its plan store; `chatLanguage`, if given, follows the
    /// session's language.
    public init(session: ChatSession, reader: LineReader, store: PlanStore, context: AppContext, interactive: Bool, userMemory: UserMemory,
                chatLanguage: ChatLanguage? = nil) {
        self.chatLanguage = chatLanguage
        self.session = session
        self.reader = reader
        self.store = store
        self.context = context
        self.interactive = interactive
        self.userMemory = userMemory
    }

    /// Runs until the session ends; returns the exit code.
    public func run() -> Int32 {
        if let code = perform(session.start()) { return code }
        while true {
            context.reportDataWarnings(language: session.language)
            chatLanguage?.current = session.language
            let result = heldResult ?? reader.readLine(prompt: interactive ? prompt() : "")
            heldResult = nil
            let effects: [ChatEffect]
            switch result {
            case .line(let line):
                reader.remember(line)
                let pasted = interactive ? restOfPaste() : []
                switch refresh(before: line) {
                case .none: effects = pasted.isEmpty ? session.handle(line) : session.handlePasted([line] + pasted)
                case .reasked(let asked): effects = asked
                case .exit(let code): return code
                }
            case .interrupted:
                effects = interruptEffects()
            case .endOfInput:
                effects = session.endOfInput()
            case .terminated(let signal):
                let code: Int32 = signal == SIGINT ? ExitCodes.interrupted : 128 + signal
                effects = session.terminate(code: code)
            case .rejected(.invalidUTF8):
                effects = [.say(ChatMessage(context.resources.messages.text(.inputInvalidUTF8, session.language), style: .error))]
            case .rejected(.tooLong(let limit)):
                effects = [.say(ChatMessage(context.resources.messages.text(.inputLineTooLong, session.language, ["limit": String(limit)]), style: .error))]
            }
            if let code = perform(effects) { return code }
        }
    }

    /// The lines of a paste that follow the one just read (none when the user typed it): the session
    /// takes a pasted comment at a text question as one answer instead of one line a question.
    private func restOfPaste() -> [String] {
        var lines: [String] = []
        while reader.hasPendingInput() {
            let next = reader.readLine(prompt: "... ")
            guard case .line(let line) = next else {
                heldResult = next
                break
            }
            reader.remember(line)
            lines.append(line)
        }
        return lines
    }

    /// Ctrl-C: what the session does with it; the first one that only cleared a line says how to stop.
    private func interruptEffects() -> [ChatEffect] {
        let effects = session.interrupt()
        guard effects.isEmpty, !interruptExplained else { return effects }
        interruptExplained = true
        return [.say(ChatMessage(context.resources.messages.text(.interruptHint, session.language), style: .hint))]
    }

    private func prompt() -> String {
        switch session.inputMode {
        case .command: return "kuulo> "
        case .answer: return "> "
        case .listItem: return "+ "
        case .continuation: return "... "
        }
    }

    /// Carries out effects in order; returns an exit code when the session should end.
    /// `/export pdf`: the HTML printed by a headless browser and written to `path`; what to show.
    private func printPDF(_ html: String, to path: String, message: String) -> ChatMessage {
        let messages = context.resources.messages
        let language = session.language
        let bytes: [UInt8]
        do {
            bytes = try PDFPrinter(environment: context.environment).print(html: html)
        } catch {
            switch error {
            case .noBrowser: return ChatMessage(messages.text(.errorPdfNoBrowser, language), style: .error)
            case .failed(let reason): return ChatMessage(messages.text(.errorPdfFailed, language, ["reason": reason]), style: .error)
            }
        }
        do {
            try context.fileSystem.writeAtomically(bytes, to: path)
        } catch {
            return ChatMessage(messages.text(.errorExportTarget, language, ["path": path, "reason": error.text(messages, language)]), style: .error)
        }
        return ChatMessage(message, style: .success)
    }

    private func perform(_ effects: [ChatEffect]) -> Int32? {
        for effect in effects {
            switch effect {
            case .say(let message):
                context.output.message(message)
            case .rememberUser(let name):
                userMemory.remember(name)
            case .rememberLanguage(let language):
                context.rememberLanguage(language)
            case .exit(let code):
                return code
            case .readFiles(let paths, let request):
                let files = paths.map { path in
                    do throws(SafeFileError) {
                        let bytes = try context.fileSystem.readRegularFile(path, limit: InsightsImportCommand.readLimit)
                        return ReadFile(path: path, contents: .success(String(decoding: bytes, as: UTF8.self)))
                    } catch {
                        let described = context.mapStoreError(PlanStore.storeError(error, path: path), path: path, language: session.language, reading: true, importing: true)
                        return ReadFile(path: path, contents: .failure(ReadFailure(reason: context.resources.messages.text(described.key, session.language, described.arguments))))
                    }
                }
                if let code = perform(session.receive(files, for: request)) { return code }
            case .writeFile(let path, let contents, let message):
                do {
                    try context.fileSystem.writeAtomically(Array(contents.utf8), to: path)
                    context.output.message(ChatMessage(message, style: .success))
                } catch {
                    let text = context.resources.messages.text(.errorExportTarget, session.language, ["path": path, "reason": error.text(context.resources.messages, session.language)])
                    context.output.message(ChatMessage(text, style: .error))
                }
            case .printPDF(let path, let html, let message):
                context.output.message(printPDF(html, to: path, message: message))
            case .persist:
                switch persist() {
                case .continue: continue
                case .stop(let code): return code
                case .replaced(let followUp): return perform(followUp)
                }
            case .afterSave(let report):
                context.output.message(session.savedMessage(report))
            case .label(let name):
                // The session's own work first, then the label on the version on disk, under its lock.
                switch persist() {
                case .continue: label(name)
                case .stop(let code): return code
                case .replaced(let followUp): return perform(followUp)
                }
            case .redact(let texts, let summary):
                // The session's own work first, so that the redaction reaches it on disk too.
                switch persist() {
                case .continue: redact(texts, summary: summary)
                case .stop(let code): return code
                case .replaced(let followUp):
                    context.output.message(ChatMessage(context.resources.messages.text(.redactAfterConflict, session.language), style: .hint))
                    return perform(followUp)
                }
            }
        }
        return nil
    }

    /// `/redact`: the same redaction as `kuulo plan redact`, on the plan file under its lock and on
    /// the line history (the file and the line editor's memory), then the session takes the result.
    private func redact(_ texts: [String], summary: String) {
        let language = session.language
        guard let redaction = try? PlanRedaction(texts: texts) else { return }
        let run = RedactionRun(redaction: redaction, context: context, language: language)
        let author = session.userName ?? context.resources.messages.text(.unknownAuthor, language)
        switch run.redactPlan(in: store, author: author, summary: summary) {
        case .failure(let error):
            context.output.message(ChatMessage(context.resources.messages.text(error.key, language, error.arguments), style: .error))
        case .success(let result):
            if let document = result.document { session.adoptRedaction(document, texts: texts) }
            context.output.message(ChatMessage(run.report(result), style: result.document == nil ? .hint : .success))
        }
        if let note = run.asidesNote(store) { context.output.message(ChatMessage(note, style: .hint)) }
        switch run.scrubLineHistory() {
        case .failure(let error):
            context.output.message(ChatMessage(context.resources.messages.text(error.key, language, error.arguments), style: .error))
        case .success(let line):
            context.output.message(ChatMessage(line, style: .hint))
        }
        // The line editor's memory too, or its next save would write the lines back.
        reader.forget(where: redaction.occurs(in:))
    }

    /// What a refresh before a line led to.
    private enum Refresh {
        /// Handle the line.
        case none
        /// The answer of the step being asked changed meanwhile: the line is not used, the step is asked again.
        case reasked([ChatEffect])
        /// The session ended.
        case exit(Int32)
    }

    /// Before `line` is handled: what another session saved since this one last read or wrote the
    /// plan (a cheap look at the file's stamp first), so the answer and the next step work on what
    /// is on disk now. Conflicting changes are left for the next save to ask about. When the step
    /// being answered got another answer meanwhile, an answer typed without seeing it is not saved
    /// over it: at a terminal the step is asked again; piped input (whose next lines answer the
    /// next steps) is not refreshed, so its save meets the conflict and stops as any conflict does.
    private func refresh(before line: String) -> Refresh {
        guard session.canRefresh else { return .none }
        let isCommand = line.trimmingSpaces().hasPrefix("/")
        var trial = session
        var notes: [ChatEffect] = []
        var reask = false
        let taken = try? store.refresh(session.document, recordCollections: { session.recordCollections }) { outcome in
            let before = trial.currentStepValue
            notes = trial.adopt(outcome)
            reask = !isCommand && trial.flow != nil && trial.currentStepValue != before
            return interactive || !reask
        }
        guard let outcome = taken else { return .none }
        let changed = outcome.document.content != session.document.content
        session = trial
        if changed { context.output.message(ChatMessage(context.resources.messages.text(.planRefreshed, session.language), style: .hint)) }
        if let code = perform(notes) { return .exit(code) }
        return reask ? .reasked(session.stepChangedMeanwhile()) : .none
    }

    /// `/save NAME` with nothing new: the name goes on the version on disk (read under the lock, so
    /// no other save lands in between), and the message names the versions as written.
    private func label(_ name: String) {
        do {
            let session = self.session
            guard let written = try store.update({ session.labelling($0, name: name) }) else { return }
            self.session.adoptSaved(written)
            context.output.message(self.session.savedMessage(.labelled(name: name)))
        } catch {
            let failure = context.mapStoreError(error, path: store.path, language: session.language)
            context.output.message(ChatMessage(context.resources.messages.text(failure.key, session.language, failure.arguments), style: .error))
        }
    }

    private enum PersistOutcome {
        case `continue`
        case stop(Int32)
        case replaced([ChatEffect])
    }

    private func persist() -> PersistOutcome {
        let messages = context.resources.messages
        let language = session.language
        do {
            switch try store.save(session.document, recordCollections: { session.recordCollections }) {
            case .saved:
                return .continue
            case .merged(let outcome):
                let notes = session.adopt(outcome)
                context.output.message(ChatMessage(messages.text(.mergedWithOther, language), style: .hint))
                for case .say(let message) in notes { context.output.message(message) }
                return .continue
            case .conflicts(let outcome):
                if interactive {
                    return .replaced(session.beginConflictResolution(outcome))
                }
                var error = KuuloError(.errorConflictRefused, ["path": store.path, "fields": ConflictFields.words(outcome.conflicts)], exitCode: ExitCodes.failure)
                if let aside = try? store.saveAside(session.document) {
                    error.details = [messages.text(.errorConflictSavedAside, language, ["aside": aside])]
                }
                return .stop(context.fail(error, language: language))
            }
        } catch {
            var failure = context.mapStoreError(error, path: store.path, language: language)
            // The plan could not take this session's work (read-only, locked, a write error): keep it beside the plan.
            if case .plan = error {} else if let aside = try? store.saveAside(session.document) {
                failure.details.append(messages.text(.errorConflictSavedAside, language, ["aside": aside]))
            }
            return .stop(context.fail(failure, language: language))
        }
    }
}
