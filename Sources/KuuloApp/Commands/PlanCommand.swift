import ArgumentParser
import Foundation
import KuuloCore
import Linguistics

/// `kuulo plan …`: the plan file for scripts.
struct PlanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan",
        abstract: "Validate, inspect and restore the plan file.",
        subcommands: [PlanValidate.self, PlanLog.self, PlanShow.self, PlanDiffCommand.self, PlanRestore.self, PlanSchema.self, PlanExport.self, PlanAsides.self, PlanRedact.self, PlanScan.self, PlanMergeCommand.self, PlanGitSetup.self]
    )
}

/// Output formats of the plan subcommands.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
}

/// Shared steps of the plan subcommands: context, then an existing plan.
struct PlanAccess {
    let context: AppContext
    let store: PlanStore
    let document: PlanDocument
    let language: Language

    /// Opens the plan at `path` (or the default plan); a missing file is exit 66.
    static func open(_ options: GlobalOptions, path: String? = nil, runnable: KuuloRunnable) -> Result<PlanAccess, ContextFailure> {
        let context: AppContext
        switch runnable.makeContext(options) {
        case .success(let made): context = made
        case .failure(let failure): return .failure(failure)
        }
        let store = context.store(path: path)
        var language = context.language(for: nil)
        do {
            guard let document = try context.loadPlan(store, language: language) else {
                return .failure(ContextFailure(code: context.fail(KuuloError(.errorFileMissing, ["path": store.path], exitCode: ExitCodes.noInput), language: language)))
            }
            language = context.language(for: document)
            return .success(PlanAccess(context: context, store: store, document: document, language: language))
        } catch {
            return .failure(ContextFailure(code: context.fail(error, language: language)))
        }
    }

    func text(_ key: MessageKey, _ arguments: [String: String] = [:]) -> String {
        context.resources.messages.text(key, language, arguments)
    }

    /// Who records a revision: `--user` or `KUULO_USER`, else the remembered user, else "unknown".
    var author: String {
        context.explicitUser ?? UserMemory(path: context.environment.stateDirectory + "/user").recall() ?? text(.unknownAuthor)
    }

    /// Saves `document` through the plan's store; `nil` when it was saved (or merged with another
    /// session's work), else the exit code after reporting a conflict (1) or a store error.
    func save(_ document: PlanDocument) -> Int32? {
        do {
            switch try store.save(document) {
            case .saved, .merged: return nil
            case .conflicts(let outcome):
                return context.fail(KuuloError(.errorConflictRefused, ["path": store.path, "fields": ConflictFields.words(outcome.conflicts)],
                                               exitCode: ExitCodes.failure), language: language)
            }
        } catch {
            return context.fail(context.mapStoreError(error, path: store.path, language: language), language: language)
        }
    }

    /// How the listening digest reads words in the plan's language: Voikko's base forms for Finnish.
    var digestWords: DigestWords {
        context.resources.digestWords(language, lemmatizer: language == .fi ? LazyVoikkoLemmatizer() : nil)
    }

    /// The exit code (64) after reporting the first of `days` that is not `YYYY-MM-DD`; `nil` when all are.
    func failBadDay(_ days: [String?]) -> Int32? {
        for day in days.compactMap({ $0 }) {
            let parts = day.split(separator: "-", omittingEmptySubsequences: false)
            if day.count != 10 || parts.count != 3 || !parts.allSatisfy({ Int($0) != nil }) {
                return context.fail(KuuloError(.errorBadDate, ["value": day], exitCode: ExitCodes.usage), language: language)
            }
        }
        return nil
    }

    /// Reports that revision `number` does not exist (exit 1).
    func failMissingRevision(_ number: Int) -> Int32 {
        context.fail(KuuloError(.errorRevisionMissing, ["number": String(number), "latest": String(document.revision)], exitCode: ExitCodes.failure), language: language)
    }
}

struct PlanValidate: ParsableCommand, KuuloRunnable {
    static let configuration = CommandConfiguration(commandName: "validate", abstract: "Check that a plan file is a valid Kuulo plan.")
    @OptionGroup var options: GlobalOptions
    @Argument(help: "The plan file (default: the --plan file).") var file: String?
    @Flag(help: "Also check the sections against each other (exit 1 when they disagree).") var strict = false


    func execute() -> Int32 {
        switch PlanAccess.open(options, path: file, runnable: self) {
        case .failure(let failure): return failure.code
        case .success(let access):
            access.context.output.line(access.text(.validateOK, ["path": access.store.path, "schemaVersion": String(access.document.schemaVersion), "revision": String(access.document.revision)]))
            guard strict else { return ExitCodes.ok }
            let messages = PlanConsistency(document: access.document, data: access.context.resources.data, language: access.language).messages
            guard !messages.isEmpty else {
                access.context.output.line(access.text(.validateConsistent))
                return ExitCodes.ok
            }
            access.context.output.line(access.text(.validateInconsistent, ["count": String(messages.count)]))
            for message in messages { access.context.output.line("  • " + message) }
            return ExitCodes.failure
        }
    }
}

struct PlanLog: ParsableCommand, KuuloRunnable {
    static let configuration = CommandConfiguration(commandName: "log", abstract: "List the plan's revisions, newest first.")
    @OptionGroup var options: GlobalOptions
    @Option(help: "text or json") var format: OutputFormat = .text


