import ArgumentParser
import Foundation
import KuuloCore

/// `kuulo plan asides [--remove]`: the copies a refused save set aside beside the plan
/// (`<plan>.unsaved-….json`, mode 0600), listed one path a line, or removed.
struct PlanAsides: ParsableCommand, KuuloRunnable {
    static let configuration = CommandConfiguration(commandName: "asides", abstract: "List (or --remove) the copies of your version that refused saves set aside beside the plan.")
    @OptionGroup var options: GlobalOptions
    @Flag(help: "Remove the set-aside copies.") var remove = false

    func execute() -> Int32 {
        withContext(options) { context in
            let store = context.store()
            let language = context.language(for: nil)
            let messages = context.resources.messages
            let asides = store.asides()
            guard !asides.isEmpty else {
                context.output.line(messages.text(.asidesNone, language, ["path": store.path]))
                return ExitCodes.ok
            }
            guard remove else {
                context.output.line(messages.text(.asidesHeader, language, ["path": store.path]))
                for aside in asides { context.output.line(aside) }
                return ExitCodes.ok
            }
            var removed = 0
            for aside in asides {
                do throws(PlanStoreError) {
                    try store.removeAside(aside)
                    removed += 1
                } catch {
                    context.output.line(messages.text(.asidesRemoved, language, ["count": String(removed)]))
                    return context.fail(context.mapStoreError(error, path: aside, language: language), language: language)
                }
            }
            context.output.line(messages.text(.asidesRemoved, language, ["count": String(removed)]))
            return ExitCodes.ok
        }
    }
}
