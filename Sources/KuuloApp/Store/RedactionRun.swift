import Foundation
import KuuloCore
import LineEditing

/// One redaction as `kuulo plan redact` and the chat's `/redact` run it: the plan file is read,
/// redacted, checked and written while its lock is held (so no other session's save can land in
/// between and be merged with a history read earlier), then the copies set aside beside it are
/// looked at and the line-editing history is scrubbed. Each part returns the line to show or the
/// error to report; the caller decides what ends the run.
struct RedactionRun {
    /// What to remove.
    let redaction: PlanRedaction
    let context: AppContext
    let language: Language

    /// What the plan part did: the plan as written (`nil` when the texts occur nowhere in it) and
    /// how many occurrences went.
    struct PlanResult {
        var document: PlanDocument?
        var tally = PlanRedaction.Tally()
    }

    private func text(_ key: MessageKey, _ arguments: [String: String] = [:]) -> String {
        context.resources.messages.text(key, language, arguments)
    }

    /// The kinds of the texts, as words.
    var kinds: String {
        redaction.kinds.map { text($0.messageKey) }.joined(separator: ", ")
    }

    /// Removes the texts from the plan file's content and whole history under the plan's lock, and
    /// records a revision by `author` with `summary`. A result the schema refuses is not written.
    func redactPlan(in store: PlanStore, author: String, summary: String) -> Result<PlanResult, KuuloError> {
        let schema = context.resources.planSchema
        var result = PlanResult()
        var invalid: SchemaViolation?
        do {
            result.document = try store.update { current in
                guard let (redacted, tally) = redaction.apply(to: current, author: author, time: Timestamp.iso(Date()), summary: summary) else {
                    return nil
                }
                if let first = SchemaValidator(schema: schema).validate(redacted.json).first {
                    invalid = first
                    return nil
                }
                result.tally = tally
                return redacted
            }
        } catch {
            return .failure(context.mapStoreError(error, path: store.path, language: language))
        }
        if let invalid {
            return .failure(KuuloError(.errorRedactInvalid, ["jsonPath": invalid.path, "expected": invalid.expected], exitCode: ExitCodes.failure))
        }
        return .success(result)
    }

    /// What the plan part did, in words.
    func report(_ result: PlanResult) -> String {
        guard let document = result.document, !result.tally.isEmpty else { return text(.redactNothingFound) }
        return text(.redactDone, [
            "kinds": kinds, "content": String(result.tally.content), "history": String(result.tally.history),
            "revisions": String(result.tally.revisions), "revision": String(document.revision),
        ])
    }

    /// A note when copies set aside beside the plan still hold a text (they are the user's to remove).
    func asidesNote(_ store: PlanStore) -> String? {
        let holding = store.asides().filter { aside in
            (try? context.fileSystem.read(aside)).map { redaction.occurs(in: String(decoding: $0, as: UTF8.self)) } ?? false
        }
        return holding.isEmpty ? nil : text(.redactAsidesHold, ["count": String(holding.count)])
    }

    /// Drops the lines holding any of the texts from the line-editing history file, atomically (the
    /// line editor's own writer: an exclusive temporary file, mode 0600), and reads it back.
    func scrubLineHistory() -> Result<String, KuuloError> {
        let path = context.environment.historyPath
        let bytes: [UInt8]
        do {
            bytes = try context.fileSystem.read(path)
        } catch {
            if error == .missing { return .success(text(.redactHistoryClean, ["path": path])) }
            return .failure(KuuloError(.errorRedactHistory, ["path": path, "reason": error.reason], exitCode: ExitCodes.ioError))
        }
        let lines = String(decoding: bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
        let scrubbed = redaction.scrub(lines: lines)
        guard scrubbed.removed > 0 else { return .success(text(.redactHistoryClean, ["path": path])) }
        HistoryFile(path: path, limit: max(lines.count, 1)).save(scrubbed.lines)
        if let written = try? context.fileSystem.read(path), redaction.occurs(in: String(decoding: written, as: UTF8.self)) {
            return .failure(KuuloError(.errorRedactHistoryUnchanged, ["path": path], exitCode: ExitCodes.ioError))
        }
        return .success(text(.redactHistoryScrubbed, ["path": path, "count": String(scrubbed.removed)]))
    }
}