    func execute() -> Int32 {
        switch PlanAccess.open(options, runnable: self) {
        case .failure(let failure): return failure.code
        case .success(let access):
            let history = access.document.history
            if format == .json {
                let entries = history.reversed().map { entry -> JSONValue in
                    .object(["number": .int(entry.number), "time": .string(entry.time), "author": .string(entry.author),
                             "summary": .string(entry.summary), "changes": .int(entry.changes.count)])
                }
                access.context.output.raw(JSONWriter.pretty(.object(["revisions": .array(entries)])))
                return ExitCodes.ok
            }
            guard !history.isEmpty else {
                access.context.output.line(access.text(.logEmpty))
                return ExitCodes.ok
            }
            let times = TimeDisplay(data: access.context.resources.data, language: access.language, content: access.document.content, now: Date())
            for entry in history.reversed() {
                access.context.output.line(access.text(.historyLine, ["number": String(entry.number), "time": times.timestamp(entry.time),
                                                                      "author": OneLineText.make(entry.author), "summary": entry.summary, "count": String(entry.changes.count)]).trimmingCharacters(in: .whitespaces))
            }
            return ExitCodes.ok
        }
    }
}

struct PlanShow: ParsableCommand, KuuloRunnable {
    static let configuration = CommandConfiguration(commandName: "show", abstract: "Print the plan (as JSON), now or at a revision.")
    @OptionGroup var options: GlobalOptions
    @Option(help: "Show the plan as it was at this revision.") var revision: Int?
    @Option(help: "json (the plan's content) or text (a summary)") var format: OutputFormat = .json


    func execute() -> Int32 {
        switch PlanAccess.open(options, runnable: self) {
        case .failure(let failure): return failure.code
        case .success(let access):
            var document = access.document
            if let revision {
                guard let content = document.content(atRevision: revision) else {
                    return access.failMissingRevision(revision)
                }
                document.content = content
            }
            if format == .json {
                access.context.output.raw(JSONWriter.pretty(document.content))
            } else {
                let report = PlanReport(document: document, planPath: access.store.path, language: access.language,
                                        userID: nil, resources: access.context.resources)
                access.context.output.line(report.summary)
            }
            return ExitCodes.ok
        }
    }
}

struct PlanDiffCommand: ParsableCommand, KuuloRunnable {
    static let configuration = CommandConfiguration(commandName: "diff", abstract: "Show the field-level changes between two revisions.")
    @OptionGroup var options: GlobalOptions
    @Argument(help: "The older revision (0 is the empty plan).") var from: Int
    @Argument(help: "The newer revision (default: the plan as it is now).") var to: Int?
    @Option(help: "text or json") var format: OutputFormat = .text


    func execute() -> Int32 {
        switch PlanAccess.open(options, runnable: self) {
        case .failure(let failure): return failure.code
        case .success(let access):
            let document = access.document
            for number in [from, to].compactMap({ $0 }) where document.content(atRevision: number) == nil {
                return access.failMissingRevision(number)
            }
            let old = document.content(atRevision: from) ?? .object([:])
            let new = to.flatMap { document.content(atRevision: $0) } ?? document.content
            let changes = PlanDiff.changes(from: old, to: new)
            let toLabel = to.map(String.init) ?? String(document.revision)
            if format == .json {
                access.context.output.raw(JSONWriter.pretty(.object(["from": .int(from), "to": to.map(JSONValue.int) ?? .null, "changes": .array(changes.map(\.json))])))
                return ExitCodes.ok
            }
            guard !changes.isEmpty else {
                access.context.output.line(access.text(.diffNone, ["from": String(from), "to": toLabel]))
                return ExitCodes.ok
            }
            access.context.output.line(access.text(.diffHeader, ["from": String(from), "to": toLabel]))
            for change in changes {
                let field = change.path.tokens.joined(separator: ".")
                let before = change.before.map(JSONWriter.compact) ?? ""
                let after = change.after.map(JSONWriter.compact) ?? ""
                let key: MessageKey = change.before == nil ? .diffAdded : (change.after == nil ? .diffRemoved : .diffChanged)
                access.context.output.line(access.text(key, ["field": field, "before": before, "after": after]))
            }
            return ExitCodes.ok
        }
    }
}

struct PlanRestore: ParsableCommand, KuuloRunnable {
    static let configuration = CommandConfiguration(commandName: "restore", abstract: "Make the plan what it was at a revision (recorded as a new revision).")
    @OptionGroup var options: GlobalOptions
    @Argument(help: "The revision to restore.") var number: Int


    func execute() -> Int32 {
        switch PlanAccess.open(options, runnable: self) {
        case .failure(let failure): return failure.code
        case .success(let access):
            var document = access.document
            guard number >= 1, document.content(atRevision: number) != nil else {
                return access.failMissingRevision(number)
            }
            let author = access.author
            if document.hasUnrecordedChanges {
                document.recordRevision(author: author, time: Timestamp.iso(Date()), summary: access.text(.revisionSaved, ["user": author]))
            }
            guard document.restore(revision: number, author: author, time: Timestamp.iso(Date()), summary: access.text(.restoreDone, ["number": String(number), "revision": String(document.revision + 1)])) != nil else {
                access.context.output.line(access.text(.restoreNoChange, ["number": String(number)]))
                return ExitCodes.ok
            }
            if let failed = access.save(document) { return failed }
            access.context.output.line(access.text(.restoreDone, ["number": String(number), "revision": String(document.revision)]))
            return ExitCodes.ok
        }
    }
}

struct PlanSchema: ParsableCommand, KuuloRunnable {
    static let configuration = CommandConfiguration(commandName: "schema", abstract: "Print the plan's JSON Schema (draft 2020-12).")
    @OptionGroup var options: GlobalOptions


    func execute() -> Int32 {
        withContext(options) { context in
            context.output.raw(context.resources.data.text("Schema/plan.schema.json") ?? "{}\n")
            return ExitCodes.ok
        }
    }
}
