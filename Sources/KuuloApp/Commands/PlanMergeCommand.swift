import ArgumentParser
import Foundation
import KuuloCore

/// `kuulo plan merge BASE OURS THEIRS`: git's merge driver for the plan (`kuulo plan git-setup` sets
/// it up). Merges field by field, writes the result over OURS as git expects, and exits 0; when both
/// sides changed a field differently, the plan keeps OURS's value, the conflict is recorded in the plan
/// for the chat to ask about, and the exit is 1 so that git reports the file as conflicted.
struct PlanMergeCommand: ParsableCommand, KuuloRunnable {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Merge two copies of the plan field by field (git's merge driver: kuulo plan merge %O %A %B).")
    @OptionGroup var options: GlobalOptions
    @Argument(help: "The copies' common ancestor (git's %O; an empty file when there is none).") var base: String
    @Argument(help: "This side's copy, overwritten with the result (git's %A).") var ours: String
    @Argument(help: "The other side's copy (git's %B).") var theirs: String

    func execute() -> Int32 {
        withContext(options) { context in
            var language = context.language(for: nil)
            let oursStore = context.store(path: ours)
            let documents: (base: PlanDocument?, ours: PlanDocument, theirs: PlanDocument)
            do throws(KuuloError) {
                let common = try Self.isEmptyFile(base) ? nil : context.loadPlan(context.store(path: base), language: language)
                guard let mine = try context.loadPlan(oursStore, language: language) else {
                    return context.fail(KuuloError(.errorFileMissing, ["path": ours], exitCode: ExitCodes.noInput), language: language)
                }
                guard let other = try context.loadPlan(context.store(path: theirs), language: language) else {
                    return context.fail(KuuloError(.errorFileMissing, ["path": theirs], exitCode: ExitCodes.noInput), language: language)
                }
                documents = (common, mine, other)
            } catch {
                return context.fail(error, language: language)
            }
            language = context.language(for: documents.ours)
            // Git was asked to merge the two, so copies that share no history (two trustees who each
            // started the plan from scratch) are merged too, with every field they fill differently asked.
            guard let outcome = PlanMerge.mergeCopy(documents.theirs, into: documents.ours, base: documents.base, origin: "git", unrelated: .merge) else {
                return context.fail(KuuloError(.gitMergeUnrelated, exitCode: ExitCodes.failure), language: language)
            }
            do throws(PlanStoreError) {
                try oursStore.overwrite(outcome.document)
            } catch {
                return context.fail(context.mapStoreError(error, path: ours, language: language), language: language)
            }
            if outcome.withoutBase { context.output.error(context.resources.messages.text(.gitMergeWithoutBase, language)) }
            guard outcome.conflicts.isEmpty else {
                let fields = ConflictFields.words(outcome.conflicts)
                return context.fail(KuuloError(.gitMergeConflicts, ["count": String(outcome.conflicts.count), "fields": fields],
                                               exitCode: ExitCodes.failure), language: language)
            }
            return ExitCodes.ok
        }
    }

    /// Whether `path` is an empty file (git's %O when the two sides share no ancestor).
    private static func isEmptyFile(_ path: String) -> Bool {
        ((try? FileManager.default.attributesOfItem(atPath: path)[.size]) as? NSNumber)?.intValue == 0
    }
}
