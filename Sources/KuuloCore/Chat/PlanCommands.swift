import Foundation

/// The commands over the plan file as a whole: `/save`, `/undo`, `/history`, `/export`, and the
/// revisions they (and the chat) record. It works on a copy of the plan and gives back effects;
/// the caller takes `document` and `undoTarget` back afterwards.
struct PlanCommands {
    /// The plan, changed by `save`, `undo` and `record`.
    var document: PlanDocument
    /// The revision the next `/undo` goes back from, after an undo (`nil`: the latest).
    var undoTarget: Int?
    let resources: KuuloResources
    let language: Language
    /// The author of recorded revisions, when known.
    let userName: String?
    /// Where the plan lives, as shown to the user; exports go next to it.
    let planPath: String
    let clock: () -> Date

    /// Times as the trustee reads them: local, in the language's format.
    var times: TimeDisplay { TimeDisplay(data: resources.data, language: language, content: document.content, now: clock()) }

    private func text(_ key: MessageKey, _ arguments: [String: String] = [:]) -> String {
        resources.messages.text(key, language, arguments)
    }

    private func say(_ key: MessageKey, _ arguments: [String: String] = [:], style: ChatMessage.Style) -> ChatEffect {
        .say(ChatMessage(text(key, arguments), style: style))
    }

    /// Records a revision now, authored by the user and timed by the clock; a new revision ends a
    /// run of undos.
    @discardableResult
    mutating func record(_ summary: String) -> Revision? {
        undoTarget = nil
        return document.recordRevision(author: userName ?? text(.unknownAuthor), time: Timestamp.iso(clock()), summary: summary)
    }

    /// `/save [summary]`: records the unsaved work as a revision (with `templateArguments` filling the
    /// default summary) and writes the plan; the message comes after the save, with the revision's
    /// number as written (a merge may have changed it). `/save NAME` with nothing new labels the
    /// version on disk (`ChatEffect.label`).
    mutating func save(_ summary: String, templateArguments: [String: String]) -> [ChatEffect] {
        guard document.hasUnrecordedChanges else {
            guard !summary.isEmpty, document.revision > 0 else {
                return [.persist, say(.saveNothing, ["revision": String(document.revision)], style: .hint)]
            }
            undoTarget = nil
            return [.label(summary)]
        }
        let text = summary.isEmpty ? self.text(.revisionSaved, templateArguments) : summary
        record(text)
        return [.persist, .afterSave(.saveDone(summary: text))]
    }

    /// `/undo`: the plan as it was one revision before the last one undone (or the latest), recorded
    /// as a new revision. Unsaved work is recorded first so that it can be got back.
    mutating func undo(templateArguments: [String: String]) -> [ChatEffect] {
        if document.hasUnrecordedChanges {
            record(text(.revisionSession, templateArguments))
        }
        // Revisions that change nothing (a label, a redaction) have nothing to undo: step over them.
        var from = undoTarget ?? document.revision
        while from > 0, document.history.indices.contains(from - 1), document.history[from - 1].changes.isEmpty { from -= 1 }
        let target = from - 1
        guard target >= 0, document.revision > 0 else {
            return [say(.undoNothing, style: .hint)]
        }
        let undone = target + 1
        let summary = text(.revisionUndo, ["number": String(undone)])
        guard let restored = document.content(atRevision: target) else { return [say(.undoNothing, style: .hint)] }
        document.content = restored
        if record(summary) == nil {
            undoTarget = target
            return [say(.undoNoChange, ["number": String(undone)], style: .hint)]
        }
        undoTarget = target
        let what = document.history.first { $0.number == undone }
        return [.persist, say(.undoDone, ["number": String(undone), "revision": String(document.revision),
                                          "author": what?.author ?? text(.unknownAuthor), "summary": what?.summary ?? ""], style: .success)]
    }

    /// `/history`: the latest revisions, newest first.
    func historyListing(limit: Int = 20) -> String {
        guard !document.history.isEmpty else { return text(.historyEmpty) }
        var lines = [text(.historyHeader, ["count": String(document.history.count)])]
        for entry in document.history.suffix(limit).reversed() {
            lines.append(text(.historyLine, [
                "number": String(entry.number), "time": times.timestamp(entry.time), "author": OneLineText.make(entry.author),
                "summary": resources.summaryTexts.shown(entry.summary, in: language), "count": String(entry.changes.count),
            ]))
        }
        if document.hasUnrecordedChanges {
            lines.append(text(.planUnrecorded, ["count": String(document.unrecordedChanges.count)]))
        }
        return lines.joined(separator: "\n")
    }

    /// `/export [format] [file]`: the written plan (HTML by default) next to the plan file; `lemmatizer`
    /// gives the base forms of the listening digest's topics.
    func export(_ argument: String, lemmatizer: (any Lemmatizer)? = nil) -> [ChatEffect] {
        let words = argument.split(separator: " ", maxSplits: 1).map(String.init)
        let format: ExportFormat
        let pdf = words.first?.lowercased() == "pdf"
        if pdf {
            format = .html
        } else if let first = words.first {
            guard let chosen = ExportFormat(name: first) else {
                return [say(.errorExportFormat, ["format": first, "known": ExportFormat.allCases.map(\.rawValue).joined(separator: ", ")], style: .error)]
            }
            format = chosen
        } else {
            format = .html
        }
        let name = "kuulo-plan-\(language.rawValue).\(pdf ? "pdf" : format.fileExtension)"
        // A folder given by name alone ("exports/", ".") gets the usual file name inside it.
        let folder = words.count > 1 ? words[1] : PathName.folder(of: planPath)
        let path = words.count > 1 && !PathName.namesFolder(words[1]) ? words[1]
            : folder.isEmpty ? name : (folder.hasSuffix("/") ? folder + name : folder + "/" + name)
        let contents = PlanExporter.render(document, format: format, language: language, resources: resources, lemmatizer: lemmatizer)
        var effects: [ChatEffect] = []
        let messages = PlanConsistency(document: document, data: resources.data, language: language).messages
        if format == .html || format == .markdown, !messages.isEmpty {
            let lines = [text(.exportInconsistent, ["count": String(messages.count)])] + messages.map { "  • " + $0 }
            effects.append(.say(ChatMessage(lines.joined(separator: "\n"), style: .hint)))
        }
        if pdf { return effects + [.printPDF(path: path, html: contents, message: text(.exportWritten, ["path": path]))] }
        return effects + [.writeFile(path: path, contents: contents, message: text(.exportWritten, ["path": path]))]
    }
}
