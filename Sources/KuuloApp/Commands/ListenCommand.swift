import ArgumentParser
import Foundation
import KuuloCore
import Linguistics

/// `kuulo listen …`: the listening log — what members said (tips 1, 2 and 7).
struct ListenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "listen",
        abstract: "Record what members said, and see what they talk about (tips 1, 2 and 7).",
        subcommands: [ListenAdd.self, ListenImport.self, ListenList.self, ListenDigest.self]
    )

    /// Adds `messages` to the plan at `access` as one revision: the exit code and the entries added.
    static func record(_ messages: [HeardMessage], access: PlanAccess) -> (code: Int32, added: [ListeningEntry]) {
        var document = access.document
        let zone = Plan(json: document.content).organisation?.timeZone
        let recorder = ListeningRecorder(resources: access.context.resources, language: access.language, lemmatizer: access.digestWords.lemmatizer)
        let result = recorder.add(messages, to: document.content, now: ListeningRecorder.now(Date(), timeZone: zone))
        document.content = result.content
        document.recordRevision(author: access.author, time: Timestamp.iso(Date()), summary: access.text(.listenRevision, ["count": String(result.added.count)]))
        if let failed = access.save(document) { return (failed, []) }
        return (ExitCodes.ok, result.added)
    }

    /// The kinds of an entry in words.
    static func kinds(_ entry: ListeningEntry, access: PlanAccess) -> String {
        entry.kinds.map { access.text($0.messageKey) }.joined(separator: ", ")
    }
}

/// `kuulo listen add [--source S] [--at TIME] [--author NAME] TEXT`.
struct ListenAdd: ParsableCommand, KuuloRunnable {
    static let configuration = CommandConfiguration(commandName: "add", abstract: "Record one thing a member said.")
    @OptionGroup var options: GlobalOptions
    @Option(help: "comment, message, story-reply, survey, mention or other (default: comment).") var source = "comment"
    @Option(help: "When it was said (e.g. 6.12.2026 14.30; default: now).") var at: String?
    @Option(help: "Who said it — only if you choose to record it.") var author: String?
    @Argument(help: "What was said.") var text: [String]

    func execute() -> Int32 {
        switch PlanAccess.open(options, runnable: self) {
        case .failure(let failure): return failure.code
        case .success(let access):
            guard let kind = ListeningEntry.Source(rawValue: source) else {
                return access.context.fail(KuuloError(.listenUnknownSource, ["source": source, "sources": ListeningEntry.Source.allCases.map(\.rawValue).joined(separator: ", ")],
                                                      exitCode: ExitCodes.usage), language: access.language)
            }
            var when: String?
            if let at {
                guard let parsed = ListeningImport.time(at, timeZone: Plan(json: access.document.content).organisation?.timeZone) else {
                    return access.context.fail(KuuloError(.errorBadDate, ["value": at], exitCode: ExitCodes.usage), language: access.language)
                }
                when = parsed
            }
            let said = text.joined(separator: " ")
            let (code, added) = ListenCommand.record([HeardMessage(text: said, source: kind, at: when, author: author)], access: access)
            for entry in added {
                access.context.output.line(access.text(.listenAdded, ["id": entry.id, "kinds": ListenCommand.kinds(entry, access: access)]))
                if !entry.keywords.isEmpty { access.context.output.line(access.text(.listenKeywords, ["keywords": entry.keywords.joined(separator: ", ")])) }
                if entry.kinds.contains(.privacy) { access.context.output.line(access.text(.listenPrivacyWarning)) }
            }
            return code
        }
    }
}

/// `kuulo listen import FILE`: Facebook's comments (`comments_v2` JSON) or plain CSV.
struct ListenImport: ParsableCommand, KuuloRunnable {
    static let configuration = CommandConfiguration(commandName: "import", abstract: "Import Facebook's comment files (Download your information: comments_v2) or CSV with a text column.")
    @OptionGroup var options: GlobalOptions
    @Argument(help: "The file.") var file: String

    func execute() -> Int32 {
        switch PlanAccess.open(options, runnable: self) {
        case .failure(let failure): return failure.code
        case .success(let access):
            let name = PathName.lastComponent(of: file)
            let bytes: [UInt8]
            do throws(SafeFileError) {
                bytes = try access.context.fileSystem.readRegularFile(file, limit: InsightsImportCommand.readLimit)
            } catch {
                return access.context.fail(access.context.mapStoreError(PlanStore.storeError(error, path: file), path: file, language: access.language, reading: true, importing: true),
                                           language: access.language)
            }
            switch ListeningImport.read(String(decoding: bytes, as: UTF8.self), timeZone: Plan(json: access.document.content).organisation?.timeZone) {
            case .failure(let problem):
                let error: KuuloError
                switch problem {
                case .notCommentsExport: error = KuuloError(.listenImportNotComments, ["file": name], exitCode: ExitCodes.dataError)
                case .unreadable: error = KuuloError(.listenImportUnreadable, ["file": name], exitCode: ExitCodes.dataError)
                case .badRow(let line): error = KuuloError(.listenImportBadRow, ["file": name, "line": String(line)], exitCode: ExitCodes.dataError)
                }
                return access.context.fail(error, language: access.language)
            case .success(let messages):
                let (code, added) = ListenCommand.record(messages, access: access)
                if code == ExitCodes.ok { access.context.output.line(access.text(.listenImported, ["file": name, "count": String(added.count)])) }
                return code
            }
        }
    }
}

/// `kuulo listen list [--format json]`.
struct ListenList: ParsableCommand, KuuloRunnable {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List the listening log.")
    @OptionGroup var options: GlobalOptions
    @Option(help: "text or json") var format: OutputFormat = .text

    func execute() -> Int32 {
        switch PlanAccess.open(options, runnable: self) {
        case .failure(let failure): return failure.code
        case .success(let access):
            let log = ListeningLog(content: access.document.content)
            switch format {
            case .json:
                access.context.output.raw(JSONWriter.pretty(.object(["entries": .array(log.entries.map(\.listJSON))])))
            case .text:
                access.context.output.line(ListeningText(resources: access.context.resources, language: access.language).listing(log))
            }
            return ExitCodes.ok
        }
    }
}

/// `kuulo listen digest [--from DAY] [--to DAY] [--format text|json]`.
struct ListenDigest: ParsableCommand, KuuloRunnable {
    static let configuration = CommandConfiguration(commandName: "digest", abstract: "What members talked about, by topic, with counts and quotes — for the board.")
    @OptionGroup var options: GlobalOptions
    @Option(help: "First day (YYYY-MM-DD).") var from: String?
    @Option(help: "Last day (YYYY-MM-DD).") var to: String?
    @Option(help: "text or json") var format: OutputFormat = .text

    func execute() -> Int32 {
        switch PlanAccess.open(options, runnable: self) {
        case .failure(let failure): return failure.code
        case .success(let access):
            if let failed = access.failBadDay([from, to]) { return failed }
            let digest = ListeningDigest(log: ListeningLog(content: access.document.content), from: from, to: to, words: access.digestWords)
            switch format {
            case .json: access.context.output.raw(JSONWriter.pretty(digest.json))
            case .text: access.context.output.line(ListeningText(resources: access.context.resources, language: access.language).digest(digest))
            }
            return ExitCodes.ok
        }
    }
}
