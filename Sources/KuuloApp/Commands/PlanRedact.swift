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

    /// How many times a save that had to merge with another session's work is redone.
    private static let attempts = 3

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
            let memory = UserMemory(path: access.context.environment.stateDirectory + "/user")
            let author = access.context.explicitUser ?? memory.recall() ?? access.text(.unknownAuthor)
            let kinds = redaction.kinds.map { access.text(Self.key(of: $0)) }.joined(separator: ", ")
            var document = access.document
            var total = PlanRedaction.Tally()
            for _ in 0..<Self.attempts {
                guard let (redacted, tally) = redaction.apply(to: document, author: author, time: Timestamp.iso(Date()),
                                                              summary: access.text(.redactSummary, ["kinds": kinds])) else { break }
                let violations = SchemaValidator(schema: access.context.resources.planSchema).validate(redacted.json)
                if let first = violations.first {
                    return access.context.fail(KuuloError(.errorRedactInvalid, ["jsonPath": first.path, "expected": first.expected],
                                                          exitCode: ExitCodes.failure), language: access.language)
                }
                do {
                    switch try access.store.save(redacted) {
                    case .saved:
                        document = redacted
                    case .merged(let merged):
                        // Another session saved in between and its history came back in: redact again.
                        document = merged
                    case .conflicts(let outcome):
                        let fields = outcome.conflicts.map(\.path.description).joined(separator: ", ")
                        return access.context.fail(KuuloError(.errorConflictRefused, ["path": access.store.path, "fields": fields],
                                                              exitCode: ExitCodes.failure), language: access.language)
                    }
                } catch {
                    return access.context.fail(access.context.mapStoreError(error, path: access.store.path, language: access.language),
                                               language: access.language)
                }
                total.content += tally.content
                total.history += tally.history
                total.revisions = max(total.revisions, tally.revisions)
            }
            if total.isEmpty {
                access.context.output.line(access.text(.redactNothingFound))
            } else {
                access.context.output.line(access.text(.redactDone, [
                    "kinds": kinds, "content": String(total.content), "history": String(total.history),
                    "revisions": String(total.revisions), "revision": String(document.revision),
                ]))
            }
            reportAsides(redaction, access: access)
            return scrubLineHistory(redaction, access: access)
        }
    }

    /// The texts, with `-` replaced by the lines of standard input.
    private static func expand(_ texts: [String]) -> [String] {
        guard texts.contains("-") else { return texts }
        var lines: [String] = []
        while let line = readLine() { lines.append(line) }
        return texts.filter { $0 != "-" } + lines
    }

    /// Says which copies set aside beside the plan still hold a text (they are the user's to remove).
    private func reportAsides(_ redaction: PlanRedaction, access: PlanAccess) {
        let holding = access.store.asides().filter { aside in
            (try? access.context.fileSystem.read(aside)).map { redaction.occurs(in: String(decoding: $0, as: UTF8.self)) } ?? false
        }
        guard !holding.isEmpty else { return }
        access.context.output.line(access.text(.redactAsidesHold, ["count": String(holding.count)]))
    }

    /// Drops the lines holding any of the texts from the line-editing history, atomically, mode 0600.
    private func scrubLineHistory(_ redaction: PlanRedaction, access: PlanAccess) -> Int32 {
        let path = access.context.environment.historyPath
        let fileSystem = access.context.fileSystem
        let bytes: [UInt8]
        do {
            bytes = try fileSystem.read(path)
        } catch {
            if error == .missing {
                access.context.output.line(access.text(.redactHistoryClean, ["path": path]))
                return ExitCodes.ok
            }
            return access.context.fail(KuuloError(.errorRedactHistory, ["path": path, "reason": error.reason], exitCode: ExitCodes.ioError),
                                       language: access.language)
        }
        let lines = String(decoding: bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
        let scrubbed = redaction.scrub(lines: lines)
        guard scrubbed.removed > 0 else {
            access.context.output.line(access.text(.redactHistoryClean, ["path": path]))
            return ExitCodes.ok
        }
        // The line editor's own writer: atomic, exclusive temporary file, mode 0600 from the start.
        HistoryFile(path: path, limit: max(lines.count, 1)).save(scrubbed.lines)
        if let written = try? fileSystem.read(path), redaction.occurs(in: String(decoding: written, as: UTF8.self)) {
            return access.context.fail(KuuloError(.errorRedactHistoryUnchanged, ["path": path], exitCode: ExitCodes.ioError),
                                       language: access.language)
        }
        access.context.output.line(access.text(.redactHistoryScrubbed, ["path": path, "count": String(scrubbed.removed)]))
        return ExitCodes.ok
    }

    /// The message and exit code of a refused redaction.
    private static func error(_ error: RedactionError) -> KuuloError {
        switch error {
        case .noText: return KuuloError(.errorRedactNoText, exitCode: ExitCodes.usage)
        case .tooShort: return KuuloError(.errorRedactTooShort, ["minimum": String(PlanRedaction.minimumLength)], exitCode: ExitCodes.usage)
        case .structural(let field): return KuuloError(.errorRedactStructural, ["field": field], exitCode: ExitCodes.failure)
        }
    }

    /// The name of a kind of personal data.
    static func key(of kind: PersonalDataKind) -> MessageKey {
        switch kind {
        case .personalIdentityCode: return .redactKindPersonalIdentityCode
        case .phoneNumber: return .redactKindPhoneNumber
        case .email: return .redactKindEmail
        case .iban: return .redactKindIban
        case .other: return .redactKindOther
        }
    }
}
